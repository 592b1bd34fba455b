// Photos in the chat room: chosen, shown at once as my bubble with a progress ring while they upload, then sent
// as {clientMsgId, type: IMAGE, mediaId} through the same path as texts (outbox, retries with the same ids);
// stored ones show their thumbnail and open the viewer over the room's originals; a hidden one says why.
const { setup, text, texts } = require('./harness')
const { json, noContent, problem, networkFail } = require('./wx-mock')
const { message, imageMessage, ME, MYSELF } = require('./fixtures')

const { mock, load, render, settle, simulate } = setup()
const socket = require('../services/socket')
const outbox = require('../services/outbox')

const BASE = '/api/mp/conversations/c1'
const MEDIA = '/api/mp/media'
const API = 'http://127.0.0.1:8080'

let id
let page
beforeAll(() => {
  id = load('packages/chat/room')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
  mock.storage.set('user', ME)
})
afterEach(() => {
  if (page) page.detach()
  page = null
  socket.stop()
})

const mediaView = (mediaId) => ({
  id: mediaId,
  purpose: 'CHAT',
  contentType: 'image/jpeg',
  size: 120000,
  width: 1280,
  height: 960,
  url: `/api/media/${mediaId}/original?exp=1765000000&sig=o${mediaId}`,
  thumbUrl: `/api/media/${mediaId}/thumb?exp=1765000000&sig=t${mediaId}`,
  capturedAt: null,
  checkStatus: 'PENDING',
  hidden: false,
  createdAt: '2026-03-10T09:05:00+08:00',
})

/**
 * A server with `store` (ascending) that stores what is sent (an IMAGE with the links of its media), and
 * uploads answered by `uploads` (a function of the upload's number, 1-based) unless `routes` says otherwise.
 */
function server(store, { routes = {}, uploads = () => json(201, mediaView('901')) } = {}) {
  let uploaded = 0
  return (req) => {
    const route = routes[`${req.method} ${req.path}`]
    if (route) return route(req)
    if (req.path === MEDIA) return uploads(++uploaded, req)
    if (req.method === 'GET' && req.path === `${BASE}/messages`) return json(200, { items: store, hasMore: false })
    if (req.method === 'POST' && req.path === `${BASE}/messages`) {
      const known = store.find((m) => m.clientMsgId === req.data.clientMsgId)
      if (known) return json(200, known)
      const seq = store.length ? store[store.length - 1].seq + 1 : 1
      const stored =
        req.data.type === 'IMAGE'
          ? imageMessage(seq, req.data.mediaId, { sender: MYSELF, clientMsgId: req.data.clientMsgId })
          : message(seq, { sender: MYSELF, text: req.data.text, clientMsgId: req.data.clientMsgId })
      store.push(stored)
      return json(201, stored)
    }
    if (req.method === 'POST' && req.path === `${BASE}/read`) return noContent()
    return problem(404, 'NOT_FOUND', '资源不存在')
  }
}

async function open(store, options) {
  mock.handle(server(store, options))
  page = render(id)
  page.instance.uploadRetryDelays = [0, 0] // the same retries, without the seconds of waiting
  page.instance.onLoad({ id: 'c1', title: encodeURIComponent('闽江先锋号') })
  page.instance.onShow()
  await settle()
  return page
}

const rows = () => page.querySelectorAll('.message')
const nodesInRows = (selector) => rows().flatMap((row) => row.querySelectorAll(selector))
const inRows = (selector) => rows().flatMap((row) => texts(row, selector))
const srcOf = (node) => node.toJSON().attrs.find((a) => a.name === 'src').value
const imageSrcs = () => nodesInRows('.image').map(srcOf)
const sends = () => mock.requests(`${BASE}/messages`).filter((r) => r.method === 'POST')

async function choose(files) {
  mock.answerChooseMedia(files)
  page.querySelector('.image-button').dispatchEvent('tap')
  await simulate.sleep(0)
  await simulate.sleep(0)
}

test('the 图片 button offers album and camera, images only, compressed', async () => {
  await open([message(1)])
  expect(text(page, '.image-button')).toBe('图片')
  await choose({ fail: 'chooseMedia:fail cancel' })
  expect(mock.wx.chooseMedia.mock.calls[0][0]).toMatchObject({
    mediaType: ['image'],
    sourceType: ['album', 'camera'],
    sizeType: ['compressed'],
  })
  expect(rows()).toHaveLength(1)
})

test('a photo shows at once with a progress ring, uploads as CHAT, then goes as an IMAGE message', async () => {
  let release
  await open([message(1)], {
    uploads: () => new Promise((resolve) => (release = () => resolve({ ...json(201, mediaView('901')), progress: [20, 60, 100] }))),
  })

  await choose(['wxfile://tmp/p1.jpg'])
  expect(imageSrcs()).toEqual(['wxfile://tmp/p1.jpg'])
  expect(text(rows()[1], '.ring-hole')).toBe('0%')
  expect(inRows('.uploading')).toEqual(['上传中'])
  expect(mock.requests(MEDIA)[0]).toMatchObject({ filePath: 'wxfile://tmp/p1.jpg', name: 'file', formData: { purpose: 'CHAT' } })
  // Kept while it uploads: leaving now loses nothing.
  const kept = outbox.read('c1').pending
  expect(kept).toEqual([expect.objectContaining({ type: 'IMAGE', localPath: 'wxfile://tmp/p1.jpg', mediaId: null })])

  const seen = []
  page.instance.render = ((original) =>
    function (...args) {
      const pending = this.pending.find((p) => p.type === 'IMAGE')
      if (pending && pending.state === 'uploading') seen.push(pending.progress)
      return original.apply(this, args)
    })(page.instance.render)
  release()
  await settle()

  expect(seen).toEqual(expect.arrayContaining([20, 60]))
  const [sent] = sends()
  expect(sent.data).toEqual({ clientMsgId: kept[0].clientMsgId, type: 'IMAGE', mediaId: '901' })
  expect(sent.data.clientMsgId).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
  expect(nodesInRows('.upload-veil')).toHaveLength(0)
  expect(imageSrcs()).toEqual([`${API}/api/media/901/thumb?exp=1765000000&sig=t901`])
  expect(page.instance.data.items.map((i) => i.key)).toEqual(['m1', 'm2'])
  expect(outbox.read('c1').pending).toEqual([])
})

test('several photos chosen at once become one message each', async () => {
  let n = 900
  await open([], { uploads: () => json(201, mediaView(String(++n))) })
  await choose(['wxfile://tmp/a.jpg', 'wxfile://tmp/b.jpg'])
  await settle()
  expect(sends().map((r) => r.data.mediaId).sort()).toEqual(['901', '902'])
  expect(rows()).toHaveLength(2)
  expect(nodesInRows('.failed')).toHaveLength(0)
})

test('a large photo is compressed before it is uploaded', async () => {
  await open([])
  await choose([{ path: 'wxfile://tmp/big.jpg', size: 6 * 1024 * 1024 }])
  await settle()
  expect(mock.wx.compressImage.mock.calls[0][0]).toMatchObject({ src: 'wxfile://tmp/big.jpg', quality: 80 })
  expect(mock.requests(MEDIA)[0].filePath).toBe('wxfile://tmp/big.jpg.compressed.jpg')
})

test('an upload that keeps failing on the network retries by itself, then offers a resend that uploads again', async () => {
  let online = false
  await open([], { uploads: () => (online ? json(201, mediaView('911')) : networkFail()) })
  await choose(['wxfile://tmp/p.jpg'])
  await settle()

  expect(mock.requests(MEDIA)).toHaveLength(3) // the first try and the two automatic retries
  expect(inRows('.failed')).toEqual(['发送失败，点击重发'])
  expect(sends()).toHaveLength(0)
  expect(mock.wx.showToast).not.toHaveBeenCalled()

  online = true
  nodesInRows('.failed')[0].dispatchEvent('tap')
  await settle()
  expect(mock.requests(MEDIA)).toHaveLength(4)
  expect(sends().map((r) => r.data.mediaId)).toEqual(['911'])
  expect(nodesInRows('.failed')).toHaveLength(0)
})

test('a send that fails after the upload is resent with the same clientMsgId and upload, not uploaded again', async () => {
  let down = true
  const store = []
  await open(store, {
    routes: {
      [`POST ${BASE}/messages`]: (req) => {
        if (down) return networkFail()
        const stored = imageMessage(1, req.data.mediaId, { sender: MYSELF, clientMsgId: req.data.clientMsgId })
        return json(201, stored)
      },
    },
  })
  await choose(['wxfile://tmp/p.jpg'])
  await settle()
  expect(inRows('.failed')).toEqual(['发送失败，点击重发'])
  expect(outbox.read('c1').pending).toEqual([expect.objectContaining({ type: 'IMAGE', mediaId: '901' })])

  down = false
  nodesInRows('.failed')[0].dispatchEvent('tap')
  await settle()
  const [first, second] = sends()
  expect(second.data).toEqual(first.data)
  expect(mock.requests(MEDIA)).toHaveLength(1)
  expect(nodesInRows('.failed')).toHaveLength(0)
  expect(outbox.read('c1').pending).toEqual([])
})

test('a failed photo survives leaving the room and goes out on reconnect with its clientMsgId', async () => {
  let down = true
  const routes = {
    [`POST ${BASE}/messages`]: (req) =>
      down ? networkFail() : json(201, imageMessage(2, req.data.mediaId, { sender: MYSELF, clientMsgId: req.data.clientMsgId })),
  }
  await open([message(1)], { routes })
  await choose(['wxfile://tmp/p.jpg'])
  await settle()
  page.instance.onUnload()
  page.detach()
  page = null
  socket.stop()

  await open([message(1)], { routes })
  expect(inRows('.failed')).toEqual(['发送失败，点击重发'])
  expect(imageSrcs()).toEqual(['wxfile://tmp/p.jpg'])
  down = false
  mock.socket().open()
  await settle()
  const [first, second] = sends()
  expect(second.data).toEqual(first.data)
  expect(mock.requests(MEDIA)).toHaveLength(1)
  expect(outbox.read('c1').pending).toEqual([])
})

test.each([
  [415, 'MEDIA_TYPE_UNSUPPORTED', '只支持 JPG、PNG 图片'],
  [413, 'FILE_TOO_LARGE', '文件不能超过 10 MB'],
])('an upload refused with %i is not retried: the bubble goes and the server’s title shows', async (status, code, title) => {
  await open([message(1)], { uploads: () => problem(status, code, title) })
  await choose(['wxfile://tmp/p.heic'])
  await settle()
  expect(mock.requests(MEDIA)).toHaveLength(1)
  expect(mock.wx.showToast).toHaveBeenCalledWith({ title, icon: 'none' })
  expect(rows()).toHaveLength(1)
  expect(outbox.read('c1').pending).toEqual([])
  expect(page.instance.data.draft).toBe('')
})

test('a send refused (the upload is not mine, 422) removes the bubble and says why', async () => {
  await open([], {
    routes: { [`POST ${BASE}/messages`]: () => problem(422, 'VALIDATION_FAILED', '图片不可用', '', {}) },
  })
  await choose(['wxfile://tmp/p.jpg'])
  await settle()
  expect(sends()).toHaveLength(1)
  expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '图片不可用', icon: 'none' })
  expect(rows()).toHaveLength(0)
})

test('a stored photo opens the viewer over the originals of the room’s photos', async () => {
  await open([imageMessage(1, '31'), message(2), imageMessage(3, '32', { sender: MYSELF }), imageMessage(4, '33', { recalled: true, image: null })])
  expect(imageSrcs()).toEqual([
    `${API}/api/media/31/thumb?exp=1765000000&sig=t31`,
    `${API}/api/media/32/thumb?exp=1765000000&sig=t32`,
  ])
  nodesInRows('.image')[1].dispatchEvent('tap')
  await settle(3)
  expect(mock.wx.previewImage).toHaveBeenCalledWith({
    urls: [`${API}/api/media/31/original?exp=1765000000&sig=o31`, `${API}/api/media/32/original?exp=1765000000&sig=o32`],
    current: `${API}/api/media/32/original?exp=1765000000&sig=o32`,
    showmenu: true,
  })
})

test('a photo still uploading previews from the phone', async () => {
  await open([], { uploads: () => new Promise(() => {}) })
  await choose(['wxfile://tmp/p.jpg'])
  nodesInRows('.image')[0].dispatchEvent('tap')
  await settle(3)
  expect(mock.wx.previewImage).toHaveBeenCalledWith({ urls: ['wxfile://tmp/p.jpg'], current: 'wxfile://tmp/p.jpg' })
})

test('an image the safety check hid shows the placeholder, also when the update arrives live', async () => {
  await open([imageMessage(1, '41', { image: null, contentCheck: 'BLOCKED', sender: MYSELF }), imageMessage(2, '42')])
  expect(inRows('.note')).toEqual(['图片未通过安全检测'])
  expect(nodesInRows('.image')).toHaveLength(1)

  mock.socket().open()
  await settle()
  mock.socket().emit({ type: 'update', conversationId: 'c1', message: imageMessage(2, '42', { image: null, contentCheck: 'BLOCKED' }) })
  await settle(3)
  expect(inRows('.note')).toEqual(['图片未通过安全检测', '图片未通过安全检测'])
  expect(nodesInRows('.image')).toHaveLength(0)
})

test('a failed photo’s long-press sheet offers resend and delete, not copy', async () => {
  await open([], { uploads: () => networkFail() })
  await choose(['wxfile://tmp/p.jpg'])
  await settle()
  mock.answerActionSheet('删除')
  nodesInRows('.bubble')[0].dispatchEvent('longpress')
  await settle()
  expect(mock.wx.showActionSheet.mock.calls[0][0].itemList).toEqual(['重发', '删除'])
  expect(rows()).toHaveLength(0)
  expect(outbox.read('c1').pending).toEqual([])
})
