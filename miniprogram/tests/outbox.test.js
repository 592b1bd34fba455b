// services/outbox.js: drafts and unsent messages kept per conversation and user in wx storage.
const { message, ME } = require('./fixtures')
const { createWxMock, json, networkFail, problem } = require('./wx-mock')

const mock = createWxMock()
global.wx = mock.wx

let outbox
beforeEach(() => {
  jest.resetModules()
  mock.reset()
  mock.storage.set('user', ME)
  outbox = require('../services/outbox')
})

const kept = (n) => ({ clientMsgId: `dkept000${n}`, text: `留言${n}`, createdAt: '2026-03-10T09:00:00+08:00' })
const posts = (id = 'c1') => mock.requests(`/api/mp/conversations/${id}/messages`).filter((r) => r.method === 'POST')

test('a draft and pending messages are kept per conversation, and an empty entry leaves no trace', () => {
  outbox.saveDraft('c1', '写了一半')
  outbox.savePending('c2', [{ ...kept(1), state: 'failed' }])

  // A fresh module (an app restart) reads them back from storage.
  jest.resetModules()
  const again = require('../services/outbox')
  expect(again.read('c1')).toEqual({ draft: '写了一半', pending: [] })
  expect(again.read('c2')).toEqual({ draft: '', pending: [kept(1)] })
  expect(again.conversations()).toEqual(['c1', 'c2'])

  again.saveDraft('c1', '')
  again.savePending('c2', [])
  expect(again.conversations()).toEqual([])
  expect([...mock.storage.keys()]).toEqual(['user'])
})

test("another person signed in on the same phone does not see the first one's drafts", () => {
  outbox.saveDraft('c1', '我的草稿')
  mock.storage.set('user', { ...ME, id: '300' })
  expect(outbox.draftOf('c1')).toBe('')
  expect(outbox.conversations()).toEqual([])
})

test('resendAll sends oldest first with the same clientMsgId, skipping conversations an open room sends', async () => {
  outbox.savePending('c1', [kept(1), kept(2)])
  outbox.savePending('c2', [kept(3)])
  mock.handle((req) => json(201, message(5, { clientMsgId: req.data.clientMsgId })))

  await outbox.resendAll({ skip: (id) => id === 'c2' })

  expect(posts('c1').map((r) => r.data)).toEqual([
    { clientMsgId: 'dkept0001', type: 'TEXT', text: '留言1' },
    { clientMsgId: 'dkept0002', type: 'TEXT', text: '留言2' },
  ])
  expect(posts('c2')).toEqual([])
  expect(outbox.read('c1').pending).toEqual([])
  expect(outbox.read('c2').pending).toEqual([kept(3)])
})

test('a network failure keeps the rest for the next try', async () => {
  outbox.savePending('c1', [kept(1), kept(2)])
  mock.handle(() => networkFail())
  await outbox.resendAll()
  expect(posts()).toHaveLength(1)
  expect(outbox.read('c1').pending).toEqual([kept(1), kept(2)])
})

test('a refused message leaves the outbox and comes back as the draft', async () => {
  outbox.savePending('c1', [kept(1)])
  mock.handle(() => problem(422, 'CONTENT_RISKY', '内容含有违规信息'))
  await outbox.resendAll()
  expect(outbox.read('c1')).toEqual({ draft: '留言1', pending: [] })
})

describe('photos', () => {
  const photo = (n, mediaId) => ({
    clientMsgId: `dphoto000${n}`,
    type: 'IMAGE',
    localPath: `wxfile://tmp/p${n}.jpg`,
    size: 2048,
    mediaId,
    createdAt: '2026-03-10T09:00:00+08:00',
  })

  test('a pending photo keeps its file and its upload, nothing of the screen', () => {
    outbox.savePending('c1', [{ ...photo(1, '901'), state: 'sending', progress: 100 }, { ...photo(2, null), state: 'uploading', progress: 40 }])
    jest.resetModules()
    expect(require('../services/outbox').read('c1').pending).toEqual([photo(1, '901'), photo(2, null)])
  })

  test('resendAll sends an uploaded photo as IMAGE with its mediaId; one without an upload waits, the rest goes', async () => {
    outbox.savePending('c1', [photo(1, null), photo(2, '902'), kept(3)])
    mock.handle((req) => json(201, message(5, { clientMsgId: req.data.clientMsgId })))

    await outbox.resendAll()

    expect(posts('c1').map((r) => r.data)).toEqual([
      { clientMsgId: 'dphoto0002', type: 'IMAGE', mediaId: '902' },
      { clientMsgId: 'dkept0003', type: 'TEXT', text: '留言3' },
    ])
    expect(outbox.read('c1').pending).toEqual([photo(1, null)])
  })

  test('a refused photo leaves the outbox without becoming a draft', async () => {
    outbox.savePending('c1', [photo(1, '901')])
    mock.handle(() => problem(422, 'VALIDATION_FAILED', '图片不可用'))
    await outbox.resendAll()
    expect(outbox.read('c1')).toEqual({ draft: '', pending: [] })
  })
})
