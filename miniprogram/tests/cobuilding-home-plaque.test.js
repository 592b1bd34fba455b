// The co-building home and the plaque's lifecycle: the 授牌 date while the plaque is held, 整改中 with the deadline,
// the days left and the way to the rectification while RECTIFYING, and 已摘牌 said once, read-only, when DELISTED.
const { setup, text } = require('./harness')
const { json, problem, networkFail } = require('./wx-mock')
const { cobuildingView } = require('./fixtures')
const { inDays, rectificationView, submittedView } = require('./rectification-fixtures')

const { mock, load, render, settle } = setup()
const BASE = '/api/mp/cobuildings/9'
const RECT = `${BASE}/rectification`

let id
beforeAll(() => {
  id = load('packages/cobuilding/home')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

async function open(view, rectification = () => json(200, rectificationView())) {
  mock.handle((req) => {
    if (req.method === 'GET' && req.path === BASE) return json(200, view)
    if (req.method === 'GET' && req.path === RECT) return rectification()
    if (req.method === 'GET' && req.path === `${BASE}/invitations`) return json(200, { items: [], page: 0, size: 20, total: 0 })
    return problem(404, 'NOT_FOUND', '资源不存在')
  })
  const page = render(id)
  page.instance.onLoad({ id: '9' })
  await settle()
  return page
}

test('an awarded co-building shows its plaque date and asks for no rectification', async () => {
  const page = await open(cobuildingView({ status: 'AWARDED', plaqueDate: '2026-09-30' }))
  expect(text(page, '.status')).toBe('已授牌')
  expect(text(page, '.plaque')).toBe('授牌日期：2026-09-30')
  expect(page.querySelector('.rectifying')).toBeFalsy()
  expect(page.querySelector('.delisted-note')).toBeFalsy()
  expect(mock.requests(RECT)).toHaveLength(0)
})

test('while rectifying: 整改中 with the deadline and the days left, and the pioneer is asked to report', async () => {
  const page = await open(cobuildingView({ status: 'RECTIFYING', plaqueDate: '2026-09-30' }))
  expect(text(page, '.status')).toBe('整改中')
  // An awarded co-building keeps its plaque while it rectifies.
  expect(text(page, '.plaque')).toBe('授牌日期：2026-09-30')
  expect(text(page, '.rectifying-title')).toBe(`整改中，截止 ${inDays(10)}（还剩 10 天）`)
  expect(text(page, '.rectifying-action')).toBe('提交整改报告 ›')
  expect(page.querySelector('.rectifying-state')).toBeFalsy()

  page.querySelector('.rectifying').dispatchEvent('tap')
  await settle(2)
  expect(mock.wx.navigateTo).toHaveBeenCalledWith({ url: '/packages/cobuilding/rectification?cobuildingId=9' })
})

test('one the server does not let report is shown the rectification, not asked to report', async () => {
  const page = await open(cobuildingView({ status: 'RECTIFYING', myRole: 'MEMBER' }), () => json(200, rectificationView({ canSubmit: false })))
  expect(text(page, '.rectifying-action')).toBe('查看整改 ›')
})

test('a report sent, or a deadline missed, is said on the line', async () => {
  let page = await open(cobuildingView({ status: 'RECTIFYING' }), () => json(200, submittedView()))
  expect(text(page, '.rectifying-state')).toBe('整改报告已提交，等待复核')
  expect(text(page, '.rectifying-action')).toBe('查看整改 ›')

  page = await open(cobuildingView({ status: 'RECTIFYING' }), () => json(200, rectificationView({ deadline: inDays(-1) })))
  expect(text(page, '.rectifying-title')).toBe(`整改中，截止 ${inDays(-1)}（已超过截止日期 1 天）`)
  expect(text(page, '.rectifying-state')).toBe('已逾期，未提交整改报告')
})

test('without the rectification (offline) the line still leads to it', async () => {
  const page = await open(cobuildingView({ status: 'RECTIFYING' }), () => networkFail())
  expect(text(page, '.rectifying-title')).toBe('整改中')
  expect(text(page, '.rectifying-action')).toBe('查看整改 ›')
  expect(page.querySelector('.banner')).toBeFalsy()
  page.querySelector('.rectifying').dispatchEvent('tap')
  await settle(2)
  expect(mock.wx.navigateTo).toHaveBeenCalledWith({ url: '/packages/cobuilding/rectification?cobuildingId=9' })
})

test('a delisted co-building says so once, shows no plaque date and offers no controls', async () => {
  const page = await open(cobuildingView({ status: 'DELISTED', plaqueDate: '2026-09-30', writable: false }))
  expect(text(page, '.status')).toBe('已摘牌')
  expect(text(page, '.delisted-note')).toBe('本先锋号已摘牌，内容仅可查看。')
  expect(page.querySelector('.plaque')).toBeFalsy()
  expect(page.querySelector('.rectifying')).toBeFalsy()
  expect(page.querySelector('.manage')).toBeFalsy()
  expect(page.querySelector('.edit-announcement')).toBeFalsy()
  expect(page.querySelector('.activity-section').instance.data.canCreate).toBe(false)
  expect(mock.requests(RECT)).toHaveLength(0)
})

test('the line follows a refresh: a rectification passed in the meantime goes away', async () => {
  let status = 'RECTIFYING'
  mock.handle((req) => {
    if (req.path === BASE) return json(200, cobuildingView({ status, plaqueDate: '2026-09-30' }))
    if (req.path === RECT) return json(200, rectificationView())
    return json(200, { items: [], page: 0, size: 20, total: 0 })
  })
  const page = render(id)
  page.instance.onLoad({ id: '9' })
  await settle()
  expect(page.querySelector('.rectifying')).toBeTruthy()
  status = 'AWARDED'
  await page.instance.onPullDownRefresh()
  await settle()
  expect(page.querySelector('.rectifying')).toBeFalsy()
  expect(text(page, '.plaque')).toBe('授牌日期：2026-09-30')
})
