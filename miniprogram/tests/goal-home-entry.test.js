// The co-building home's way into the five ones: every member sees 五个一 目标与进度 and, with a publicId, 公示牌.
const { setup, text } = require('./harness')
const { json } = require('./wx-mock')
const { cobuildingView } = require('./fixtures')

const { mock, load, render, settle } = setup()

let id
beforeAll(() => {
  id = load('packages/cobuilding/home')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

async function open(view) {
  mock.handle((req) => (req.path === '/api/mp/cobuildings/9' ? json(200, view) : json(200, { items: [], page: 0, size: 20, total: 0 })))
  const page = render(id)
  page.instance.onLoad({ id: '9' })
  await settle()
  return page
}

test('a member opens the goals and the public board', async () => {
  const page = await open(cobuildingView({ myRole: 'MEMBER' }))
  expect(text(page, '.open-goals')).toContain('五个一 目标与进度')
  page.querySelector('.open-goals').dispatchEvent('tap')
  page.querySelector('.open-board').dispatchEvent('tap')
  await settle()
  expect(mock.wx.navigateTo.mock.calls.map(([o]) => o.url)).toEqual([
    '/packages/goal/overview?cobuildingId=9',
    '/packages/board/index?publicId=pub-9&cobuildingId=9',
  ])
})

test('without a publicId there is no board entry', async () => {
  const page = await open(cobuildingView({ publicId: null }))
  expect(page.querySelector('.open-goals')).toBeTruthy()
  expect(page.querySelector('.open-board')).toBeFalsy()
})
