const { createWxMock, json, noContent, networkFail, problem } = require('./wx-mock')

const mock = createWxMock()
global.wx = mock.wx

const auth = require('../services/auth')
const { ApiError } = require('../services/errors')

const USER = { id: '1001', nickname: '小林', avatarUrl: 'https://media.example.invalid/a.png', realName: '林一' }
const SESSION = { token: 'tok-1', expiresAt: '2030-01-01T08:00:00+08:00', user: USER }

beforeEach(() => mock.reset())

describe('login', () => {
  test('exchanges the wx.login code for a token and stores it', async () => {
    mock.storage.set('token', 'old') // must not be sent: this call creates the token
    mock.handle(() => json(200, SESSION))

    await expect(auth.login()).resolves.toEqual(SESSION)

    const [sent] = mock.requests()
    expect(sent).toMatchObject({ method: 'POST', path: '/api/mp/auth/login', data: { code: 'code-1' } })
    expect(sent.header).not.toHaveProperty('Authorization')
    expect(mock.storage.get('token')).toBe('tok-1')
    expect(mock.storage.get('expiresAt')).toBe('2030-01-01T08:00:00+08:00')
  })

  test('a rejected code rejects once with WX_CODE_INVALID and stores nothing', async () => {
    mock.handle(() => problem(401, 'WX_CODE_INVALID', '微信登录已失效，请重试'))

    const error = await auth.login().catch((e) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 401, code: 'WX_CODE_INVALID' })
    expect(mock.wx.login).toHaveBeenCalledTimes(1)
    expect(mock.requests()).toHaveLength(1)
    expect(mock.storage.has('token')).toBe(false)
  })

  test('a failing wx.login becomes WX_LOGIN_FAILED without calling the server', async () => {
    mock.wx.login.mockImplementationOnce(({ fail }) => fail({ errMsg: 'login:fail auth deny' }))

    await expect(auth.login()).rejects.toMatchObject({
      status: 0,
      code: 'WX_LOGIN_FAILED',
      detail: 'login:fail auth deny',
    })
    expect(mock.wx.request).not.toHaveBeenCalled()
  })
})

describe('hasValidToken', () => {
  test('is false without a token', () => {
    expect(auth.hasValidToken()).toBe(false)
  })

  test('is false once expiresAt has passed and true before', () => {
    mock.storage.set('token', 'tok-1')
    mock.storage.set('expiresAt', '2000-01-01T08:00:00+08:00')
    expect(auth.hasValidToken()).toBe(false)

    mock.storage.set('expiresAt', '2999-01-01T08:00:00+08:00')
    expect(auth.hasValidToken()).toBe(true)
  })
})

describe('logout', () => {
  test('tells the server and clears the stored session', async () => {
    mock.storage.set('token', 'tok-1')
    mock.storage.set('expiresAt', SESSION.expiresAt)
    mock.handle(() => noContent())

    await auth.logout()

    expect(mock.requests()[0]).toMatchObject({ method: 'POST', path: '/api/mp/auth/logout' })
    expect(mock.requests()[0].header.Authorization).toBe('Bearer tok-1')
    expect(mock.storage.has('token')).toBe(false)
    expect(mock.storage.has('expiresAt')).toBe(false)
  })

  test('clears the stored session even when the server cannot be reached', async () => {
    mock.storage.set('token', 'tok-1')
    mock.storage.set('expiresAt', SESSION.expiresAt)
    mock.handle(() => networkFail())

    await expect(auth.logout()).rejects.toMatchObject({ code: 'NETWORK_ERROR' })
    expect(mock.storage.has('token')).toBe(false)
    expect(mock.storage.has('expiresAt')).toBe(false)
  })

  test('an expired token is not renewed just to log out', async () => {
    mock.storage.set('token', 'expired')
    mock.handle(() => problem(401, 'UNAUTHENTICATED', '请先登录'))

    await expect(auth.logout()).rejects.toMatchObject({ status: 401 })
    expect(mock.wx.login).not.toHaveBeenCalled()
    expect(mock.storage.has('token')).toBe(false)
  })

  test('without a token nothing is sent', async () => {
    await auth.logout()
    expect(mock.wx.request).not.toHaveBeenCalled()
  })
})

describe('logout everywhere', () => {
  test('asks the server to end every session and forgets this one too', async () => {
    mock.storage.set('token', 'tok-1')
    mock.storage.set('expiresAt', SESSION.expiresAt)
    mock.storage.set('user', USER)
    mock.handle(() => noContent())

    await auth.logoutEverywhere()

    expect(mock.requests()).toHaveLength(1)
    expect(mock.requests()[0]).toMatchObject({ method: 'POST', path: '/api/mp/auth/logout-all' })
    expect(mock.requests()[0].header.Authorization).toBe('Bearer tok-1')
    expect(mock.storage.has('token')).toBe(false)
    expect(mock.storage.has('user')).toBe(false)
  })
})

describe('profile', () => {
  test('me() reads GET /api/mp/me', async () => {
    mock.storage.set('token', 'tok-1')
    mock.handle((req) =>
      req.method === 'GET' && req.path === '/api/mp/me' ? json(200, USER) : problem(404, 'NOT_FOUND', '资源不存在'),
    )

    await expect(auth.me()).resolves.toEqual(USER)
  })

  test('updateMe() sends the given fields with PUT and returns the updated user', async () => {
    mock.storage.set('token', 'tok-1')
    mock.handle((req) => json(200, { ...USER, ...req.data }))

    const updated = await auth.updateMe({
      nickname: '小林同学',
      avatarUrl: 'https://media.example.invalid/b.png',
      realName: '林一',
      role: 'ADMIN',
    })

    expect(updated.nickname).toBe('小林同学')
    const [sent] = mock.requests()
    expect(sent).toMatchObject({ method: 'PUT', path: '/api/mp/me' })
    // Only profile fields go out, whatever else the caller passes.
    expect(sent.data).toEqual({ nickname: '小林同学', avatarUrl: 'https://media.example.invalid/b.png', realName: '林一' })
  })
})

describe('avatar', () => {
  test('uploadAvatar() uploads the file as media (AVATAR), sets it with PATCH /me {avatarMediaId} and keeps the answer', async () => {
    mock.storage.set('token', 'tok-1')
    const withAvatar = { ...USER, avatarUrl: '/api/media/81/thumb?exp=1765000000&sig=t81' }
    mock.handle((req) => (req.path === '/api/mp/media' ? json(201, { id: '81', purpose: 'AVATAR' }) : json(200, withAvatar)))

    await expect(auth.uploadAvatar('wxfile://tmp/a.jpg')).resolves.toEqual(withAvatar)

    const [upload] = mock.requests('/api/mp/media')
    const [patch] = mock.requests('/api/mp/me')
    expect(upload).toMatchObject({ method: 'POST', path: '/api/mp/media', filePath: 'wxfile://tmp/a.jpg', name: 'file', formData: { purpose: 'AVATAR' } })
    expect(upload.header.Authorization).toBe('Bearer tok-1')
    expect(patch).toMatchObject({ method: 'PATCH', path: '/api/mp/me', data: { avatarMediaId: '81' } })
    // The next currentUser() is the member with the new avatar, not the one stored at login.
    expect(mock.storage.get('user')).toEqual(withAvatar)
  })

  test('an upload lost to the network is retried; a refused one is not, and no avatar is set', async () => {
    mock.storage.set('token', 'tok-1')
    let uploads = 0
    mock.handle((req) => {
      if (req.path !== '/api/mp/media') return json(200, USER)
      uploads += 1
      return uploads === 1 ? networkFail() : json(201, { id: '82' })
    })
    await auth.uploadAvatar('wxfile://tmp/a.jpg', { retryDelaysMs: [0] })
    expect(uploads).toBe(2)
    expect(mock.requests('/api/mp/me')[0].data).toEqual({ avatarMediaId: '82' })

    mock.reset()
    mock.storage.set('token', 'tok-1')
    mock.handle(() => problem(413, 'FILE_TOO_LARGE', '文件不能超过 10 MB'))
    await expect(auth.uploadAvatar('wxfile://tmp/big.jpg', { retryDelaysMs: [0] })).rejects.toMatchObject({ status: 413, code: 'FILE_TOO_LARGE' })
    expect(mock.requests()).toHaveLength(1)
  })

  test('updateMe() keeps the saved member as the stored user', async () => {
    mock.storage.set('token', 'tok-1')
    mock.storage.set('user', USER)
    mock.handle((req) => json(200, { ...USER, ...req.data }))
    await auth.updateMe({ nickname: '新名字' })
    expect(mock.storage.get('user').nickname).toBe('新名字')
  })
})

describe('currentUser', () => {
  test('is the user stored at login, without asking the server', async () => {
    mock.handle(() => json(200, SESSION))
    await auth.login()
    mock.handle(() => {
      throw new Error('no request expected')
    })

    await expect(auth.currentUser()).resolves.toEqual(USER)
    expect(mock.requests()).toHaveLength(1) // the login only
  })

  test('without a stored user asks GET /api/mp/me once and keeps the answer', async () => {
    mock.storage.set('token', 'tok-1')
    mock.handle(() => json(200, USER))

    await expect(auth.currentUser()).resolves.toEqual(USER)
    await expect(auth.currentUser()).resolves.toEqual(USER)
    expect(mock.requests('/api/mp/me')).toHaveLength(1)
  })

  test('logout forgets the user', async () => {
    mock.storage.set('token', 'tok-1')
    mock.storage.set('user', USER)
    mock.handle(() => noContent())
    await auth.logout()
    expect(mock.storage.has('user')).toBe(false)
  })
})
