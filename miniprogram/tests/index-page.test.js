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
