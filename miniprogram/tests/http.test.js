const { createWxMock, json, noContent, text, networkFail, problem } = require('./wx-mock')

const mock = createWxMock()
global.wx = mock.wx

const { request, upload } = require('../services/http')
const { ApiError } = require('../services/errors')
require('../services/auth') // registers the re-login handler, as app.js does

const USER = { id: '9007199254740993', nickname: '小林', avatarUrl: '', realName: '' }
const LOGIN = '/api/mp/auth/login'

// A server that accepts only `validToken` and hands it out on login.
function tokenServer({ validToken = 'fresh', routes = {} } = {}) {
  return (req) => {
    if (req.path === LOGIN) return json(200, { token: validToken, expiresAt: '2030-01-01T08:00:00+08:00', user: USER })
    if (req.header.Authorization !== `Bearer ${validToken}`) return problem(401, 'UNAUTHENTICATED', '请先登录')
    const route = routes[`${req.method} ${req.path}`]
    return route ? route(req) : problem(404, 'NOT_FOUND', '资源不存在')
  }
}

beforeEach(() => mock.reset())

describe('request', () => {
  test('sends the stored token and resolves with the body', async () => {
    mock.storage.set('token', 'fresh')
    mock.handle(tokenServer({ routes: { 'GET /api/mp/me': () => json(200, USER) } }))

    await expect(request({ path: '/api/mp/me' })).resolves.toEqual(USER)

    const [sent] = mock.requests('/api/mp/me')
    expect(sent.url).toBe('http://127.0.0.1:8080/api/mp/me')
    expect(sent.header.Authorization).toBe('Bearer fresh')
  })

  test('auth: false sends no Authorization header', async () => {
    mock.storage.set('token', 'fresh')
    mock.handle(() => json(200, { ok: true }))

    await request({ method: 'POST', path: '/api/public/ping', auth: false })

    expect(mock.requests()[0].header).not.toHaveProperty('Authorization')
  })

  test('204 resolves with null', async () => {
    mock.storage.set('token', 'fresh')
    mock.handle(() => noContent())

    await expect(request({ method: 'POST', path: '/api/mp/auth/logout' })).resolves.toBeNull()
  })
})

describe('401 handling', () => {
  test('logs in once and retries the request with the new token', async () => {
    mock.storage.set('token', 'stale')
    mock.handle(tokenServer({ routes: { 'GET /api/mp/me': () => json(200, USER) } }))

    await expect(request({ path: '/api/mp/me' })).resolves.toEqual(USER)

    expect(mock.wx.login).toHaveBeenCalledTimes(1)
    expect(mock.requests(LOGIN)).toHaveLength(1)
    expect(mock.requests(LOGIN)[0].data).toEqual({ code: 'code-1' })
    expect(mock.requests('/api/mp/me').map((r) => r.header.Authorization)).toEqual(['Bearer stale', 'Bearer fresh'])
    expect(mock.storage.get('token')).toBe('fresh')
  })

  test('concurrent 401s share one login and both retry', async () => {
    mock.storage.set('token', 'stale')
    mock.handle(
      tokenServer({
        routes: {
          'GET /api/mp/me': () => json(200, USER),
          'GET /api/mp/cobuildings': () => json(200, { items: [], page: 1, size: 20, total: 0 }),
        },
      }),
    )

    const [me, list] = await Promise.all([request({ path: '/api/mp/me' }), request({ path: '/api/mp/cobuildings' })])

    expect(me).toEqual(USER)
    expect(list.total).toBe(0)
    expect(mock.wx.login).toHaveBeenCalledTimes(1)
    expect(mock.requests(LOGIN)).toHaveLength(1)
    expect(mock.requests('/api/mp/me')).toHaveLength(2)
    expect(mock.requests('/api/mp/cobuildings')).toHaveLength(2)
  })

  test('a 401 arriving after another caller already logged in again retries without a second login', async () => {
    mock.storage.set('token', 'stale')
    const server = tokenServer({ routes: { 'GET /api/mp/me': () => json(200, USER) } })
    // The first /me answer is slow: it comes back after the other call has finished its re-login.
    let meCalls = 0
    mock.handle((req) => {
      const reply = server(req)
      if (req.path === '/api/mp/me' && ++meCalls === 1) return { ...reply, delay: 30 }
      return reply
    })

    const slow = request({ path: '/api/mp/me' })
    await expect(request({ path: '/api/mp/me' })).resolves.toEqual(USER)
    await expect(slow).resolves.toEqual(USER)

    expect(mock.wx.login).toHaveBeenCalledTimes(1)
    expect(mock.requests('/api/mp/me')).toHaveLength(4)
  })

  test('a second 401 after the retry rejects instead of looping', async () => {
    mock.storage.set('token', 'stale')
    // Login succeeds but the server still refuses the new token (e.g. the account was disabled).
    mock.handle((req) =>
      req.path === LOGIN
        ? json(200, { token: 'fresh', expiresAt: '2030-01-01T08:00:00+08:00', user: USER })
        : problem(401, 'UNAUTHENTICATED', '请先登录', '令牌无效'),
    )

    const error = await request({ path: '/api/mp/me' }).catch((e) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', title: '请先登录' })
    expect(mock.wx.login).toHaveBeenCalledTimes(1)
    expect(mock.requests('/api/mp/me')).toHaveLength(2)
  })

  test('a failed login rejects every waiter with the login error', async () => {
    mock.storage.set('token', 'stale')
    mock.handle((req) =>
      req.path === LOGIN
        ? problem(401, 'WX_CODE_INVALID', '微信登录已失效，请重试')
        : problem(401, 'UNAUTHENTICATED', '请先登录'),
    )

    const results = await Promise.allSettled([
      request({ path: '/api/mp/me' }),
      request({ path: '/api/mp/cobuildings' }),
    ])

    for (const result of results) {
      expect(result.status).toBe('rejected')
      expect(result.reason).toMatchObject({ status: 401, code: 'WX_CODE_INVALID', title: '微信登录已失效，请重试' })
    }
    expect(mock.wx.login).toHaveBeenCalledTimes(1)
    expect(mock.requests(LOGIN)).toHaveLength(1)
    expect(mock.requests('/api/mp/me')).toHaveLength(1) // no retry after a failed login
    expect(mock.storage.get('token')).toBe('stale')
  })

  test('a later 401 starts a new login once the previous one has settled', async () => {
    mock.storage.set('token', 'stale')
    mock.handle(tokenServer({ routes: { 'GET /api/mp/me': () => json(200, USER) } }))
    await request({ path: '/api/mp/me' })

    mock.storage.set('token', 'revoked')
    await expect(request({ path: '/api/mp/me' })).resolves.toEqual(USER)

    expect(mock.wx.login).toHaveBeenCalledTimes(2)
  })

  test('relogin: false hands the 401 back without logging in', async () => {
    mock.storage.set('token', 'stale')
    mock.handle(tokenServer())

    await expect(request({ method: 'POST', path: '/api/mp/auth/logout', relogin: false })).rejects.toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    })
    expect(mock.wx.login).not.toHaveBeenCalled()
  })
})

describe('errors', () => {
  test.each([
    [422, 'VALIDATION_FAILED', '提交的内容有误', '昵称不能超过 20 个字'],
    [404, 'COBUILDING_NOT_FOUND', '共建不存在', '编号 42 的共建不存在'],
  ])('problem details %i become an ApiError with its fields', async (status, code, title, detail) => {
    mock.storage.set('token', 'fresh')
    mock.handle(() => problem(status, code, title, detail))

    const error = await request({ method: 'PUT', path: '/api/mp/me', data: {} }).catch((e) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error).toBeInstanceOf(Error)
    expect(error).toMatchObject({ status, code, title, detail, requestId: `req-${code}`, message: title })
    expect(mock.requests()).toHaveLength(1)
  })

  test('the field errors of a 422 are kept; anything else in their place is dropped', async () => {
    mock.storage.set('token', 'fresh')
    const body = (errors) => ({
      data: { type: 'about:blank', title: '提交的内容有误', status: 422, code: 'VALIDATION_FAILED', errors },
    })
    mock.handle(() => problem(422, 'VALIDATION_FAILED', '提交的内容有误', '', body({ 'lead.name': '单位名称不能超过 100 个字' })))
    await expect(request({ method: 'PUT', path: '/api/mp/applications/1', data: {} })).rejects.toMatchObject({
      errors: { 'lead.name': '单位名称不能超过 100 个字' },
    })

    mock.handle(() => problem(422, 'VALIDATION_FAILED', '提交的内容有误', '', body(['not', 'a', 'map'])))
    const error = await request({ method: 'PUT', path: '/api/mp/applications/1', data: {} }).catch((e) => e)
    expect(error.errors).toBeNull()
  })

  test('a network failure becomes NETWORK_ERROR with status 0', async () => {
    mock.handle(() => networkFail('request:fail timeout'))

    const error = await request({ path: '/api/mp/me' }).catch((e) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 0,
      code: 'NETWORK_ERROR',
      title: '网络不可用，请稍后重试',
      detail: 'request:fail timeout',
    })
  })

  test('a non-JSON error body becomes HTTP_<status> without leaking the body', async () => {
    mock.handle(() => text(502, '<html>Bad Gateway</html>'))

    const error = await request({ path: '/api/mp/me' }).catch((e) => e)

    expect(error).toMatchObject({ status: 502, code: 'HTTP_502' })
    expect(error.title).toContain('502')
    expect(error.title).not.toContain('html')
  })
})

describe('upload', () => {
  test('sends the file with the token and parses the string body', async () => {
    mock.storage.set('token', 'fresh')
    const stored = { id: '77', url: 'https://media.example.invalid/77' }
    mock.handle(tokenServer({ routes: { 'POST /api/mp/media': () => json(201, stored) } }))

    const media = await upload({
      path: '/api/mp/media',
      filePath: 'wxfile://tmp_photo.jpg',
      formData: { kind: 'CHECKIN' },
    })

    expect(media).toEqual(stored)
    const [sent] = mock.wx.uploadFile.mock.calls[0]
    expect(sent).toMatchObject({ filePath: 'wxfile://tmp_photo.jpg', name: 'file', formData: { kind: 'CHECKIN' } })
    expect(sent.header.Authorization).toBe('Bearer fresh')
  })

  test('a problem in the string body becomes an ApiError', async () => {
    mock.storage.set('token', 'fresh')
    mock.handle(() => problem(413, 'MEDIA_TOO_LARGE', '图片太大了', '最大 10 MB'))

    await expect(upload({ path: '/api/mp/media', filePath: 'wxfile://tmp_big.jpg' })).rejects.toMatchObject({
      status: 413,
      code: 'MEDIA_TOO_LARGE',
      title: '图片太大了',
    })
  })

  test('re-logs in on 401 and uploads again', async () => {
    mock.storage.set('token', 'stale')
    mock.handle(tokenServer({ routes: { 'POST /api/mp/media': () => json(201, { id: '78' }) } }))

    await expect(upload({ path: '/api/mp/media', filePath: 'wxfile://tmp_photo.jpg' })).resolves.toEqual({ id: '78' })

    expect(mock.wx.login).toHaveBeenCalledTimes(1)
    expect(mock.wx.uploadFile).toHaveBeenCalledTimes(2)
  })
})
