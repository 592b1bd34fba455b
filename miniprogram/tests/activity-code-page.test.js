// The organiser's code screen: a rotating code with its countdown, fetched again when it runs out; the screen
// kept on only while shown; the mini-program code downloaded as a file and saved to the album, a refused
// album permission explained with the way to the settings. Fake timers drive the clock.
const { setup, text } = require('./harness')
const { json, problem } = require('./wx-mock')

const { mock, load, render } = setup()
const BASE = '/api/mp/activities/31'

let id
beforeAll(() => {
  id = load('packages/activity/code')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
  jest.useFakeTimers({ now: Date.parse('2026-03-12T14:30:18+08:00') })
})
afterEach(() => {
  jest.useRealTimers()
})

// Advances the clock, then lets what that set off finish: a request's reply comes on a later tick, and a
// zero delay set inside a fake timer's callback counts as 1 ms.
async function flush(ms = 0) {
  await jest.advanceTimersByTimeAsync(ms)
  for (let i = 0; i < 8; i += 1) await jest.advanceTimersByTimeAsync(1)
}

// Codes change on the half minute; each answer says until when it is valid.
function server({ skewMs = 0, wxacode = () => ({ statusCode: 200, tempFilePath: 'wxfile://tmp/qr.png' }) } = {}) {
  let n = 0
  mock.handle((req) => {
    if (req.path === BASE) return json(200, { id: '31', title: '主题党日' })
    if (req.path === `${BASE}/wxacode`) return wxacode(req)
    if (req.path === `${BASE}/rotating-code`) {
      n += 1
      const slice = Math.floor(Date.now() / 30000) + 1
      return json(200, { code: String(n).repeat(6), validUntil: new Date(slice * 30000 + skewMs).toISOString(), periodSeconds: 30 })
    }
    return problem(404, 'NOT_FOUND', '资源不存在')
  })
}

async function open() {
  const page = render(id)
  page.instance.onLoad({ id: '31' })
  page.instance.onShow()
  await flush()
  return page
}

const codeFetches = () => mock.requests(`${BASE}/rotating-code`).length
const keepScreen = () => mock.wx.setKeepScreenOn.mock.calls.map(([o]) => o.keepScreenOn)

test('shows the code with a countdown and fetches the next one when it runs out', async () => {
  server()
  const page = await open()
  expect(text(page, '.activity-title')).toBe('主题党日')
  expect(text(page, '.code')).toBe('111111')
  expect(text(page, '.countdown')).toBe('12 秒后更新')

  await flush(5000)
  expect(text(page, '.countdown')).toBe('7 秒后更新')
  expect(codeFetches()).toBe(1)

  await flush(7000)
  expect(codeFetches()).toBe(2)
  expect(text(page, '.code')).toBe('222222')
  expect(text(page, '.countdown')).toBe('30 秒后更新')

  await flush(30000)
  expect(codeFetches()).toBe(3)
  expect(text(page, '.code')).toBe('333333')
})

test('the screen stays on while shown; hidden, it goes back and the timer stops; shown again, both resume', async () => {
  server()
  const page = await open()
  expect(keepScreen()).toEqual([true])

  page.instance.onHide()
  expect(keepScreen()).toEqual([true, false])
  await flush(120000)
  expect(codeFetches()).toBe(1)

  page.instance.onShow()
  await flush()
  expect(keepScreen()).toEqual([true, false, true])
  expect(codeFetches()).toBe(2)

  page.instance.onUnload()
  expect(keepScreen()).toEqual([true, false, true, false])
  await flush(120000)
  expect(codeFetches()).toBe(2)
})

test('a phone clock far from the server’s falls back to the period for the countdown', async () => {
  server({ skewMs: 10 * 60 * 1000 })
  const page = await open()
  expect(text(page, '.countdown')).toBe('30 秒后更新')
})

test('a failed fetch says so and tries again by itself', async () => {
  let fail = true
  mock.handle((req) => {
    if (req.path === `${BASE}/rotating-code`) {
      return fail ? problem(503, 'TRY_AGAIN', '服务繁忙') : json(200, { code: '654321', validUntil: new Date(Date.now() + 20000).toISOString(), periodSeconds: 30 })
    }
    return json(200, { title: 't' })
  })
  const page = await open()
  expect(text(page, '.code-error')).toBe('服务繁忙，点此重试')
  fail = false
  await flush(5000)
  expect(text(page, '.code')).toBe('654321')
  expect(page.querySelector('.code-error')).toBeFalsy()
})

test('someone who may not show the code is told so once, not asked again every few seconds', async () => {
  mock.handle((req) => (req.path === `${BASE}/rotating-code` ? problem(403, 'FORBIDDEN', '没有权限') : json(200, { title: 't' })))
  const page = await open()
  expect(text(page, '.code-error')).toBe('没有权限，点此重试')
  await flush(60000)
  expect(codeFetches()).toBe(1)
})

describe('the mini-program code', () => {
  test('is downloaded with the token and shown; 保存到相册 saves that file', async () => {
    server()
    const page = await open()
    const [opts] = mock.wx.downloadFile.mock.calls[0]
    expect(opts.url).toBe(`http://127.0.0.1:8080${BASE}/wxacode`)
    expect(opts.header.Authorization).toBe('Bearer tok-1')
    expect(page.querySelector('.qr').toJSON().attrs.find((a) => a.name === 'src').value).toBe('wxfile://tmp/qr.png')

    page.querySelector('.save').dispatchEvent('tap')
    await flush()
    expect(mock.wx.saveImageToPhotosAlbum).toHaveBeenCalledWith(expect.objectContaining({ filePath: 'wxfile://tmp/qr.png' }))
    expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '已保存到相册', icon: 'success' })
  })

  test('a refused album permission is explained and 去设置 opens the settings; backing out says nothing', async () => {
    server()
    const page = await open()
    const refuse = (errMsg) =>
      mock.wx.saveImageToPhotosAlbum.mockImplementationOnce((o) =>
        setTimeout(() => {
          o.fail({ errMsg })
          o.complete({})
        }, 0),
      )

    refuse('saveImageToPhotosAlbum:fail auth deny')
    mock.answerModal(true)
    page.querySelector('.save').dispatchEvent('tap')
    await flush()
    expect(mock.wx.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '无法保存到相册', confirmText: '去设置' }))
    expect(mock.wx.openSetting).toHaveBeenCalledTimes(1)

    refuse('saveImageToPhotosAlbum:fail cancel')
    page.querySelector('.save').dispatchEvent('tap')
    await flush()
    expect(mock.wx.showModal).toHaveBeenCalledTimes(1)
    expect(mock.wx.showToast).not.toHaveBeenCalled()
    expect(page.instance.data.saving).toBe(false)
  })

  test('a failed download offers a retry', async () => {
    let status = 404
    server({ wxacode: () => ({ statusCode: status, tempFilePath: 'wxfile://tmp/x.png' }) })
    const page = await open()
    expect(text(page, '.qr-error')).toBe('文件不存在或已不可见，点此重试')
    status = 200
    page.querySelector('.qr-error').dispatchEvent('tap')
    await flush()
    expect(page.querySelector('.qr')).toBeTruthy()
  })
})
