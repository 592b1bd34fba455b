// utils/subscribe.js and components/subscribe-prompt: the templates come once per session, a moment asks WeChat for
// its scenes' template ids (at most 3, in the tap's own tick once they are known), the decisions reach the server,
// and nothing that goes wrong on the way ever fails or blocks anything.
const { setup, text, events } = require('./harness')
const { json, noContent, problem, networkFail } = require('./wx-mock')

const { mock, load, render, settle } = setup()
const subscribe = require('../utils/subscribe')

const TEMPLATES = '/api/mp/push/templates'
const SUBSCRIPTIONS = '/api/mp/push/subscriptions'
const ALL = [
  { scene: 'BRIEFING_PUBLISHED', templateId: 'tpl-brief', title: '政策发布通知' },
  { scene: 'ACTIVITY_REMINDER', templateId: 'tpl-act', title: '活动开始提醒' },
  { scene: 'TASK_OVERDUE', templateId: 'tpl-task', title: '任务逾期提醒' },
]

// The server: templates as given, subscriptions accepted; every request recorded by the mock.
function server({ items = ALL, templates, subscriptions } = {}) {
  mock.handle((req) => {
    if (req.path === TEMPLATES) return templates || json(200, { items })
    if (req.path === SUBSCRIPTIONS) return subscriptions || noContent()
    throw new Error(`unexpected ${req.method} ${req.path}`)
  })
}

let promptId
beforeAll(() => {
  promptId = load('components/subscribe-prompt/index')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
  mock.storage.set('expiresAt', '2999-01-01T00:00:00Z')
  subscribe.reset()
})

test('after joining it asks for new briefings and overdue tasks and reports each decision', async () => {
  server()
  mock.answerSubscribe({ 'tpl-brief': 'accept', 'tpl-task': 'reject' })
  await expect(subscribe.prepare('JOIN')).resolves.toBe(true)

  const res = await subscribe.ask('JOIN')

  expect(mock.wx.requestSubscribeMessage.mock.calls[0][0].tmplIds).toEqual(['tpl-brief', 'tpl-task'])
  expect(res).toEqual({ asked: true, accepted: ['tpl-brief'] })
  const [report] = mock.requests(SUBSCRIPTIONS)
  expect(report.method).toBe('POST')
  expect(report.data).toEqual({
    results: [
      { templateId: 'tpl-brief', result: 'accept' },
      { templateId: 'tpl-task', result: 'reject' },
    ],
  })
})

test('the templates are fetched once per session, and a tap asks WeChat in its own tick once they are known', async () => {
  server()
  mock.answerSubscribe('accept')
  await subscribe.prepare('CHECKIN')
  await subscribe.prepare('BRIEFING')

  const asked = subscribe.ask('CHECKIN')
  // No await between the tap and the dialog: WeChat refuses a dialog that is not the tap's doing.
  expect(mock.wx.requestSubscribeMessage).toHaveBeenCalledTimes(1)
  expect(mock.wx.requestSubscribeMessage.mock.calls[0][0].tmplIds).toEqual(['tpl-act'])
  await asked
  await subscribe.ask('JOIN')

  expect(mock.requests(TEMPLATES)).toHaveLength(1)
  expect(mock.requests(SUBSCRIPTIONS)).toHaveLength(2)
})

test('never more than three template ids in one request, and none twice', async () => {
  server({
    items: [
      { scene: 'BRIEFING_PUBLISHED', templateId: 'b1' },
      { scene: 'BRIEFING_PUBLISHED', templateId: 'b2' },
      { scene: 'TASK_OVERDUE', templateId: 'b1' },
      { scene: 'TASK_OVERDUE', templateId: 't1' },
      { scene: 'TASK_OVERDUE', templateId: 't2' },
    ],
  })
  mock.answerSubscribe('accept')
  await subscribe.ask('JOIN')
  expect(mock.wx.requestSubscribeMessage.mock.calls[0][0].tmplIds).toEqual(['b1', 'b2', 't1'])
  expect(subscribe.MAX_IDS).toBe(3)
})

test('a moment whose scenes have no template asks nothing', async () => {
  server({ items: [{ scene: 'EVALUATION_RESULT', templateId: 'tpl-eval' }] })
  await expect(subscribe.prepare('CHECKIN')).resolves.toBe(false)
  await expect(subscribe.ask('CHECKIN')).resolves.toEqual({ asked: false, accepted: [] })
  await expect(subscribe.ask('NOT_A_MOMENT')).resolves.toEqual({ asked: false, accepted: [] })
  expect(mock.wx.requestSubscribeMessage).not.toHaveBeenCalled()
})

test('failures are swallowed: no templates, a closed dialog, a lost report, an old WeChat', async () => {
  // The templates cannot be fetched: nothing is asked, and the next moment tries again.
  server({ templates: networkFail() })
  await expect(subscribe.ask('BRIEFING')).resolves.toEqual({ asked: false, accepted: [] })
  server({ templates: problem(500, 'INTERNAL', '服务器开小差了') })
  await expect(subscribe.prepare('BRIEFING')).resolves.toBe(false)
  expect(mock.requests(TEMPLATES)).toHaveLength(2)
  expect(mock.wx.requestSubscribeMessage).not.toHaveBeenCalled()

  // The member closes the dialog (or turned notifications off): nothing to report.
  server()
  mock.answerSubscribe({ fail: 'requestSubscribeMessage:fail cancel' })
  await expect(subscribe.ask('BRIEFING')).resolves.toEqual({ asked: false, accepted: [] })
  expect(mock.requests(SUBSCRIPTIONS)).toHaveLength(0)

  // The report is lost: the decision still stands for the member.
  server({ subscriptions: networkFail() })
  mock.answerSubscribe('accept')
  await expect(subscribe.ask('BRIEFING')).resolves.toEqual({ asked: true, accepted: ['tpl-brief'] })

  // A base library without subscribe messages (simulate's wx is the global one the code sees).
  const original = global.wx.requestSubscribeMessage
  delete global.wx.requestSubscribeMessage
  try {
    await expect(subscribe.ask('BRIEFING')).resolves.toEqual({ asked: false, accepted: [] })
  } finally {
    global.wx.requestSubscribeMessage = original
  }
})

test('the prompt shows only when its moment has templates, and its tap asks and says so', async () => {
  server()
  mock.answerSubscribe('accept')
  const c = render(promptId, { moment: 'BRIEFING', label: '有新政策时提醒我' })
  await settle()
  expect(text(c, '.subscribe-label')).toBe('有新政策时提醒我')
  const done = events(c, 'done')

  c.querySelector('.subscribe-ask').dispatchEvent('tap')
  await settle()

  expect(mock.wx.requestSubscribeMessage.mock.calls[0][0].tmplIds).toEqual(['tpl-brief'])
  expect(mock.requests(SUBSCRIPTIONS)[0].data).toEqual({ results: [{ templateId: 'tpl-brief', result: 'accept' }] })
  expect(done).toEqual([{ accepted: ['tpl-brief'] }])
  expect(text(c, '.subscribe-done')).toBe('已开启提醒，有新消息时微信会通知你')
  expect(c.querySelector('.subscribe-ask')).toBeFalsy()

  // Rejected: the offer stays for another time.
  mock.answerSubscribe('reject')
  const again = render(promptId, { moment: 'CHECKIN' })
  await settle()
  again.querySelector('.subscribe-ask').dispatchEvent('tap')
  await settle()
  expect(again.querySelector('.subscribe-done')).toBeFalsy()
  expect(again.querySelector('.subscribe-ask')).toBeTruthy()

  // No template for the moment: no offer at all.
  subscribe.reset()
  server({ items: [] })
  const none = render(promptId, { moment: 'JOIN' })
  await settle()
  expect(none.querySelector('.subscribe')).toBeFalsy()
})
