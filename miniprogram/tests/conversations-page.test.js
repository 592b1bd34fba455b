const { setup, text, texts } = require('./harness')
const { json, problem } = require('./wx-mock')
const { conversationView, message, ME, MYSELF, BUREAU } = require('./fixtures')

const { mock, load, render, settle, simulate } = setup()
const socket = require('../services/socket') // the instance the page uses

const LIST = '/api/mp/conversations'

const GROUP = conversationView({ unread: 3 })
const DIRECT = conversationView({
  id: 'd5',
  type: 'DIRECT',
  title: '局联络员张',
  cobuildingId: '9',
  peer: { type: 'ADMIN', id: '7', displayName: '局联络员张', avatarUrl: '' },
  lastMessage: { seq: 4, preview: '材料收到了', createdAt: '2026-03-09T08:00:00+08:00' },
  unread: 120,
  maxSeq: 4,
  lastReadSeq: 0,
})

let id
let page
beforeAll(() => {
  id = load('pages/conversations/index')
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

function serve(items) {
  mock.handle(() => json(200, { items, page: 0, size: 20, total: items.length }))
}

async function shown(items) {
  serve(items)
  page = render(id)
  page.instance.onShow()
  await settle()
  return page
}

const lastBadge = () => mock.wx.setTabBarBadge.mock.calls[mock.wx.setTabBarBadge.mock.calls.length - 1][0]
const frame = (conversationId, msg) => mock.socket().emit({ type: 'message', conversationId, message: msg })

test('lists conversations with kind, preview, time and unread, and totals them on the tab', async () => {
  await shown([GROUP, DIRECT])

  expect(texts(page, '.title')).toEqual(['闽江大学·海峡新材料先锋号', '局联络员张'])
  expect(texts(page, '.tag')).toEqual(['群聊', '科技局'])
  expect(texts(page, '.preview')).toEqual(['明天的活动改到下午', '材料收到了'])
  expect(texts(page, '.badge')).toEqual(['3', '99+'])
  expect(texts(page, '.time').every((t) => t.length > 0)).toBe(true)
  expect(lastBadge()).toMatchObject({ index: 0, text: '99+' })
})

test('the policy assistant conversation is tagged 政策助手', async () => {
  const ASSISTANT = conversationView({ id: 'a1', type: 'ASSISTANT', title: '问政策', cobuildingId: null, peer: null, unread: 1 })
  await shown([GROUP, ASSISTANT])
  expect(texts(page, '.tag')).toEqual(['群聊', '政策助手'])
})

test('the tab badge goes when nothing is unread', async () => {
  await shown([conversationView({ unread: 0 })])
  expect(page.querySelector('.badge')).toBeFalsy()
  expect(mock.wx.removeTabBarBadge).toHaveBeenCalledWith(expect.objectContaining({ index: 0 }))
  expect(mock.wx.setTabBarBadge).not.toHaveBeenCalled()
})

test('the socket starts once the list has loaded', async () => {
  await shown([GROUP])
  expect(mock.sockets()).toHaveLength(1)
  expect(mock.socket().header.Authorization).toBe('Bearer tok-1')
})

test('a new message moves its conversation to the top and counts as unread', async () => {
  await shown([GROUP, DIRECT])
  mock.socket().open()
  await settle()

  frame('d5', message(5, { conversationId: 'd5', sender: BUREAU, text: '请周五前提交', createdAt: new Date().toISOString() }))
  await simulate.sleep(0)

  expect(texts(page, '.title')).toEqual(['局联络员张', '闽江大学·海峡新材料先锋号'])
  expect(texts(page, '.preview')[0]).toBe('请周五前提交')
  expect(texts(page, '.time')[0]).toBe('刚刚')
  expect(page.instance.data.items[0].unread).toBe(121)
  expect(lastBadge().text).toBe('99+')

  // The same message again (a second socket, a resync) is not counted twice.
  frame('d5', message(5, { conversationId: 'd5', sender: BUREAU, text: '请周五前提交' }))
  await simulate.sleep(0)
  expect(page.instance.data.items[0].unread).toBe(121)
})

test('my own messages and those of an open conversation do not count; read marks clear', async () => {
  await shown([conversationView({ unread: 2 })])
  mock.socket().open()
  await settle()

  frame('c1', message(13, { sender: MYSELF, text: '我发的' }))
  await simulate.sleep(0)
  expect(page.instance.data.items[0]).toMatchObject({ unread: 2, preview: '我发的' })

  // A room has c1 open (subscribed): what arrives there is being read.
  mock.handle((req) => json(200, req.path === LIST ? { items: [], page: 0, size: 20, total: 0 } : { items: [], hasMore: false }))
  const unsubscribe = socket.subscribe('c1', 13, () => {})
  frame('c1', message(14))
  await simulate.sleep(0)
  expect(page.instance.data.items[0].unread).toBe(2)
  unsubscribe()

  mock.socket().emit({ type: 'read', conversationId: 'c1', userId: ME.id, seq: 14 })
  await simulate.sleep(0)
  expect(page.instance.data.items[0].unread).toBe(0)
  expect(page.querySelector('.badge')).toBeFalsy()
  expect(mock.wx.removeTabBarBadge).toHaveBeenCalled()
})

test('a message for a conversation not in the list reloads the list', async () => {
  await shown([GROUP])
  mock.socket().open()
  await settle()
  const before = mock.requests(LIST).length

  serve([conversationView({ id: 'd9', type: 'DIRECT', title: '赵工', unread: 1 }), GROUP])
  frame('d9', message(1, { conversationId: 'd9' }))
  await settle()

  expect(mock.requests(LIST)).toHaveLength(before + 1)
  expect(texts(page, '.title')).toEqual(['赵工', '闽江大学·海峡新材料先锋号'])
})

test('a reconnect reloads the list; a recalled last message changes the preview', async () => {
  await shown([GROUP])
  mock.socket().open()
  await settle()
  expect(mock.requests(LIST)).toHaveLength(2) // the show, and the open

  mock.socket().emit({ type: 'recall', conversationId: 'c1', seq: 12 })
  await simulate.sleep(0)
  expect(text(page, '.preview')).toBe('撤回了一条消息')
})

test("a one-to-one shows the peer's avatar from the API's address; without one, the initial", async () => {
  const member = conversationView({
    id: 'd6',
    type: 'DIRECT',
    title: '赵工',
    peer: { type: 'MEMBER', id: '201', displayName: '赵工', avatarUrl: '/api/avatars/k7' },
    unread: 0,
  })
  await shown([member, { ...DIRECT, unread: 0 }])
  const images = page.querySelectorAll('.avatar-image')
  expect(images.map((img) => img.toJSON().attrs.find((a) => a.name === 'src').value)).toEqual([
    'http://127.0.0.1:8080/api/avatars/k7',
  ])
  expect(texts(page, '.avatar')).toEqual(['', '局'])
})

test('tapping a conversation opens its room', async () => {
  await shown([GROUP, conversationView({ id: 'c2', title: '已退出的先锋号', writable: false })])
  page.querySelectorAll('.item')[1].dispatchEvent('tap')
  await simulate.sleep(0)
  expect(mock.wx.navigateTo).toHaveBeenCalledWith({
    url: `/packages/chat/room?id=c2&title=${encodeURIComponent('已退出的先锋号')}&readonly=1`,
  })
})

describe('empty', () => {
  const APPS = '/api/mp/applications'
  function serveWithApplications(applications) {
    mock.handle((req) =>
      json(200, req.path === APPS ? { items: applications, page: 0, size: 20, total: applications.length } : { items: [], page: 0, size: 20, total: 0 }),
    )
  }

  async function shownEmpty(applications) {
    serveWithApplications(applications)
    page = render(id)
    page.instance.onShow()
    await settle()
  }

  test('says where group chats come from and offers applying as well as joining', async () => {
    await shownEmpty([])
    expect(text(page, '.empty-title')).toBe('群聊会显示在这里')
    expect(page.querySelector('.reviewing')).toBeFalsy()

    page.querySelector('.join').dispatchEvent('tap')
    page.querySelector('.apply').dispatchEvent('tap')
    await simulate.sleep(0)
    expect(mock.wx.navigateTo.mock.calls.map(([o]) => o.url)).toEqual(['/packages/cobuilding/join', '/packages/apply/form'])
  })

  test('an application under review is mentioned, with a link to it', async () => {
    await shownEmpty([{ id: '501', status: 'SUBMITTED', mode: 'JOINT', leadName: '闽江大学' }])
    expect(text(page, '.reviewing-text')).toBe('你的申报审核中')
    page.querySelector('.reviewing').dispatchEvent('tap')
    await simulate.sleep(0)
    expect(mock.wx.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/apply/form?id=501' })
    expect(page.querySelector('.apply')).toBeTruthy()
    expect(page.querySelector('.join')).toBeTruthy()
  })

  test('申报 continues a draft rather than starting another', async () => {
    await shownEmpty([{ id: '502', status: 'DRAFT', mode: 'JOINT', leadName: '' }])
    expect(page.querySelector('.reviewing')).toBeFalsy()
    page.querySelector('.apply').dispatchEvent('tap')
    await simulate.sleep(0)
    expect(mock.wx.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/apply/form?id=502' })
  })

  test('a list with conversations does not ask for applications', async () => {
    await shown([GROUP])
    expect(mock.requests(APPS)).toHaveLength(0)
  })
})

describe('profile', () => {
  // A first launch: no token yet, so the list's request meets 401 and logs in, as a new member's does.
  function serveFirstLogin(user) {
    mock.storage.delete('token')
    mock.storage.delete('user')
    mock.handle((req) => {
      if (req.path === '/api/mp/auth/login') return json(200, { token: 'tok-new', expiresAt: '2099-01-01T00:00:00Z', user })
      if (req.header.Authorization !== 'Bearer tok-new') return problem(401, 'UNAUTHORIZED', '请先登录')
      return json(200, { items: [GROUP], page: 0, size: 20, total: 1 })
    })
  }
  const sheetShown = () => Boolean(page.querySelector('.profile-sheet').querySelector('.sheet'))

  test('after a login without a nickname the profile sheet offers itself, once', async () => {
    serveFirstLogin({ id: '100', nickname: '', avatarUrl: '', realName: '' })
    page = render(id)
    page.instance.onShow()
    await settle()
    expect(mock.requests('/api/mp/auth/login')).toHaveLength(1)
    expect(texts(page, '.title')).toEqual(['闽江大学·海峡新材料先锋号'])
    expect(sheetShown()).toBe(true)

    page.querySelector('.profile-sheet').querySelector('.later').dispatchEvent('tap') // 以后再说
    await settle()
    expect(sheetShown()).toBe(false)
    page.instance.onShow()
    await settle()
    expect(sheetShown()).toBe(false)
  })

  test('someone who has a nickname is not asked', async () => {
    serveFirstLogin({ id: '100', nickname: '小林', avatarUrl: '', realName: '' })
    page = render(id)
    page.instance.onShow()
    await settle()
    expect(mock.requests('/api/mp/auth/login')).toHaveLength(1)
    expect(sheetShown()).toBe(false)
  })
})

test('a skeleton stands in while the first load runs', async () => {
  mock.handle(() => json(200, { items: [GROUP], page: 0, size: 20, total: 1 }, { delay: 50 }))
  page = render(id)
  page.instance.onShow()
  await simulate.sleep(0)
  expect(page.querySelectorAll('.skeleton-item').length).toBeGreaterThan(0)
  expect(page.querySelector('.item')).toBeFalsy()

  await simulate.sleep(60)
  await settle()
  expect(page.querySelector('.skeleton-item')).toBeFalsy()
  expect(texts(page, '.title')).toEqual(['闽江大学·海峡新材料先锋号'])
})

test('a conversation with a half-typed draft shows [草稿] and the draft', async () => {
  require('../services/outbox').saveDraft('c1', '明天我带材料')
  await shown([GROUP, DIRECT])
  expect(texts(page, '.preview')).toEqual(['[草稿] 明天我带材料', '材料收到了'])
  expect(text(page, '.draft-mark')).toBe('[草稿]')
})

test('a draft in a conversation that turned read-only is not mentioned', async () => {
  require('../services/outbox').saveDraft('c1', '发不出去了')
  await shown([conversationView({ writable: false })])
  expect(texts(page, '.preview')).toEqual(['明天的活动改到下午'])
})

test('the title says when the socket is connecting or catching up, and 消息 once it is live', async () => {
  await shown([GROUP])
  const titles = () => mock.wx.setNavigationBarTitle.mock.calls.map(([o]) => o.title)
  expect(titles()[titles().length - 1]).toBe('连接中…')

  mock.handle((req) => json(200, req.path === LIST ? { items: [GROUP], page: 0, size: 20, total: 1 } : { items: [], hasMore: false }))
  const unsubscribe = socket.subscribe('c1', 12, () => {}) // a room has c1 open: the open syncs it
  mock.socket().open()
  expect(titles()[titles().length - 1]).toBe('收取中…')
  await settle()
  expect(titles()[titles().length - 1]).toBe('消息')
  unsubscribe()

  mock.socket().serverClose(1006)
  expect(titles()[titles().length - 1]).toBe('连接中…')
})

test('while a room covers the tab, the connection state does not retitle the room', async () => {
  await shown([GROUP])
  page.instance.onHide()
  const before = mock.wx.setNavigationBarTitle.mock.calls.length
  mock.socket().open()
  await settle()
  mock.socket().serverClose(1006)
  expect(mock.wx.setNavigationBarTitle.mock.calls.length).toBe(before)

  page.instance.onShow()
  await settle()
  expect(mock.wx.setNavigationBarTitle).toHaveBeenLastCalledWith({ title: '连接中…' })
})

test('a synced page of messages updates its conversation in one go', async () => {
  await shown([GROUP, DIRECT])
  mock.socket().open()
  await settle()
  const setData = jest.spyOn(page.instance, 'setData')
  // As the socket hands a synced page to every listener.

  const messages = [13, 14, 15].map((seq) => message(seq, { text: `补收${seq}`, createdAt: new Date().toISOString() }))
  page.instance.onSocketEvent({ type: 'messages', conversationId: 'c1', messages })
  await simulate.sleep(0)

  expect(setData).toHaveBeenCalledTimes(1)
  expect(page.instance.data.items[0]).toMatchObject({ id: 'c1', unread: 6, preview: '补收15', maxSeq: 15 })
})

test('pull-down refresh reloads and stops the spinner', async () => {
  await shown([GROUP])
  serve([GROUP, DIRECT])
  await page.instance.onPullDownRefresh()
  expect(texts(page, '.title')).toHaveLength(2)
  expect(mock.wx.stopPullDownRefresh).toHaveBeenCalled()
})
