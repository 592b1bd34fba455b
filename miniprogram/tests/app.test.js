// app.js: the chat connection follows the app's launch, show and hide, and the network. The real
// socket, auth and outbox modules run against the wx mock, with jest's fake timers.
const { message, ME } = require('./fixtures')
const { createWxMock, json, problem } = require('./wx-mock')

const mock = createWxMock()
global.wx = mock.wx

let app
let socket
let networkListener
beforeEach(() => {
  jest.useFakeTimers()
  jest.resetModules()
  mock.reset()
  mock.wx.onNetworkStatusChange.mockImplementation((fn) => {
    networkListener = fn
  })
  global.App = jest.fn((config) => {
    app = config
  })
  socket = require('../services/socket')
})
afterEach(() => {
  socket.stop()
  jest.useRealTimers()
  delete global.App
})

async function flush() {
  for (let i = 0; i < 20; i += 1) await jest.advanceTimersByTimeAsync(1)
}

function signedIn() {
  mock.storage.set('token', 'tok-1')
  mock.storage.set('expiresAt', '2099-01-01T00:00:00+08:00')
  mock.storage.set('user', ME)
}

function launch() {
  require('../app')
  app.onLaunch({})
  app.onShow({})
}

test('launch connects a signed-in user once, and nobody else', () => {
  launch()
  expect(mock.wx.connectSocket).not.toHaveBeenCalled()

  jest.resetModules()
  socket = require('../services/socket')
  signedIn()
  launch()
  expect(mock.sockets()).toHaveLength(1)
})

test('launch with an expired token does not connect', () => {
  signedIn()
  mock.storage.set('expiresAt', '2020-01-01T00:00:00+08:00')
  launch()
  expect(mock.wx.connectSocket).not.toHaveBeenCalled()
})

test('show reconnects at once, without waiting out the backoff', async () => {
  signedIn()
  mock.handle((req) => (req.path === '/api/mp/me' ? json(200, ME) : problem(404, 'NOT_FOUND', '无')))
  launch()
  for (const delay of [1000, 2000, 4000, 8000]) {
    mock.socket().error() // unreachable
    await jest.advanceTimersByTimeAsync(delay)
    await flush()
  }
  mock.socket().error() // the next attempt is 16 s away
  const count = mock.sockets().length

  app.onHide()
  app.onShow({})
  await flush()
  expect(mock.sockets()).toHaveLength(count + 1)
})

test('hide stops pinging; show probes the socket and replaces it when it does not answer', async () => {
  signedIn()
  launch()
  const task = mock.socket()
  task.open()

  app.onHide()
  await jest.advanceTimersByTimeAsync(300000)
  expect(task.sent()).toEqual([])
  expect(task.closed).toBe(false)

  app.onShow({})
  expect(task.sent()).toEqual([{ type: 'ping' }])
  await jest.advanceTimersByTimeAsync(5000) // no pong: it died while the app was away
  expect(task.closed).toBe(true)
  await jest.advanceTimersByTimeAsync(1000)
  expect(mock.sockets()).toHaveLength(2)
})

test('the network coming back reconnects at once', async () => {
  signedIn()
  launch()
  mock.socket().open()

  networkListener({ isConnected: false, networkType: 'none' })
  expect(mock.socket().closed).toBe(true)
  await jest.advanceTimersByTimeAsync(60000)
  expect(mock.sockets()).toHaveLength(1)

  networkListener({ isConnected: true, networkType: 'wifi' })
  expect(mock.sockets()).toHaveLength(2)
})

test('a (re)connect resends what the outbox kept, with the same clientMsgId', async () => {
  signedIn()
  const outbox = require('../services/outbox')
  outbox.savePending('c1', [{ clientMsgId: 'dkept0001', text: '断网时写的', createdAt: '2026-03-10T09:00:00+08:00' }])
  mock.handle((req) =>
    req.method === 'POST' ? json(201, message(9, { clientMsgId: req.data.clientMsgId, text: req.data.text })) : json(200, { items: [], hasMore: false }),
  )
  launch()
  mock.socket().open()
  await flush()

  const posts = mock.requests('/api/mp/conversations/c1/messages').filter((r) => r.method === 'POST')
  expect(posts.map((r) => r.data)).toEqual([{ clientMsgId: 'dkept0001', type: 'TEXT', text: '断网时写的' }])
  expect(outbox.read('c1').pending).toEqual([])
})
