// services/socket.js against the wx mock's scriptable SocketTask, with jest's fake timers:
// backoff, heartbeat and debounced work are driven by advancing the clock, and the mock's
// HTTP replies (setTimeout 0) arrive whenever the clock is flushed.
const { message } = require('./fixtures')
const { createWxMock, json, noContent, problem } = require('./wx-mock')

const mock = createWxMock()
global.wx = mock.wx

const USER = { id: '100', nickname: '小林', avatarUrl: '' }

let socket
let auth
beforeEach(() => {
  jest.useFakeTimers()
  // socket.js keeps its state in the module: a fresh copy per test.
  jest.resetModules()
  mock.reset()
  socket = require('../services/socket')
  auth = require('../services/auth')
})
afterEach(() => {
  socket.stop()
  jest.useRealTimers()
})

// A message of any conversation; the fixture's own is of c1.
const msg = (conversationId, seq, extra = {}) => message(seq, { id: `${conversationId}-${seq}`, conversationId, ...extra })

// Runs everything due now, including replies and the promise chains they start. Moves the
// clock on by a few ms: fake timers run a 0 ms timeout set during a tick 1 ms later.
async function flush() {
  for (let i = 0; i < 20; i += 1) await jest.advanceTimersByTimeAsync(1)
}

async function wait(ms) {
  await jest.advanceTimersByTimeAsync(ms)
  await flush()
}

// A server holding `store` (conversationId → seqs it has) that pages sync requests by `limit`.
function chatServer(store, routes = {}) {
  return (req) => {
    const route = routes[`${req.method} ${req.path}`]
    if (route) return route(req)
    const m = req.path.match(/^\/api\/mp\/conversations\/([^/]+)\/messages$/)
    if (m && req.method === 'GET') {
      const after = store[m[1]].filter((seq) => seq > req.data.afterSeq)
      const page = after.slice(0, req.data.limit)
      return json(200, { items: page.map((seq) => msg(m[1], seq)), hasMore: after.length > page.length })
    }
    if (req.path === '/api/mp/me') return json(200, USER)
    return problem(404, 'NOT_FOUND', '资源不存在')
  }
}

const seqRange = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i)
const syncRequests = (id) => mock.requests(`/api/mp/conversations/${id}/messages`).map((r) => r.data)

// Subscribes and records the seqs of the messages delivered.
function watch(conversationId, lastSeq) {
  const events = []
  const unsubscribe = socket.subscribe(conversationId, lastSeq, (e) => events.push(e))
  const delivered = (e) => (e.type === 'message' ? [e.message] : e.type === 'messages' ? e.messages : [])
  const seqs = () => events.flatMap(delivered).map((m) => m.seq)
  // How many events the messages came in: a synced page is one.
  const batches = () => events.filter((e) => e.type === 'message' || e.type === 'messages').map((e) => delivered(e).length)
  return { events, seqs, batches, unsubscribe }
}

describe('connecting', () => {
  test('does nothing without a stored token', () => {
    socket.start()
    expect(mock.wx.connectSocket).not.toHaveBeenCalled()
  })

  test('connects once to /ws with the stored token, however often it is started', () => {
    mock.storage.set('token', 'tok 1')
    socket.start()
    socket.start()
    expect(mock.sockets()).toHaveLength(1)
    expect(mock.socket().url).toBe('ws://127.0.0.1:8080/ws')
    expect(mock.socket().header).toEqual({ Authorization: 'Bearer tok 1' })
  })

  test('reconnects after 1 s, 2 s, 4 s … at most 30 s, and back to 1 s after an open', async () => {
    mock.storage.set('token', 'tok-1')
    mock.handle(chatServer({}))
    socket.start()

    for (const delay of [1000, 2000, 4000, 8000, 16000, 30000, 30000]) {
      const count = mock.sockets().length
      mock.socket().error() // unreachable: never opens
      await wait(delay - 100)
      expect(mock.sockets()).toHaveLength(count)
      await wait(100)
      expect(mock.sockets()).toHaveLength(count + 1)
    }

    mock.socket().open()
    const count = mock.sockets().length
    mock.socket().serverClose(1006)
    await wait(1000)
    expect(mock.sockets()).toHaveLength(count + 1)
  })

  test('stop() closes the socket and nothing reconnects', async () => {
    mock.storage.set('token', 'tok-1')
    socket.start()
    const task = mock.socket()
    task.open()

    socket.stop()
    await wait(120000)

    expect(task.close).toHaveBeenCalled()
    expect(mock.sockets()).toHaveLength(1)
    expect(task.sent()).toEqual([])
  })

  test('logging out stops the socket', async () => {
    mock.storage.set('token', 'tok-1')
    mock.handle((req) => (req.path === '/api/mp/auth/logout' ? noContent() : problem(404, 'NOT_FOUND', '无')))
    socket.start()
    const task = mock.socket()
    task.open()

    const done = auth.logout()
    await flush()
    await done
    await wait(60000)

    expect(task.closed).toBe(true)
    expect(mock.sockets()).toHaveLength(1)
  })
})

describe('token renewal', () => {
  // Only `fresh` is accepted over HTTP; logging in hands it out.
  function renewingServer() {
    return (req) => {
      if (req.path === '/api/mp/auth/login') return json(200, { token: 'fresh', expiresAt: '2030-01-01T08:00:00+08:00', user: USER })
      if (req.header.Authorization !== 'Bearer fresh') return problem(401, 'UNAUTHENTICATED', '请先登录')
      return req.path === '/api/mp/me' ? json(200, USER) : problem(404, 'NOT_FOUND', '无')
    }
  }

  test('a 4401 close logs in again and reconnects with the new token', async () => {
    mock.storage.set('token', 'stale')
    mock.handle(renewingServer())
    socket.start()
    mock.socket().open()

    mock.socket().serverClose(4401, 'unauthorized')
    await wait(1000)

    expect(mock.wx.login).toHaveBeenCalledTimes(1)
    expect(mock.sockets()).toHaveLength(2)
    expect(mock.socket().header.Authorization).toBe('Bearer fresh')
  })

  test('a handshake refused before opening renews the token too', async () => {
    mock.storage.set('token', 'stale')
    mock.handle(renewingServer())
    socket.start()

    mock.socket().error('connect fail')
    await wait(1000)

    expect(mock.wx.login).toHaveBeenCalledTimes(1)
    expect(mock.socket().header.Authorization).toBe('Bearer fresh')
  })

  test('a socket replaced by a newer one of the same member stays closed until the next start', async () => {
    mock.storage.set('token', 'tok-1')
    mock.handle(chatServer({}))
    socket.start()
    mock.socket().open()

    mock.socket().serverClose(4409, 'replaced')
    await wait(60000)
    expect(mock.sockets()).toHaveLength(1)

    socket.start()
    expect(mock.sockets()).toHaveLength(2)
  })

  test('an ordinary close of an open socket reconnects without logging in', async () => {
    mock.storage.set('token', 'tok-1')
    mock.handle(chatServer({}))
    socket.start()
    mock.socket().open()

    mock.socket().serverClose(1001)
    await wait(1000)

    expect(mock.requests()).toHaveLength(0)
    expect(mock.socket().header.Authorization).toBe('Bearer tok-1')
  })
})

describe('heartbeat', () => {
  // The server answers every ping with a pong (ChatSocketHandler).
  const answerPings = (task) => task.send.mockImplementation((o) => o.data.includes('ping') && setTimeout(() => task.emit({ type: 'pong' }), 50))

  test('pings every 10 s while open; a socket that answers stays', async () => {
    mock.storage.set('token', 'tok-1')
    socket.start()
    const task = mock.socket()
    answerPings(task)
    task.open()

    await wait(9900)
    expect(task.sent()).toEqual([])
    await wait(100)
    expect(task.sent()).toEqual([{ type: 'ping' }])
    await wait(110000)
    expect(task.sent()).toHaveLength(12)
    expect(task.closed).toBe(false)
    expect(mock.sockets()).toHaveLength(1)
  })

  test('a socket that dies silently is noticed within 30 s and replaced', async () => {
    mock.storage.set('token', 'tok-1')
    socket.start()
    const task = mock.socket()
    answerPings(task)
    task.open()
    await wait(15000)

    task.send.mockImplementation(() => {}) // the network drops everything; no close ever arrives
    const diedAt = Date.now()
    while (!task.closed && Date.now() - diedAt < 60000) await wait(1000)
    expect(Date.now() - diedAt).toBeLessThanOrEqual(30000)
    await wait(1000)
    expect(mock.sockets()).toHaveLength(2)
  })

  test('a connect that neither opens nor fails is given up after 10 s', async () => {
    mock.storage.set('token', 'tok-1')
    mock.handle(chatServer({}))
    socket.start()
    await wait(10000)
    expect(mock.sockets()[0].closed).toBe(true)
    await wait(1000)
    expect(mock.sockets()).toHaveLength(2)
  })
})

describe('the stuck task', () => {
  // Some base libraries call fail synchronously, before connectSocket has returned the task.
  function failSynchronously({ returnsTask }) {
    const real = mock.wx.connectSocket.getMockImplementation()
    mock.wx.connectSocket.mockImplementationOnce((opts) => {
      const task = real(opts)
      opts.fail({ errMsg: 'connectSocket:fail' })
      return returnsTask ? task : undefined
    })
  }

  test.each([true, false])('a fail before connectSocket returns still reconnects (task returned: %s)', async (returnsTask) => {
    mock.storage.set('token', 'tok-1')
    mock.handle(chatServer({}))
    failSynchronously({ returnsTask })
    socket.start()
    expect(socket.getState()).toBe('connecting')

    await wait(1000)
    expect(mock.sockets()).toHaveLength(2)
    mock.socket().open()
    expect(socket.getState()).toBe('online')
  })
})

test('isLive: from the open, through the catching up, until the socket is lost or stopped', async () => {
  mock.storage.set('token', 'tok-1')
  // A sync that takes a while, so the socket is open but still catching up.
  mock.handle(() => json(200, { items: [], hasMore: false }, { delay: 50 }))
  expect(socket.isLive()).toBe(false)
  socket.subscribe('c1', 0, () => {})
  expect(socket.isLive()).toBe(false) // connecting
  mock.socket().open()
  expect(socket.getState()).toBe('syncing')
  expect(socket.isLive()).toBe(true)
  await wait(60)
  expect(socket.getState()).toBe('online')
  expect(socket.isLive()).toBe(true)
  mock.socket().error()
  expect(socket.isLive()).toBe(false)
  socket.stop()
  expect(socket.isLive()).toBe(false)
})

describe('reconnecting at once', () => {
  beforeEach(() => {
    mock.storage.set('token', 'tok-1')
    mock.handle(chatServer({}))
  })

  // Fails `times` connects in a row, so the backoff has grown to its 2^times s step.
  async function failRepeatedly(times) {
    socket.start()
    for (let i = 0; i < times; i += 1) {
      mock.socket().error()
      await wait(2 ** i * 1000)
    }
    mock.socket().error() // now waiting 2^times s
  }

  test('reconnectNow skips the backoff wait and starts it over', async () => {
    await failRepeatedly(4) // the next attempt would be 16 s away
    const count = mock.sockets().length

    socket.reconnectNow()
    await flush() // a socket refused before opening renews the token first
    expect(mock.sockets()).toHaveLength(count + 1)
    mock.socket().error()
    await wait(1000) // back to 1 s
    expect(mock.sockets()).toHaveLength(count + 2)
  })

  test('reconnectNow probes an open socket: no answer within 5 s replaces it', async () => {
    socket.start()
    const task = mock.socket()
    task.open()
    await wait(3000)

    socket.reconnectNow()
    expect(task.sent()).toEqual([{ type: 'ping' }])
    await wait(5000)
    expect(task.closed).toBe(true)
    await wait(1000)
    expect(mock.sockets()).toHaveLength(2)
  })

  test('an open socket that answers the probe stays', async () => {
    socket.start()
    const task = mock.socket()
    task.open()
    socket.reconnectNow()
    task.emit({ type: 'pong' })
    await wait(6000)
    expect(task.closed).toBe(false)
  })

  test('reconnectNow after a replaced socket connects again', async () => {
    socket.start()
    mock.socket().open()
    mock.socket().serverClose(4409)
    socket.reconnectNow()
    expect(mock.sockets()).toHaveLength(2)
  })

  test('the network going away stops the attempts; its return reconnects at once', async () => {
    socket.start()
    const task = mock.socket()
    task.open()

    socket.networkChanged({ isConnected: false, networkType: 'none' })
    expect(task.closed).toBe(true)
    expect(socket.getState()).toBe('connecting')
    await wait(120000)
    expect(mock.sockets()).toHaveLength(1)

    socket.networkChanged({ isConnected: true, networkType: '4g' })
    expect(mock.sockets()).toHaveLength(2)
  })

  test('paused (app in the background), an open socket is not pinged nor judged by its silence', async () => {
    socket.start()
    const task = mock.socket()
    task.open()
    socket.pause()
    task.emit({ type: 'message', conversationId: 'c9', message: msg('c9', 1) }) // a frame still arriving
    await wait(120000)
    expect(task.sent()).toEqual([])
    expect(task.closed).toBe(false)

    socket.reconnectNow() // shown again: a probe, then pinging resumes
    task.emit({ type: 'pong' })
    await wait(10000)
    expect(task.sent()).toEqual([{ type: 'ping' }, { type: 'ping' }])
  })
})

describe('state', () => {
  test('offline → connecting → syncing → online, back to connecting when the socket drops', async () => {
    mock.storage.set('token', 'tok-1')
    const store = { c1: [1, 2] }
    mock.handle(chatServer(store))
    const states = []
    socket.watchState((s) => states.push(s))
    watch('c1', 0)

    socket.start()
    mock.socket().open()
    await flush()
    mock.socket().serverClose(1006)

    expect(states).toEqual(['connecting', 'syncing', 'online', 'connecting'])
    socket.stop()
    expect(socket.getState()).toBe('offline')
  })
})

describe('delivery', () => {
  beforeEach(() => mock.storage.set('token', 'tok-1'))

  test('after opening, a tracked conversation syncs from its last seq page by page', async () => {
    mock.handle(chatServer({ c1: seqRange(1, 130) }))
    const c1 = watch('c1', 3)
    socket.start()
    mock.socket().open()
    await flush()

    expect(syncRequests('c1')).toEqual([
      { afterSeq: 3, limit: 50 },
      { afterSeq: 53, limit: 50 },
      { afterSeq: 103, limit: 50 },
    ])
    expect(c1.seqs()).toEqual(seqRange(4, 130))
    expect(c1.batches()).toEqual([50, 50, 27]) // one event per synced page
  })

  test('after a reconnect the sync starts from what the socket delivered', async () => {
    const store = { c1: [1, 2, 3, 4] }
    mock.handle(chatServer(store))
    const c1 = watch('c1', 2)
    socket.start()
    mock.socket().open()
    await flush()
    mock.socket().emit({ type: 'message', conversationId: 'c1', message: msg('c1', 5) })

    mock.socket().serverClose(1006)
    store.c1.push(5, 6, 7) // sent while we were away
    await wait(1000)
    mock.socket().open()
    await flush()

    expect(syncRequests('c1').map((d) => d.afterSeq)).toEqual([2, 5])
    expect(c1.seqs()).toEqual([3, 4, 5, 6, 7])
  })

  test('a message that arrives by socket and again by sync is delivered once', async () => {
    mock.handle(chatServer({ c1: [1, 2, 3, 4, 5] }))
    const c1 = watch('c1', 3)
    socket.start()
    mock.socket().open() // the sync request is on its way…
    mock.socket().emit({ type: 'message', conversationId: 'c1', message: msg('c1', 4) })
    mock.socket().emit({ type: 'message', conversationId: 'c1', message: msg('c1', 4) })
    await flush() // …and answers 4 and 5

    expect(c1.seqs()).toEqual([4, 5])
  })

  test('a seq gap fetches the missing messages and delivers all in order', async () => {
    const store = { c1: [1, 2, 3] }
    mock.handle(chatServer(store))
    const c1 = watch('c1', 3)
    socket.start()
    mock.socket().open()
    await flush()

    store.c1.push(4, 5, 6)
    mock.socket().emit({ type: 'message', conversationId: 'c1', message: msg('c1', 6) })
    expect(c1.seqs()).toEqual([]) // 6 must not overtake 4 and 5
    await flush()

    expect(syncRequests('c1').map((d) => d.afterSeq)).toEqual([3, 3])
    expect(c1.seqs()).toEqual([4, 5, 6])
  })

  test('a failed sync is retried at the next heartbeat', async () => {
    let down = true
    const server = chatServer({ c1: [1, 2] })
    mock.handle((req) => (down ? problem(503, 'SERVICE_BUSY', '服务繁忙') : server(req)))
    const c1 = watch('c1', 0)
    socket.start()
    mock.socket().open()
    await flush()
    expect(c1.seqs()).toEqual([])

    down = false
    await wait(25000)
    expect(c1.seqs()).toEqual([1, 2])
  })

  test('a message I sent and marked seen is not delivered again', async () => {
    mock.handle(chatServer({ c1: [1] }))
    const c1 = watch('c1', 1)
    socket.start()
    mock.socket().open()
    await flush()

    socket.seen('c1', 2)
    mock.socket().emit({ type: 'message', conversationId: 'c1', message: msg('c1', 2) })
    mock.socket().emit({ type: 'message', conversationId: 'c1', message: msg('c1', 3) })
    expect(c1.seqs()).toEqual([3])
  })

  test('updates, recalls and read marks reach the subscriber; every event reaches listeners', async () => {
    mock.handle(chatServer({ c1: [] }))
    const c1 = watch('c1', 0)
    const all = []
    socket.listen((e) => all.push(e))
    socket.start()
    const task = mock.socket()
    task.open()
    await flush()

    const changed = msg('c1', 1, { contentCheck: 'BLOCKED', text: null })
    task.emit({ type: 'update', conversationId: 'c1', message: changed })
    task.emit({ type: 'recall', conversationId: 'c1', seq: 1, recalledBy: 'BUREAU' })
    task.emit({ type: 'read', conversationId: 'c1', userId: '100', seq: 1 })
    task.emit({ type: 'card-update', conversationId: 'c1', seq: 1, cardVersion: 37, payload: { text: '已签到 37/52' } })
    task.emit({ type: 'message', conversationId: 'c2', message: msg('c2', 9) }) // not open anywhere
    task.emit('not json')

    expect(c1.events).toEqual([
      { type: 'update', message: changed },
      { type: 'recall', seq: 1, recalledBy: 'BUREAU' },
      { type: 'read', userId: '100', seq: 1 },
      { type: 'card-update', seq: 1, cardVersion: 37, payload: { text: '已签到 37/52' } },
    ])
    expect(all.map((e) => `${e.type}:${e.conversationId || ''}`)).toEqual([
      'open:',
      'update:c1',
      'recall:c1',
      'read:c1',
      'card-update:c1',
      'message:c2',
    ])
  })

  test('a conversation is watched while subscribed', () => {
    const c1 = watch('c1', 0)
    expect(socket.isWatched('c1')).toBe(true)
    c1.unsubscribe()
    expect(socket.isWatched('c1')).toBe(false)
  })
})
