// <photo-uploader>: choose (camera-only when told, never more than max), upload each with its own progress,
// retry a failed one on tap, remove any; change tells the form {mediaIds, uploading, failed}.
const { setup, events } = require('./harness')
const { json, networkFail, problem } = require('./wx-mock')

const { mock, load, render, settle } = setup()

const MEDIA = '/api/mp/media'
const view = (id) => ({
  id,
  purpose: 'CHECKIN',
  contentType: 'image/jpeg',
  size: 1000,
  width: 480,
  height: 360,
  url: `/api/media/${id}/original?exp=1&sig=a`,
  thumbUrl: `/api/media/${id}/thumb?exp=1&sig=b`,
  capturedAt: '2026-12-01T10:00:00+08:00',
  checkStatus: 'PENDING',
  hidden: false,
  createdAt: '2026-12-01T10:00:01+08:00',
})

let id
beforeAll(() => {
  id = load('components/photo-uploader/index')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

// A server that gives each upload the next id; `hold` keeps answers back until release() is called.
function mediaServer({ hold = false } = {}) {
  let next = 700
  const waiting = []
  mock.handle((req) => {
    if (req.path !== MEDIA) return problem(404, 'NOT_FOUND', '资源不存在')
    const reply = { ...json(201, view(String(++next))), progress: [30, 31, 80, 100] }
    if (!hold) return reply
    return new Promise((resolve) => waiting.push(() => resolve(reply)))
  })
  return { release: () => waiting.splice(0).forEach((go) => go()) }
}

const tiles = (comp) => comp.querySelectorAll('.photo')
const attr = (node, name) => {
  const found = node.toJSON().attrs.find((a) => a.name === name)
  return found ? found.value : null
}

function show(props = {}) {
  const comp = render(id, { purpose: 'CHECKIN', max: 3, retryDelays: [0, 0], ...props })
  return { comp, changes: events(comp, 'change') }
}

async function add(comp, files) {
  mock.answerChooseMedia(files)
  comp.querySelector('.add').dispatchEvent('tap')
  await settle()
}

test('camera-only asks the camera alone, for images, compressed, no more than max', async () => {
  mediaServer()
  const { comp } = show({ cameraOnly: true })
  expect(comp.querySelector('.add-label').dom.textContent).toBe('拍照')
  await add(comp, ['wxfile://a.jpg'])

  expect(mock.wx.chooseMedia.mock.calls[0][0]).toMatchObject({
    count: 3,
    mediaType: ['image'],
    sourceType: ['camera'],
    sizeType: ['compressed'],
  })
})

test('without camera-only the album is offered too', async () => {
  mediaServer()
  const { comp } = show()
  await add(comp, ['wxfile://a.jpg'])
  expect(mock.wx.chooseMedia.mock.calls[0][0].sourceType).toEqual(['album', 'camera'])
})

test('each photo shows its progress while uploading, then change carries the media ids', async () => {
  const server = mediaServer({ hold: true })
  const { comp, changes } = show()
  await add(comp, ['wxfile://a.jpg', 'wxfile://b.jpg'])

  expect(tiles(comp)).toHaveLength(2)
  expect(comp.querySelectorAll('.uploading')).toHaveLength(2)
  expect(changes[changes.length - 1]).toEqual({ mediaIds: [], uploading: true, failed: false, media: [] })
  expect(comp.instance.data.photos.map((p) => p.progress)).toEqual([0, 0])

  server.release()
  await settle(4)
  // Progress shows in steps of 5 % (30, then 80), not every packet (31).
  const seen = new Set()
  for (let i = 0; i < 20 && comp.instance.data.photos.some((p) => p.state === 'uploading'); i += 1) {
    comp.instance.data.photos.forEach((p) => seen.add(p.progress))
    expect(comp.instance.data.photos.every((p) => [0, 30, 80, 100].includes(p.progress))).toBe(true)
    await settle(1)
  }
  expect(seen.has(30) || seen.has(80)).toBe(true)
  await settle()

  expect(comp.querySelectorAll('.uploading')).toHaveLength(0)
  const last = changes[changes.length - 1]
  expect(last.mediaIds.sort()).toEqual(['701', '702'])
  expect(last).toMatchObject({ uploading: false, failed: false })
  expect(last.media.map((m) => m.thumbUrl)).toEqual(expect.arrayContaining(['/api/media/701/thumb?exp=1&sig=b']))
  expect(mock.requests(MEDIA).map((r) => r.formData)).toEqual([{ purpose: 'CHECKIN' }, { purpose: 'CHECKIN' }])
  expect(mock.requests(MEDIA).map((r) => r.filePath).sort()).toEqual(['wxfile://a.jpg', 'wxfile://b.jpg'])
})

test('the progress ring shows the percentage', async () => {
  const server = mediaServer({ hold: true })
  const { comp } = show()
  await add(comp, ['wxfile://a.jpg'])
  comp.instance.patch(comp.instance.data.photos[0].key, { progress: 45 })
  await settle(1)
  expect(comp.querySelector('.ring-hole').dom.textContent).toBe('45%')
  server.release()
  await settle()
})

test('a large photo is compressed before it is uploaded', async () => {
  mediaServer()
  const { comp, changes } = show()
  await add(comp, [{ path: 'wxfile://big.jpg', size: 5 * 1024 * 1024 }, { path: 'wxfile://small.jpg', size: 300 * 1024 }])
  await settle()
  expect(mock.wx.compressImage).toHaveBeenCalledTimes(1)
  expect(mock.wx.compressImage.mock.calls[0][0]).toMatchObject({ src: 'wxfile://big.jpg', quality: 80 })
  expect(mock.requests(MEDIA).map((r) => r.filePath).sort()).toEqual(['wxfile://big.jpg.compressed.jpg', 'wxfile://small.jpg'])
  expect(changes[changes.length - 1].mediaIds).toHaveLength(2)
})

test('never more than max: the add tile goes at max and the picker is asked only for what is left', async () => {
  mediaServer()
  const { comp, changes } = show({ max: 2 })
  await add(comp, ['wxfile://a.jpg'])
  expect(comp.querySelector('.add')).toBeTruthy()

  // The picker hands back more than asked: only what fits is kept.
  await add(comp, ['wxfile://b.jpg', 'wxfile://c.jpg'])
  expect(mock.wx.chooseMedia.mock.calls[1][0].count).toBe(1)
  await settle()
  expect(tiles(comp)).toHaveLength(2)
  expect(comp.querySelector('.add')).toBeFalsy()
  expect(changes[changes.length - 1].mediaIds).toHaveLength(2)
})

test('a network failure is retried by itself; when the retries run out a tap retries with the same photo', async () => {
  let online = false
  mock.handle(() => (online ? json(201, view('801')) : networkFail()))
  const { comp, changes } = show({ retryDelays: [0, 0] })
  await add(comp, ['wxfile://a.jpg'])
  await settle()

  expect(mock.requests(MEDIA)).toHaveLength(3) // the first try and two automatic retries
  expect(comp.querySelector('.failed-text').dom.textContent).toBe('上传失败\n点击重试')
  expect(changes[changes.length - 1]).toEqual({ mediaIds: [], uploading: false, failed: true, media: [] })
  expect(mock.wx.showToast).not.toHaveBeenCalled() // the tile says it; a toast would nag on weak signal

  online = true
  comp.querySelector('.veil.failed').dispatchEvent('tap')
  await settle()
  expect(mock.requests(MEDIA)).toHaveLength(4)
  expect(mock.requests(MEDIA)[3].filePath).toBe('wxfile://a.jpg')
  expect(changes[changes.length - 1]).toMatchObject({ mediaIds: ['801'], uploading: false, failed: false })
  expect(comp.querySelector('.failed')).toBeFalsy()
})

test('a 415 is not retried: the server’s title is shown, and a tap repeats it instead of uploading again', async () => {
  mock.handle(() => problem(415, 'MEDIA_TYPE_UNSUPPORTED', '只支持 JPG、PNG 图片'))
  const { comp, changes } = show()
  await add(comp, ['wxfile://a.heic'])
  await settle()

  expect(mock.requests(MEDIA)).toHaveLength(1)
  expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '只支持 JPG、PNG 图片', icon: 'none' })
  expect(comp.querySelector('.failed-text').dom.textContent).toBe('只支持 JPG、PNG 图片')
  expect(changes[changes.length - 1]).toMatchObject({ failed: true, uploading: false })

  comp.querySelector('.veil.failed').dispatchEvent('tap')
  await settle()
  expect(mock.requests(MEDIA)).toHaveLength(1)
  expect(mock.wx.showToast).toHaveBeenCalledTimes(2)
})

test('delete removes a photo, also one still uploading (its upload is aborted)', async () => {
  const server = mediaServer({ hold: true })
  const { comp, changes } = show()
  await add(comp, ['wxfile://a.jpg', 'wxfile://b.jpg'])

  comp.querySelectorAll('.remove')[0].dispatchEvent('tap')
  await settle()
  expect(mock.uploadTasks()[0].abort).toHaveBeenCalledTimes(1)
  expect(tiles(comp)).toHaveLength(1)
  expect(attr(comp.querySelector('.thumb'), 'src')).toBe('wxfile://b.jpg')

  server.release()
  await settle()
  expect(changes[changes.length - 1]).toMatchObject({ mediaIds: ['702'], uploading: false, failed: false }) // b's upload

  comp.querySelector('.remove').dispatchEvent('tap')
  await settle()
  expect(tiles(comp)).toHaveLength(0)
  expect(changes[changes.length - 1]).toEqual({ mediaIds: [], uploading: false, failed: false, media: [] })
})

test('a failed photo can be deleted too, and the form is no longer blocked by it', async () => {
  mock.handle(() => problem(422, 'IMAGE_UNREADABLE', '图片已损坏，无法读取'))
  const { comp, changes } = show()
  await add(comp, ['wxfile://broken.jpg'])
  await settle()
  expect(changes[changes.length - 1].failed).toBe(true)
  comp.querySelector('.remove').dispatchEvent('tap')
  await settle()
  expect(changes[changes.length - 1]).toMatchObject({ failed: false, mediaIds: [] })
})

test('a tap on an uploaded photo previews the photos', async () => {
  mediaServer()
  const { comp } = show()
  await add(comp, ['wxfile://a.jpg', 'wxfile://b.jpg'])
  await settle()
  comp.querySelectorAll('.thumb')[1].dispatchEvent('tap')
  await settle(1)
  expect(mock.wx.previewImage).toHaveBeenCalledWith({ urls: ['wxfile://a.jpg', 'wxfile://b.jpg'], current: 'wxfile://b.jpg' })
})

test('cancelling the picker adds nothing and emits nothing', async () => {
  mediaServer()
  const { comp, changes } = show()
  mock.answerChooseMedia({ fail: 'chooseMedia:fail cancel' })
  comp.querySelector('.add').dispatchEvent('tap')
  await settle()
  expect(tiles(comp)).toHaveLength(0)
  expect(changes).toEqual([])
  expect(mock.wx.showToast).not.toHaveBeenCalled()
})

test('leaving the page aborts uploads still running', async () => {
  mediaServer({ hold: true })
  const { comp } = show()
  await add(comp, ['wxfile://a.jpg'])
  comp.detach()
  expect(mock.uploadTasks()[0].abort).toHaveBeenCalledTimes(1)
})

test('reset() cancels what still uploads and empties the uploader', async () => {
  mediaServer({ hold: true })
  const { comp, changes } = show()
  await add(comp, ['wxfile://a.jpg', 'wxfile://b.jpg'])
  comp.instance.reset()
  await settle()
  expect(mock.uploadTasks().map((t) => t.abort.mock.calls.length)).toEqual([1, 1])
  expect(tiles(comp)).toHaveLength(0)
  expect(changes[changes.length - 1]).toEqual({ mediaIds: [], uploading: false, failed: false, media: [] })
})
