const { setup, text, texts } = require('./harness')
const { json } = require('./wx-mock')

const { mock, load, render, settle, simulate } = setup()

let id
beforeAll(() => {
  id = load('packages/apply/list')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

const ITEMS = [
  {
    id: '502',
    mode: 'JOINT',
    status: 'RETURNED',
    leadName: '闽江大学',
    reviewComment: '请补充共建单位联络员',
    submittedAt: '2026-03-02T10:00:00+08:00',
    updatedAt: '2026-03-05T09:30:00+08:00',
  },
  { id: '501', mode: null, status: 'DRAFT', leadName: null, reviewComment: null, submittedAt: null, updatedAt: '2026-03-01T08:00:00Z' },
]

test('shows each application with status, mode and the review comment', async () => {
  mock.handle(() => json(200, { items: ITEMS, page: 0, size: 20, total: 2 }))
  const page = render(id)
  page.instance.onShow()
  await settle()

  expect(texts(page, '.lead')).toEqual(['闽江大学', '未填写申报单位'])
  expect(texts(page, '.mode')).toEqual(['联合申报', ''])
  expect(texts(page, '.time')).toEqual(['更新于 2026-03-05 09:30', '更新于 2026-03-01 16:00'])
  expect(texts(page, '.status')).toEqual(['已退回', '草稿'])
  expect(texts(page, '.comment')).toEqual(['审核意见：请补充共建单位联络员'])
  expect(text(page, '.more')).toBe('没有更多了')
})

test('opens an application; 新建申报 offers the open one first (继续填写 / 新建)', async () => {
  mock.handle(() => json(200, { items: ITEMS, page: 0, size: 20, total: 2 }))
  const page = render(id)
  page.instance.onShow()
  await settle()

  page.querySelectorAll('.item')[1].dispatchEvent('tap')
  await simulate.sleep(0)
  mock.answerModal(true)
  page.querySelector('.create').dispatchEvent('tap')
  await settle()
  mock.answerModal(false)
  page.querySelector('.create').dispatchEvent('tap')
  await settle()

  expect(mock.wx.showModal).toHaveBeenCalledTimes(2)
  expect(mock.wx.showModal.mock.calls[0][0]).toMatchObject({ title: '你的申报已退回', confirmText: '继续填写', cancelText: '新建' })
  expect(mock.wx.navigateTo.mock.calls.map(([o]) => o.url)).toEqual([
    '/packages/apply/form?id=501',
    '/packages/apply/form?id=502', // 继续填写: the newest open one
    '/packages/apply/form', // 新建
  ])
  expect(mock.requests('/api/mp/applications')).toHaveLength(1) // the list it already had
})

test('with nothing open 新建申报 opens a new form at once', async () => {
  mock.handle(() => json(200, { items: [{ ...ITEMS[0], status: 'SUBMITTED' }], page: 0, size: 20, total: 1 }))
  const page = render(id)
  page.instance.onShow()
  await settle()
  page.querySelector('.create').dispatchEvent('tap')
  await settle()
  expect(mock.wx.showModal).not.toHaveBeenCalled()
  expect(mock.wx.navigateTo).toHaveBeenCalledWith({ url: '/packages/apply/form' })
})

test('empty list says so', async () => {
  mock.handle(() => json(200, { items: [], page: 0, size: 20, total: 0 }))
  const page = render(id)
  page.instance.onShow()
  await settle()
  expect(text(page, '.empty-text')).toBe('还没有申报')
})

test('every show reloads, so a status changed on the form is seen', async () => {
  mock.handle(() => json(200, { items: [ITEMS[1]], page: 0, size: 20, total: 1 }))
  const page = render(id)
  page.instance.onShow()
  await settle()
  mock.handle(() => json(200, { items: [{ ...ITEMS[1], status: 'SUBMITTED' }], page: 0, size: 20, total: 1 }))
  page.instance.onShow()
  await settle()
  expect(mock.requests('/api/mp/applications')).toHaveLength(2)
  expect(texts(page, '.status')).toEqual(['审核中'])
})
