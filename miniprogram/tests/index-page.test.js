const path = require('path')
const { createWxMock, json, networkFail, noContent, problem } = require('./wx-mock')

// The mock must be global before simulate loads: simulate merges it over its own stubs.
const mock = createWxMock()
global.wx = mock.wx
const simulate = require('miniprogram-simulate')

const ROOT = path.join(__dirname, '..')
const LOGIN = '/api/mp/auth/login'
const SESSION = { token: 'tok-1', expiresAt: '2999-01-01T08:00:00+08:00' }

let pageId
beforeAll(() => {
  pageId = simulate.load(path.join(ROOT, 'pages/index/index'), { rootPath: ROOT })
})
beforeEach(() => mock.reset())

function render() {
  const page = simulate.render(pageId)
  page.attach(document.createElement('parent-wrapper'))
  return page
}

// Replies come on later ticks (wx.login, then login, then /me): wait for the page to settle.
async function settle(page) {
  for (let i = 0; i < 20 && page.data.status === 'loading'; i += 1) await simulate.sleep(0)
}

const textOf = (page, selector) => {
  const node = page.querySelector(selector)
  return node ? node.dom.textContent.trim() : null
}

test('logs in without a token, then shows the nickname', async () => {
  mock.handle((req) =>
    req.path === LOGIN ? json(200, { ...SESSION, user: {} }) : json(200, { id: '1', nickname: '小林' }),
  )

  const page = render()
  expect(textOf(page, '.state-loading')).toBe('加载中…')

  await settle(page)

  expect(textOf(page, '.nickname')).toBe('小林')
  expect(page.querySelector('.state-loading')).toBeFalsy()
  expect(mock.wx.login).toHaveBeenCalledTimes(1)
  expect(mock.requests('/api/mp/me')[0].header.Authorization).toBe('Bearer tok-1')
})

test('with a valid token it skips login and shows a placeholder for an empty nickname', async () => {
  mock.storage.set('token', 'tok-1')
  mock.storage.set('expiresAt', SESSION.expiresAt)
  mock.handle(() => json(200, { id: '1', nickname: '' }))

  const page = render()
  await settle(page)

  expect(textOf(page, '.nickname')).toBe('未设置昵称')
  expect(mock.wx.login).not.toHaveBeenCalled()
})

test('shows the error title and recovers on retry', async () => {
  mock.storage.set('token', 'tok-1')
  mock.handle(() => problem(503, 'SERVICE_BUSY', '服务繁忙，请稍后重试'))

  const page = render()
  await settle(page)

  expect(textOf(page, '.error-title')).toBe('服务繁忙，请稍后重试')
  expect(page.querySelector('.nickname')).toBeFalsy()

  mock.handle(() => json(200, { id: '1', nickname: '小林' }))
  page.querySelector('.retry').dispatchEvent('tap')
  await simulate.sleep(0)
  await settle(page)

  expect(textOf(page, '.nickname')).toBe('小林')
  expect(page.querySelector('.error-title')).toBeFalsy()
  expect(mock.requests('/api/mp/me')).toHaveLength(2)
})

test('a network failure shows the network message', async () => {
  mock.storage.set('token', 'tok-1')
  mock.handle(() => networkFail())

  const page = render()
  await settle(page)

  expect(textOf(page, '.error-title')).toBe('网络不可用，请稍后重试')
})

test('links to my applications and to joining', async () => {
  mock.storage.set('token', 'tok-1')
  mock.storage.set('expiresAt', SESSION.expiresAt)
  mock.handle(() => json(200, { id: '1', nickname: '小林' }))
  const page = render()
  await settle(page)

  page.querySelector('.entry-applications').dispatchEvent('tap')
  page.querySelector('.entry-join').dispatchEvent('tap')
  await simulate.sleep(0)

  expect(mock.wx.navigateTo.mock.calls.map(([o]) => o.url)).toEqual(['/packages/apply/list', '/packages/cobuilding/join'])
})

test('退出所有设备的登录 asks first, ends every session, then signs this phone in again', async () => {
  mock.storage.set('token', 'tok-old')
  mock.storage.set('expiresAt', SESSION.expiresAt)
  mock.handle((req) => {
    if (req.path === '/api/mp/auth/logout-all') return noContent()
    if (req.path === LOGIN) return json(200, { ...SESSION, token: 'tok-new', user: {} })
    return json(200, { id: '1', nickname: '小林' })
  })
  const page = render()
  await settle(page)

  mock.answerModal(false)
  page.querySelector('.entry-logout-everywhere').dispatchEvent('tap')
  await simulate.sleep(10)
  expect(mock.requests('/api/mp/auth/logout-all')).toHaveLength(0)

  mock.answerModal(true)
  page.querySelector('.entry-logout-everywhere').dispatchEvent('tap')
  for (let i = 0; i < 20 && mock.requests('/api/mp/me').length < 2; i += 1) await simulate.sleep(0)
  await settle(page)

  expect(mock.requests('/api/mp/auth/logout-all')[0].header.Authorization).toBe('Bearer tok-old')
  expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '已退出所有设备', icon: 'success' })
  expect(mock.wx.login).toHaveBeenCalledTimes(1)
  expect(mock.requests('/api/mp/me').pop().header.Authorization).toBe('Bearer tok-new')
  expect(textOf(page, '.nickname')).toBe('小林')
})

describe('who is who', () => {
  const ME = { id: '1', nickname: '', avatarUrl: '', realName: '' }
  const sheet = (page) => page.querySelector('.profile-sheet')
  const sheetShown = (page) => Boolean(sheet(page).querySelector('.sheet'))
  const inSheet = (page, selector) => sheet(page).querySelector(selector)
  // Built-in components keep their attributes in the rendered tree, not on the DOM node.
  const attr = (node, name) => {
    const found = node.toJSON().attrs.find((a) => a.name === name)
    return found ? found.value : null
  }

  // A server that keeps the member: /me, media uploads, PATCH /me {avatarMediaId} and PUT /me.
  const AVATAR_URL = '/api/media/81/thumb?exp=1765000000&sig=t81'
  function serveMember(start = ME, { avatarReply } = {}) {
    let member = { ...start }
    mock.storage.set('token', 'tok-1')
    mock.storage.set('expiresAt', SESSION.expiresAt)
    mock.handle((req) => {
      if (req.path === '/api/mp/media') {
        if (avatarReply) return avatarReply
        return json(201, { id: '81', purpose: req.formData.purpose, contentType: 'image/jpeg', url: '/api/media/81/original?exp=1765000000&sig=o81', thumbUrl: AVATAR_URL })
      }
      if (req.path === '/api/mp/me' && req.method === 'PATCH') {
        if (req.data.avatarMediaId !== '81') return problem(422, 'VALIDATION_FAILED', '头像不可用')
        member = { ...member, avatarUrl: AVATAR_URL }
        return json(200, member)
      }
      if (req.path === '/api/mp/me' && req.method === 'PUT') {
        member = { ...member, ...JSON.parse(JSON.stringify(req.data)) } // as sent: undefined fields are not
        return json(200, member)
      }
      if (req.path === '/api/mp/me') return json(200, member)
      return problem(404, 'NOT_FOUND', '资源不存在')
    })
  }

  async function sleepUntil(check) {
    for (let i = 0; i < 100 && !check(); i += 1) await simulate.sleep(2)
  }

  test('the first time 我的 opens without a nickname the profile sheet offers itself, once', async () => {
    serveMember()
    const page = render()
    await settle(page)
    expect(sheetShown(page)).toBe(true)

    inSheet(page, '.later').dispatchEvent('tap')
    await simulate.sleep(0)
    expect(sheetShown(page)).toBe(false)

    const again = render()
    await settle(again)
    expect(sheetShown(again)).toBe(false) // not on every visit
    expect(textOf(again, '.nickname')).toBe('未设置昵称')
  })

  test('after a login without a nickname the sheet shows even if 我的 was opened before', async () => {
    mock.storage.set('profilePrompts', { mine: true })
    mock.handle((req) => (req.path === LOGIN ? json(200, { ...SESSION, user: ME }) : json(200, ME)))
    const page = render()
    await settle(page)
    expect(sheetShown(page)).toBe(true)
  })

  test('a person with a nickname sees their avatar, nickname and real name, and no sheet', async () => {
    serveMember({ id: '1', nickname: '小林', avatarUrl: '/api/avatars/k0', realName: '林一' })
    const page = render()
    await settle(page)
    expect(sheetShown(page)).toBe(false)
    expect(textOf(page, '.nickname')).toBe('小林')
    expect(textOf(page, '.real-name')).toBe('林一')
    expect(attr(page.querySelector('.avatar'), 'src')).toBe('http://127.0.0.1:8080/api/avatars/k0')
  })

  test('choose an avatar: it is uploaded at once; then 保存 writes nickname and real name', async () => {
    serveMember({ id: '1', nickname: '小林', avatarUrl: '', realName: '' })
    const page = render()
    await settle(page)

    page.querySelector('.profile').dispatchEvent('tap')
    await simulate.sleep(0)
    expect(sheetShown(page)).toBe(true)
    expect(attr(inSheet(page, '.nickname-input'), 'type')).toBe('nickname')
    expect(attr(inSheet(page, '.avatar-button'), 'openType')).toBe('chooseAvatar')

    inSheet(page, '.avatar-button').dispatchEvent('chooseavatar', { detail: { avatarUrl: 'wxfile://tmp/a.jpg' } })
    await sleepUntil(() => mock.requests('/api/mp/me').some((r) => r.method === 'PATCH'))
    const [upload] = mock.requests('/api/mp/media')
    expect(upload).toMatchObject({ filePath: 'wxfile://tmp/a.jpg', name: 'file', formData: { purpose: 'AVATAR' } })
    expect(upload.header.Authorization).toBe('Bearer tok-1')
    const patch = mock.requests('/api/mp/me').find((r) => r.method === 'PATCH')
    expect(patch.data).toEqual({ avatarMediaId: '81' })
    expect(mock.requests('/api/mp/me/avatar')).toHaveLength(0) // the stopgap endpoint is not used any more
    await settle(page)
    await simulate.sleep(0)
    expect(attr(inSheet(page, '.avatar'), 'src')).toBe(`http://127.0.0.1:8080${AVATAR_URL}`)

    inSheet(page, '.nickname-input').dispatchEvent('input', { detail: { value: '  林同学 ' } })
    inSheet(page, '.real-name-input').dispatchEvent('input', { detail: { value: '林一' } })
    inSheet(page, '.save').dispatchEvent('tap')
    await sleepUntil(() => !sheetShown(page))

    const puts = mock.requests('/api/mp/me').filter((r) => r.method === 'PUT')
    expect(puts).toHaveLength(1)
    // The avatar is already the server's; the WeChat temp path never reaches PUT /me.
    expect(puts[0].data).toEqual({ nickname: '林同学', realName: '林一' })
    expect(textOf(page, '.nickname')).toBe('林同学')
    expect(textOf(page, '.real-name')).toBe('林一')
    expect(attr(page.querySelector('.avatar'), 'src')).toBe(`http://127.0.0.1:8080${AVATAR_URL}`)
  })

  test.each([
    [413, 'FILE_TOO_LARGE', '图片太大，请换一张'],
    [415, 'MEDIA_TYPE_UNSUPPORTED', '只支持 JPG 或 PNG 图片'],
  ])('an upload refused with %s says why and keeps the old avatar', async (status, code, message) => {
    // A proxy's own page for the status, not our problem JSON: the toast still says what to do.
    serveMember({ id: '1', nickname: '小林', avatarUrl: '/api/avatars/k0' }, { avatarReply: { statusCode: status, data: '<html>nope</html>' } })
    const page = render()
    await settle(page)
    page.querySelector('.profile').dispatchEvent('tap')
    await simulate.sleep(0)

    inSheet(page, '.avatar-button').dispatchEvent('chooseavatar', { detail: { avatarUrl: 'wxfile://tmp/big.heic' } })
    await sleepUntil(() => mock.wx.showToast.mock.calls.length > 0)
    await simulate.sleep(0)

    expect(mock.wx.showToast).toHaveBeenCalledWith({ title: message, icon: 'none' })
    expect(attr(inSheet(page, '.avatar'), 'src')).toBe('http://127.0.0.1:8080/api/avatars/k0')
    expect(mock.requests('/api/mp/media')).toHaveLength(1) // a refusal is not retried
    expect(mock.requests('/api/mp/me').filter((r) => r.method === 'PATCH')).toHaveLength(0)
    expect(code).toBeTruthy()
  })

  test('the server’s own refusal of an avatar shows its title', async () => {
    serveMember({ id: '1', nickname: '小林', avatarUrl: '' }, { avatarReply: problem(422, 'IMAGE_UNREADABLE', '图片已损坏，无法读取') })
    const page = render()
    await settle(page)
    page.querySelector('.profile').dispatchEvent('tap')
    await simulate.sleep(0)
    inSheet(page, '.avatar-button').dispatchEvent('chooseavatar', { detail: { avatarUrl: 'wxfile://tmp/broken.jpg' } })
    await sleepUntil(() => mock.wx.showToast.mock.calls.length > 0)
    expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '图片已损坏，无法读取', icon: 'none' })
    expect(sheet(page).instance.data.uploading).toBe(false)
  })

  test('a nickname is required, and the server’s field errors are shown', async () => {
    serveMember({ id: '1', nickname: '小林' })
    const page = render()
    await settle(page)
    page.querySelector('.profile').dispatchEvent('tap')
    await simulate.sleep(0)

    inSheet(page, '.nickname-input').dispatchEvent('input', { detail: { value: '   ' } })
    inSheet(page, '.save').dispatchEvent('tap')
    await simulate.sleep(0)
    expect(sheet(page).querySelector('.error-nickname').dom.textContent.trim()).toBe('请填写昵称')
    expect(mock.requests('/api/mp/me').filter((r) => r.method === 'PUT')).toHaveLength(0)

    mock.handle(() =>
      problem(422, 'VALIDATION_FAILED', '填写的内容有误', '', {
        data: { title: '填写的内容有误', status: 422, code: 'VALIDATION_FAILED', errors: { nickname: '昵称不能超过 20 个字' } },
      }),
    )
    inSheet(page, '.nickname-input').dispatchEvent('input', { detail: { value: '林' } })
    inSheet(page, '.save').dispatchEvent('tap')
    await sleepUntil(() => mock.requests('/api/mp/me').length === 2 && !sheet(page).instance.data.saving)
    expect(sheet(page).querySelector('.error-nickname').dom.textContent.trim()).toBe('昵称不能超过 20 个字')
    expect(sheetShown(page)).toBe(true)
  })

  test('links to the privacy policy', async () => {
    serveMember({ id: '1', nickname: '小林' })
    const page = render()
    await settle(page)
    page.querySelector('.entry-privacy').dispatchEvent('tap')
    await simulate.sleep(0)
    expect(mock.wx.navigateTo).toHaveBeenCalledWith({ url: '/pages/privacy/index' })
  })
})
