// services/briefing.js, push.js and assistant.js: one function per endpoint of issue 13's contract, with the
// method, path, body and query it names; filters not given are left out; a 204 resolves undefined.
const { createWxMock, json, noContent, problem } = require('./wx-mock')
const { serviceCall } = require('./service-call')

const mock = createWxMock()
global.wx = mock.wx
const briefing = require('../services/briefing')
const push = require('../services/push')
const assistant = require('../services/assistant')
require('../services/auth')

const call = serviceCall(mock)

function fresh() {
  mock.reset()
  mock.storage.set('token', 'tok-1')
  mock.storage.set('expiresAt', '2999-01-01T00:00:00Z')
}
beforeEach(fresh)

test('the briefing list sends only the filters given, and an empty keyword not at all', async () => {
  let r = await call(() => briefing.listBriefings(), json(200, { items: [], page: 0, size: 20, total: 0 }))
  expect(r.sent).toMatchObject({ method: 'GET', path: '/api/mp/briefings' })
  expect(Object.keys(r.sent.data || {})).toEqual([])
  expect(r.result).toEqual({ items: [], page: 0, size: 20, total: 0 })

  fresh()
  r = await call(() => briefing.listBriefings({ category: 'RD_DEDUCTION', q: '加计扣除', page: 1, size: 20 }), json(200, {}))
  expect(r.sent.data).toEqual({ category: 'RD_DEDUCTION', q: '加计扣除', page: 1, size: 20 })

  fresh()
  r = await call(() => briefing.listBriefings({ q: '', category: undefined }), json(200, {}))
  expect(Object.keys(r.sent.data || {})).toEqual([])
})

test('one briefing is a GET of /api/mp/briefings/{id}; a briefing not meant for me is a 404 ApiError', async () => {
  let r = await call(() => briefing.getBriefing('12'), json(200, { id: '12', read: true }))
  expect(r.sent).toMatchObject({ method: 'GET', path: '/api/mp/briefings/12' })
  expect(r.result).toEqual({ id: '12', read: true })

  fresh()
  mock.handle(() => problem(404, 'BRIEFING_NOT_FOUND', '政策解读不存在'))
  await expect(briefing.getBriefing('13')).rejects.toMatchObject({ status: 404, code: 'BRIEFING_NOT_FOUND', title: '政策解读不存在' })
})

test('意向申报 is PUT …/intent, withdrawing it DELETE …/intent, each answering {intended}', async () => {
  let r = await call(() => briefing.setIntent('12'), json(200, { intended: true }))
  expect(r.sent).toMatchObject({ method: 'PUT', path: '/api/mp/briefings/12/intent' })
  expect(r.result).toEqual({ intended: true })
  fresh()
  r = await call(() => briefing.clearIntent('12'), json(200, { intended: false }))
  expect(r.sent).toMatchObject({ method: 'DELETE', path: '/api/mp/briefings/12/intent' })
  expect(r.result).toEqual({ intended: false })
})

test('an attachment downloads from its signed link without the token; one without a link sends nothing', async () => {
  const url = '/api/media/77/original?exp=1790000000&sig=abc'
  mock.handle(() => ({ statusCode: 200, tempFilePath: 'wxfile://tmp/申报指南.pdf' }))
  await expect(briefing.downloadAttachment({ id: '77', name: '申报指南.pdf', url })).resolves.toBe('wxfile://tmp/申报指南.pdf')
  const [sent] = mock.requests()
  expect(sent.path).toBe(url)
  expect(sent.header.Authorization).toBeUndefined()

  fresh()
  mock.handle(() => ({ statusCode: 403 }))
  await expect(briefing.downloadAttachment({ url })).rejects.toMatchObject({ status: 403 })

  fresh()
  await expect(briefing.downloadAttachment({ id: '1' })).rejects.toThrow()
  expect(mock.requests()).toHaveLength(0)
})

test('push: the templates are a GET; the decisions are POSTed as {results} and a 204 resolves undefined', async () => {
  const items = [{ scene: 'BRIEFING_PUBLISHED', templateId: 'tpl-b', title: '政策发布通知' }]
  let r = await call(() => push.getTemplates(), json(200, { items }))
  expect(r.sent).toMatchObject({ method: 'GET', path: '/api/mp/push/templates' })
  expect(r.result).toEqual({ items })

  fresh()
  const results = [
    { templateId: 'tpl-b', result: 'accept' },
    { templateId: 'tpl-t', result: 'reject' },
  ]
  r = await call(() => push.reportSubscriptions(results), noContent())
  expect(r.sent).toMatchObject({ method: 'POST', path: '/api/mp/push/subscriptions', data: { results } })
  expect(r.result).toBeUndefined()
})

test('assistant: the conversation is a POST; forwarding names the answer message; NO_LIAISON is a 409', async () => {
  let r = await call(() => assistant.openAssistant(), json(200, { id: '5', type: 'ASSISTANT', title: '问政策', writable: true }))
  expect(r.sent).toMatchObject({ method: 'POST', path: '/api/mp/assistant/conversation' })
  expect(r.result).toMatchObject({ id: '5', type: 'ASSISTANT' })

  fresh()
  r = await call(() => assistant.forwardQuestion(88), json(201, { conversation: { id: '6', type: 'DIRECT' }, message: { id: '90' } }))
  expect(r.sent).toMatchObject({ method: 'POST', path: '/api/mp/assistant/forward', data: { messageId: '88' } })
  expect(r.result.conversation).toMatchObject({ id: '6' })

  fresh()
  mock.handle(() => problem(409, 'NO_LIAISON', '你所在的先锋号还没有局联络员'))
  await expect(assistant.forwardQuestion('88')).rejects.toMatchObject({ status: 409, code: 'NO_LIAISON' })
})
