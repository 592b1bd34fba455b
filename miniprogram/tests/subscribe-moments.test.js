// The natural moments for subscribe messages, and the ways into briefings and the assistant: right after a
// check-in (activity reminders; after joining: join-subscribe.test.js, as simulate registers a component once per
// file); 我的 offers 政策解读 and 问政策. Each offer's tap asks WeChat at once and reports the decision; no offer
// ever stands in the way of the action.
const { setup, text } = require('./harness')
const { json, noContent, problem } = require('./wx-mock')
const { activityView, checkinView } = require('./activity-fixtures')

const { mock, load, render, settle } = setup()
const subscribe = require('../utils/subscribe')

const TEMPLATES = '/api/mp/push/templates'
const SUBSCRIPTIONS = '/api/mp/push/subscriptions'
const ITEMS = [
  { scene: 'BRIEFING_PUBLISHED', templateId: 'tpl-brief', title: '政策发布通知' },
  { scene: 'ACTIVITY_REMINDER', templateId: 'tpl-act', title: '活动开始提醒' },
  { scene: 'TASK_OVERDUE', templateId: 'tpl-task', title: '任务逾期提醒' },
]

let detailId
let mineId
beforeAll(() => {
  detailId = load('packages/activity/detail')
  mineId = load('pages/index/index')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
  mock.storage.set('expiresAt', '2999-01-01T00:00:00Z')
  subscribe.reset()
})

// Push's two endpoints, then whatever the test routes ("METHOD path"); anything else is a 404.
function server(routes = {}, { templates = json(200, { items: ITEMS }) } = {}) {
  mock.handle((req) => {
    const route = routes[`${req.method} ${req.path}`]
    if (route) return route(req)
    if (req.path === TEMPLATES) return templates
    if (req.path === SUBSCRIPTIONS) return noContent()
    return problem(404, 'NOT_FOUND', '资源不存在')
  })
}

test('after a check-in the page offers activity reminders; the tap asks for that template and reports it', async () => {
  let view = activityView()
  server({
    'GET /api/mp/activities/31': () => json(200, view),
    'POST /api/mp/activities/31/checkins': () => {
      const checkin = checkinView({ userId: '100', displayName: '林先锋', distanceMeters: 14 })
      view = { ...view, myCheckin: checkin }
      return json(201, checkin)
    },
  })
  mock.answerSubscribe('accept')
  const page = render(detailId)
  page.instance.onLoad({ id: '31' })
  await settle()
  expect(page.querySelector('.subscribe-prompt')).toBeFalsy() // nothing offered before the check-in

  page.querySelector('.check-in').dispatchEvent('tap')
  await settle(30)
  expect(text(page, '.done')).toBe('我已签到')
  const prompt = page.querySelector('.subscribe-prompt')
  expect(text(prompt, '.subscribe-label')).toBe('开启活动提醒')

  prompt.querySelector('.subscribe-ask').dispatchEvent('tap')
  await settle()
  expect(mock.wx.requestSubscribeMessage.mock.calls[0][0].tmplIds).toEqual(['tpl-act'])
  expect(mock.requests(SUBSCRIPTIONS)[0].data).toEqual({ results: [{ templateId: 'tpl-act', result: 'accept' }] })
})

test('a check-in succeeds the same when push has no templates or cannot be reached', async () => {
  let view = activityView()
  server(
    {
      'GET /api/mp/activities/31': () => json(200, view),
      'POST /api/mp/activities/31/checkins': () => {
        const checkin = checkinView()
        view = { ...view, myCheckin: checkin }
        return json(201, checkin)
      },
    },
    { templates: problem(503, 'UNAVAILABLE', '服务暂时不可用') },
  )
  const page = render(detailId)
  page.instance.onLoad({ id: '31' })
  await settle()
  page.querySelector('.check-in').dispatchEvent('tap')
  await settle(30)
  expect(text(page, '.done')).toBe('我已签到')
  expect(page.querySelector('.subscribe-prompt').querySelector('.subscribe')).toBeFalsy()
  expect(mock.wx.requestSubscribeMessage).not.toHaveBeenCalled()
})

test('我的 opens 政策解读, and 问政策 opens the assistant conversation as a chat room', async () => {
  server({
    'GET /api/mp/me': () => json(200, { id: '100', nickname: '小林' }),
    'POST /api/mp/assistant/conversation': () => json(200, { id: '55', type: 'ASSISTANT', title: '政策助手', writable: true }),
  })
  const page = render(mineId)
  await settle(20)

  page.querySelector('.entry-briefings').dispatchEvent('tap')
  await settle()
  expect(mock.wx.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/briefing/list' })

  page.querySelector('.entry-assistant').dispatchEvent('tap')
  page.querySelector('.entry-assistant').dispatchEvent('tap') // one conversation, however many taps
  await settle()
  expect(mock.requests('/api/mp/assistant/conversation')).toHaveLength(1)
  expect(mock.wx.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/chat/room?id=55&title=%E6%94%BF%E7%AD%96%E5%8A%A9%E6%89%8B' })

  server({
    'GET /api/mp/me': () => json(200, { id: '100', nickname: '小林' }),
    'POST /api/mp/assistant/conversation': () => problem(503, 'UNAVAILABLE', '服务暂时不可用'),
  })
  page.querySelector('.entry-assistant').dispatchEvent('tap')
  await settle()
  expect(mock.wx.showToast).toHaveBeenLastCalledWith({ title: '服务暂时不可用', icon: 'none' })
})
