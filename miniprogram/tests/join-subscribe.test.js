// After joining a co-building the result offers new-briefing and overdue-task notices (utils/subscribe.js, moment
// JOIN): one request for both templates, each decision reported.
const { setup, text } = require('./harness')
const { json, noContent, problem } = require('./wx-mock')

const { mock, load, render, settle } = setup()
const subscribe = require('../utils/subscribe')

const TEMPLATES = '/api/mp/push/templates'
const SUBSCRIPTIONS = '/api/mp/push/subscriptions'
const ITEMS = [
  { scene: 'BRIEFING_PUBLISHED', templateId: 'tpl-brief', title: '政策发布通知' },
  { scene: 'ACTIVITY_REMINDER', templateId: 'tpl-act', title: '活动开始提醒' },
  { scene: 'TASK_OVERDUE', templateId: 'tpl-task', title: '任务逾期提醒' },
]

let joinId
beforeAll(() => {
  joinId = load('packages/cobuilding/join')
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

test('after joining the result offers briefing and overdue-task notices in one request', async () => {
  server({
    'POST /api/mp/invitations/join': () =>
      json(200, { cobuildingId: '9', cobuildingName: '海峡新材料先锋号', role: 'MEMBER', unitId: '3', unitName: '闽江大学', alreadyMember: true }),
    'GET /api/mp/invitations/K7M2QX9P': () => json(200, { cobuildingName: '海峡新材料先锋号', leadUnitName: '闽江大学', memberCount: 3 }),
  })
  mock.answerSubscribe({ 'tpl-brief': 'accept', 'tpl-task': 'ban' })
  const page = render(joinId)
  page.instance.onLoad({})
  page.querySelector('.code-input').dispatchEvent('input', { detail: { value: 'K7M2QX9P' } })
  await settle()
  page.querySelector('.join').dispatchEvent('tap')
  await settle(20)
  expect(text(page, '.result-name')).toBe('海峡新材料先锋号')
  await settle() // the offer appears once the templates are in

  const prompt = page.querySelector('.subscribe-prompt')
  expect(text(prompt, '.subscribe-label')).toBe('接收政策和任务提醒')
  prompt.querySelector('.subscribe-ask').dispatchEvent('tap')
  await settle()
  expect(mock.wx.requestSubscribeMessage.mock.calls[0][0].tmplIds).toEqual(['tpl-brief', 'tpl-task'])
  expect(mock.requests(SUBSCRIPTIONS)[0].data).toEqual({
    results: [
      { templateId: 'tpl-brief', result: 'accept' },
      { templateId: 'tpl-task', result: 'ban' },
    ],
  })
})
