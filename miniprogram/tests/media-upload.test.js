// Uploading photos: http.js upload() progress and abort, the media service, and utils/photo-upload.js
// (compress above 1 MB, retry network failures with backoff, never a refusal).
const { createWxMock, json, networkFail, problem, text } = require('./wx-mock')

const mock = createWxMock()
global.wx = mock.wx

const { upload, uploadAbort } = require('../services/http')
const media = require('../services/media')
const photos = require('../utils/photo-upload')
const { choosePhotos } = require('../utils/choose-photos')
require('../services/auth') // the re-login handler, as app.js registers it

const VIEW = {
  id: '701',
  purpose: 'CHECKIN',
  contentType: 'image/jpeg',
  size: 182000,
  width: 1280,
  height: 960,
  url: '/api/media/701/original?exp=1&sig=a',
  thumbUrl: '/api/media/701/thumb?exp=1&sig=b',
  capturedAt: null,
  checkStatus: 'PENDING',
  hidden: false,
  createdAt: '2026-12-01T10:00:00+08:00',
}
const MEDIA = '/api/mp/media'

beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

describe('http upload()', () => {
  test('feeds onProgress from the UploadTask and resolves with the parsed body', async () => {
    mock.handle(() => ({ ...json(201, VIEW), progress: [12, 55, 100] }))
    const seen = []

    const result = await upload({ path: MEDIA, filePath: 'wxfile://a.jpg', onProgress: (p) => seen.push(p) })

    expect(result).toEqual(VIEW)
    expect(seen.map((p) => p.progress)).toEqual([12, 55, 100])
    expect(seen[0]).toEqual({ progress: 12, totalBytesSent: 12000, totalBytesExpectedToSend: 100000 })
  })

  test('abort() cancels the running task and rejects with UPLOAD_ABORTED', async () => {
    let answer
    mock.handle(() => new Promise((resolve) => (answer = resolve)))
    const abort = uploadAbort()

    const pending = upload({ path: MEDIA, filePath: 'wxfile://a.jpg', abort })
    await new Promise((r) => setTimeout(r, 0))
    abort.abort()

    await expect(pending).rejects.toMatchObject({ status: 0, code: 'UPLOAD_ABORTED' })
    expect(mock.uploadTasks()[0].abort).toHaveBeenCalledTimes(1)
    answer(json(201, VIEW)) // the server's late answer changes nothing
  })

  test('an upload aborted before it starts sends nothing', async () => {
    mock.handle(() => json(201, VIEW))
    const abort = uploadAbort()
    abort.abort()
    await expect(upload({ path: MEDIA, filePath: 'wxfile://a.jpg', abort })).rejects.toMatchObject({ code: 'UPLOAD_ABORTED' })
    expect(mock.requests()).toHaveLength(0)
  })

  test('an expired token logs in again and the upload starts over, progress and all', async () => {
    mock.storage.set('token', 'stale')
    mock.handle((req) => {
      if (req.path === '/api/mp/auth/login') return json(200, { token: 'fresh', expiresAt: '2030-01-01T08:00:00+08:00', user: { id: '1' } })
      if (req.header.Authorization !== 'Bearer fresh') return { ...problem(401, 'UNAUTHENTICATED', '请先登录'), progress: [100] }
      return { ...json(201, VIEW), progress: [40, 100] }
    })
    const seen = []
    await expect(upload({ path: MEDIA, filePath: 'wxfile://a.jpg', onProgress: (p) => seen.push(p.progress) })).resolves.toEqual(VIEW)
    expect(seen).toEqual([100, 40, 100])
    expect(mock.requests(MEDIA).map((r) => r.header.Authorization)).toEqual(['Bearer stale', 'Bearer fresh'])
  })

  test('a network failure rejects with NETWORK_ERROR', async () => {
    mock.handle(() => networkFail('uploadFile:fail timeout'))
    await expect(upload({ path: MEDIA, filePath: 'wxfile://a.jpg' })).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' })
  })
})

describe('media service', () => {
  test('uploadMedia → POST /api/mp/media, multipart file with the purpose as form field', async () => {
    mock.handle(() => json(201, VIEW))
    await expect(media.uploadMedia('wxfile://a.jpg', 'CHAT')).resolves.toEqual(VIEW)
    const [sent] = mock.requests(MEDIA)
    expect(sent).toMatchObject({ method: 'POST', filePath: 'wxfile://a.jpg', name: 'file', formData: { purpose: 'CHAT' } })
    expect(sent.header.Authorization).toBe('Bearer tok-1')
  })

  test('getMedia → GET /api/mp/media/{id}', async () => {
    mock.handle(() => json(200, VIEW))
    await expect(media.getMedia('701')).resolves.toEqual(VIEW)
    expect(mock.requests('/api/mp/media/701')[0].method).toBe('GET')
  })

  test('the server’s refusal arrives as an ApiError with its Chinese title', async () => {
    mock.handle(() => problem(415, 'MEDIA_TYPE_UNSUPPORTED', '只支持 JPG、PNG 图片'))
    await expect(media.uploadMedia('wxfile://a.gif', 'CHAT')).rejects.toMatchObject({
      status: 415,
      code: 'MEDIA_TYPE_UNSUPPORTED',
      title: '只支持 JPG、PNG 图片',
    })
  })
})

describe('photo-upload', () => {
  test('a file over 1 MB is compressed at quality 80 and the copy is uploaded', async () => {
    mock.handle(() => json(201, VIEW))
    await photos.uploadPhoto({ path: 'wxfile://big.jpg', size: 4 * 1024 * 1024 }, { purpose: 'CHECKIN' })

    expect(mock.wx.compressImage).toHaveBeenCalledTimes(1)
    expect(mock.wx.compressImage.mock.calls[0][0]).toMatchObject({ src: 'wxfile://big.jpg', quality: 80 })
    expect(mock.requests(MEDIA)[0].filePath).toBe('wxfile://big.jpg.compressed.jpg')
  })

  test('a file of 1 MB or less goes as it is', async () => {
    mock.handle(() => json(201, VIEW))
    await photos.uploadPhoto({ path: 'wxfile://small.jpg', size: 1024 * 1024 }, { purpose: 'CHECKIN' })
    expect(mock.wx.compressImage).not.toHaveBeenCalled()
    expect(mock.requests(MEDIA)[0].filePath).toBe('wxfile://small.jpg')
  })

  test('when compressing fails the original is uploaded', async () => {
    mock.handle(() => json(201, VIEW))
    mock.wx.compressImage.mockImplementationOnce((o) => setTimeout(() => o.fail({ errMsg: 'compressImage:fail' }), 0))
    await photos.uploadPhoto({ path: 'wxfile://big.jpg', size: 3 * 1024 * 1024 }, { purpose: 'CHECKIN' })
    expect(mock.requests(MEDIA)[0].filePath).toBe('wxfile://big.jpg')
  })

  test('network failures are retried after each backoff wait, then the view comes back', async () => {
    let calls = 0
    mock.handle(() => (++calls < 3 ? networkFail() : json(201, VIEW)))
    const retries = []
    const started = Date.now()

    const view = await photos.uploadPhoto(
      { path: 'wxfile://a.jpg', size: 1000 },
      { purpose: 'CHECKIN', retryDelaysMs: [20, 40], onRetry: (n) => retries.push(n) },
    )

    expect(view).toEqual(VIEW)
    expect(mock.requests(MEDIA)).toHaveLength(3)
    expect(retries).toEqual([1, 2])
    expect(Date.now() - started).toBeGreaterThanOrEqual(55) // waited 20 then 40 ms
  })

  test('a server fault (503) is retried too; after the last wait the failure is final', async () => {
    mock.handle(() => problem(503, 'TRY_AGAIN', '服务繁忙，请稍后重试'))
    await expect(
      photos.uploadPhoto({ path: 'wxfile://a.jpg', size: 1000 }, { purpose: 'CHECKIN', retryDelaysMs: [0, 0] }),
    ).rejects.toMatchObject({ status: 503 })
    expect(mock.requests(MEDIA)).toHaveLength(3)
  })

  test.each([
    [413, 'FILE_TOO_LARGE', '文件不能超过 10 MB'],
    [415, 'MEDIA_TYPE_UNSUPPORTED', '只支持 JPG、PNG 图片'],
    [422, 'IMAGE_UNREADABLE', '图片已损坏，无法读取'],
  ])('a %i is not retried and keeps the server’s title', async (status, code, title) => {
    mock.handle(() => problem(status, code, title))
    const err = await photos
      .uploadPhoto({ path: 'wxfile://a.jpg', size: 1000 }, { purpose: 'CHECKIN', retryDelaysMs: [0, 0] })
      .catch((e) => e)
    expect(err).toMatchObject({ status, code })
    expect(mock.requests(MEDIA)).toHaveLength(1)
    expect(photos.uploadErrorTitle(err)).toBe(title)
  })

  test('a proxy’s 413 page gets our own words, not its text', async () => {
    mock.handle(() => text(413, '<html>Request Entity Too Large</html>'))
    const err = await photos.uploadPhoto({ path: 'wxfile://a.jpg', size: 1000 }, { purpose: 'CHAT' }).catch((e) => e)
    expect(photos.uploadErrorTitle(err)).toBe('图片太大，请换一张')
  })

  test('an abort during the backoff wait ends it without another request', async () => {
    mock.handle(() => networkFail())
    const abort = uploadAbort()
    const pending = photos.uploadPhoto({ path: 'wxfile://a.jpg', size: 1000 }, { purpose: 'CHAT', abort, retryDelaysMs: [30] })
    await new Promise((r) => setTimeout(r, 10))
    abort.abort()
    await expect(pending).rejects.toMatchObject({ code: 'UPLOAD_ABORTED' })
    expect(mock.requests(MEDIA)).toHaveLength(1)
  })

  test('choosePhotos asks for images only, camera-only when told, compressed', async () => {
    mock.answerChooseMedia([{ path: 'wxfile://c1.jpg', size: 2048 }])
    await expect(choosePhotos({ count: 2, cameraOnly: true })).resolves.toEqual([{ path: 'wxfile://c1.jpg', size: 2048 }])
    expect(mock.wx.chooseMedia.mock.calls[0][0]).toMatchObject({
      count: 2,
      mediaType: ['image'],
      sourceType: ['camera'],
      sizeType: ['compressed'],
    })

    await choosePhotos({ count: 1 })
    expect(mock.wx.chooseMedia.mock.calls[1][0].sourceType).toEqual(['album', 'camera'])
  })

  test('choosePhotos: a cancel is no photos; a refused permission is explained', async () => {
    mock.answerChooseMedia({ fail: 'chooseMedia:fail cancel' })
    await expect(choosePhotos()).resolves.toEqual([])
    mock.answerChooseMedia({ fail: 'chooseMedia:fail auth deny' })
    await expect(choosePhotos()).rejects.toEqual({ title: '没有相机或相册权限，请在设置中允许' })
  })
})
