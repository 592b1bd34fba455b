// services/chat.js: one test per endpoint function — method, path and body as the API
// contract names them, and the answer handed back as the server sent it.
const { createWxMock, json, noContent, problem } = require('./wx-mock')
const { serviceCall } = require('./service-call')

const mock = createWxMock()
global.wx = mock.wx

const chat = require('../services/chat')
const { conversationView, message } = require('./fixtures')

const BASE = '/api/mp/conversations'

beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

const call = serviceCall(mock)

test('listConversations → GET /api/mp/conversations with only the paging given', async () => {
  const list = { items: [conversationView()], page: 0, size: 20, total: 1 }
  const { result, sent } = await call(() => chat.listConversations({ page: 1 }), json(200, list))
  expect(sent).toMatchObject({ method: 'GET', path: BASE, data: { page: 1 } })
  expect(sent.data).not.toHaveProperty('size')
  expect(result).toEqual(list)
})

test('getConversation → GET …/{id}', async () => {
  const view = conversationView()
  const { result, sent } = await call(() => chat.getConversation('c 1'), json(200, view))
  expect(sent).toMatchObject({ method: 'GET', path: `${BASE}/c%201` })
  expect(result).toEqual(view)
})

test('syncMessages → GET …/{id}/messages?afterSeq&limit', async () => {
  const page = { items: [message(8), message(9)], hasMore: false }
  const { result, sent } = await call(() => chat.syncMessages('c1', 7), json(200, page))
  expect(sent).toMatchObject({ method: 'GET', path: `${BASE}/c1/messages`, data: { afterSeq: 7, limit: 50 } })
  expect(result).toEqual(page)
})

test('historyMessages → GET …/{id}/messages?beforeSeq&limit, or the latest page without beforeSeq', async () => {
  const { sent } = await call(() => chat.historyMessages('c1', 31, 20), json(200, { items: [], hasMore: false }))
  expect(sent).toMatchObject({ method: 'GET', path: `${BASE}/c1/messages`, data: { beforeSeq: 31, limit: 20 } })

  mock.reset()
  mock.storage.set('token', 'tok-1')
  const latest = await call(() => chat.historyMessages('c1'), json(200, { items: [], hasMore: false }))
  expect(latest.sent.data).toEqual({ limit: 30 })
})

test('sendText → POST …/{id}/messages {clientMsgId, type: TEXT, text}', async () => {
  const stored = message(13, { clientMsgId: 'dabc123456789' })
  const { result, sent } = await call(
    () => chat.sendText('c1', { clientMsgId: 'dabc123456789', text: '收到' }),
    json(201, stored),
  )
  expect(sent).toMatchObject({
    method: 'POST',
    path: `${BASE}/c1/messages`,
    data: { clientMsgId: 'dabc123456789', type: 'TEXT', text: '收到' },
  })
  expect(result).toEqual(stored)
})

test('sendText rejects with the problem: code and Chinese title', async () => {
  mock.handle(() => problem(422, 'CONTENT_RISKY', '内容含有违规信息，请修改后再发'))
  await expect(chat.sendText('c1', { clientMsgId: 'dabc123456789', text: 'x' })).rejects.toMatchObject({
    status: 422,
    code: 'CONTENT_RISKY',
    title: '内容含有违规信息，请修改后再发',
  })
})

test('sendImage → POST …/{id}/messages {clientMsgId, type: IMAGE, mediaId} without text', async () => {
  const stored = message(14, { type: 'IMAGE', text: null, clientMsgId: 'dimg12345678', image: { id: '901', url: '/api/media/901/original?exp=1&sig=a' } })
  const { result, sent } = await call(() => chat.sendImage('c1', { clientMsgId: 'dimg12345678', mediaId: 901 }), json(201, stored))
  expect(sent).toMatchObject({ method: 'POST', path: `${BASE}/c1/messages` })
  expect(sent.data).toEqual({ clientMsgId: 'dimg12345678', type: 'IMAGE', mediaId: '901' })
  expect(result).toEqual(stored)
})

test('markRead → POST …/{id}/read {seq}, resolving null on 204', async () => {
  const { result, sent } = await call(() => chat.markRead('c1', 12), noContent())
  expect(sent).toMatchObject({ method: 'POST', path: `${BASE}/c1/read`, data: { seq: 12 } })
  expect(result).toBeNull()
})

test('recallMessage → POST …/{id}/messages/{seq}/recall', async () => {
  const recalled = message(12, { recalled: true, text: null })
  const { result, sent } = await call(() => chat.recallMessage('c1', 12), json(200, recalled))
  expect(sent).toMatchObject({ method: 'POST', path: `${BASE}/c1/messages/12/recall` })
  expect(result).toEqual(recalled)
})

test('openDirect → POST /api/mp/conversations/direct with {cobuildingId} or {userId}', async () => {
  const direct = conversationView({ id: 'd5', type: 'DIRECT', title: '局联络员张', cobuildingId: '9' })
  const liaison = await call(() => chat.openDirect({ cobuildingId: '9' }), json(201, direct))
  expect(liaison.sent).toMatchObject({ method: 'POST', path: `${BASE}/direct` })
  expect(liaison.sent.data).toEqual({ cobuildingId: '9' })
  expect(liaison.result).toEqual(direct)

  mock.reset()
  mock.storage.set('token', 'tok-1')
  const member = await call(() => chat.openDirect({ userId: '200' }), json(200, direct))
  expect(member.sent.data).toEqual({ userId: '200' })
})

test('ids are escaped as path segments', async () => {
  const { sent } = await call(() => chat.markRead('a/b', 1), noContent())
  expect(sent.path).toBe(`${BASE}/a%2Fb/read`)
})
