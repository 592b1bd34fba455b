// The app's one WebSocket. It only pushes: messages are sent over HTTP (services/chat.js).
//
// - Connects while started and a token is stored; on close or error reconnects after 1 s, 2 s,
//   4 s … at most 30 s, back to 1 s after an open. The app showing again and the network coming
//   back reconnect at once and start the backoff over (reconnectNow).
// - A socket can die without a close reaching us (a NAT forgot it, the phone switched networks).
//   The server answers every ping with a pong, so pinging every 10 s means a live socket is never
//   silent for long: one that has said nothing for 25 s is dropped and replaced. A connect that
//   has neither opened nor failed after 10 s is given up too.
// - After every open, each tracked conversation is synced over HTTP from the last seq it has,
//   page by page, so a dropped socket never loses a message. A synced page reaches subscribers as
//   one {type: 'messages'} event, so a page redraws once per page rather than once per message.
// - The connection's state (offline | connecting | syncing | online) goes to watchState() callers,
//   which show it in the navigation title.
// - A message is delivered once per (conversationId, seq), in seq order: one that arrives
//   by socket and again by sync is dropped; one that skips a seq makes a sync fill the gap.
// - Frames: message, update (a changed message, replace by seq), recall, read (my read mark moved
//   on another device) and pong; subscribers get their conversation's, listeners everything.
// - A socket refused for its token (close 4401, or a failed connect) renews the token through
//   http.js's login path (GET /api/mp/me) before the next attempt, at the backoff's pace.
// - A socket the server replaced with this member's newer one (close 4409: a member holds a few
//   sockets at most) is not reopened by itself, or two devices would keep knocking each other
//   off; the next start() (the next page show) connects again and syncs what was missed.
const { apiBaseUrl } = require('../config/index')
const { TOKEN_KEY } = require('./http')
const chat = require('./chat')

const HEARTBEAT_MS = 10000
const IDLE_MS = 25000
const CONNECT_TIMEOUT_MS = 10000
// Back from the background or onto another network, an open socket has to prove itself quickly.
const PROBE_MS = 5000
const BACKOFF_BASE_MS = 1000
const BACKOFF_MAX_MS = 30000
const UNAUTHORIZED_CLOSE = 4401
const REPLACED_CLOSE = 4409

let running = false
let task = null // the current SocketTask
let opened = false // the current task has opened
let attempt = 0 // failed attempts since the last open
let renewBeforeConnect = false
let reconnectTimer = null
let heartbeatTimer = null
let idleTimer = null // fires when an open socket has been silent too long; re-armed by every frame
let connectTimer = null
let offline = false // the network is gone: no attempts until it is back
let paused = false // the app is in the background: no pings, no silence judged
let state = 'offline'
let catchingUp = false // the syncs after an open are still running

// conversationId → {lastSeq, handlers: Set, syncing, again, stale}
const tracked = new Map()
const listeners = new Set()
const stateWatchers = new Set()

// The token travels in the Authorization header only: in the URL it would end up in proxies' access logs.
function socketUrl() {
  return `${apiBaseUrl().replace(/^http/, 'ws')}/ws`
}

function emitGlobal(event) {
  listeners.forEach((fn) => {
    try {
      fn(event)
    } catch (e) {
      console.error('socket listener failed', e)
    }
  })
}

function emitConversation(conversationId, event) {
  const entry = tracked.get(conversationId)
  if (entry) {
    entry.handlers.forEach((fn) => {
      try {
        fn(event)
      } catch (e) {
        console.error('socket subscriber failed', e)
      }
    })
  }
  emitGlobal({ ...event, conversationId })
}

function currentState() {
  if (!running) return 'offline'
  if (!opened) return 'connecting'
  return catchingUp ? 'syncing' : 'online'
}

function updateState() {
  const next = currentState()
  if (next === state) return
  state = next
  stateWatchers.forEach((fn) => {
    try {
      fn(next)
    } catch (e) {
      console.error('socket state watcher failed', e)
    }
  })
}

/** Delivers a message of a tracked conversation unless its seq was delivered already. */
function deliver(conversationId, message) {
  const entry = tracked.get(conversationId)
  if (!entry || message.seq <= entry.lastSeq) return
  entry.lastSeq = message.seq
  emitConversation(conversationId, { type: 'message', message })
}

/** A synced page, ascending: what was not delivered yet goes out as one event. */
function deliverPage(conversationId, messages) {
  const entry = tracked.get(conversationId)
  if (!entry) return
  const fresh = []
  messages.forEach((m) => {
    if (m.seq > entry.lastSeq) {
      entry.lastSeq = m.seq
      fresh.push(m)
    }
  })
  if (fresh.length === 1) emitConversation(conversationId, { type: 'message', message: fresh[0] })
  else if (fresh.length) emitConversation(conversationId, { type: 'messages', messages: fresh })
}

async function sync(conversationId) {
  const entry = tracked.get(conversationId)
  if (!entry) return
  if (entry.syncing) {
    entry.again = true
    return
  }
  entry.syncing = true
  try {
    do {
      entry.again = false
      let hasMore = true
      while (hasMore && tracked.get(conversationId) === entry) {
        const res = await chat.syncMessages(conversationId, entry.lastSeq)
        const items = (res && res.items) || []
        deliverPage(conversationId, items)
        hasMore = Boolean(res && res.hasMore) && items.length > 0
      }
    } while (entry.again && tracked.get(conversationId) === entry)
    entry.stale = false
  } catch (e) {
    entry.stale = true // the next heartbeat or open tries again
  } finally {
    entry.syncing = false
  }
}

/** After an open: the state reads 'syncing' until every tracked conversation has caught up. */
function syncAll(t) {
  if (!tracked.size) return
  catchingUp = true
  Promise.all([...tracked.keys()].map((id) => sync(id))).then(() => {
    if (t !== task) return
    catchingUp = false
    updateState()
  })
}

function onFrame(raw) {
  armIdle(IDLE_MS) // any frame, a pong included, shows the socket is alive
  let frame
  try {
    frame = JSON.parse(raw)
  } catch (e) {
    return
  }
  if (!frame || typeof frame !== 'object') return
  const id = frame.conversationId
  if (frame.type === 'message' && frame.message) {
    const entry = tracked.get(id)
    if (!entry) {
      emitGlobal({ type: 'message', conversationId: id, message: frame.message })
    } else if (frame.message.seq === entry.lastSeq + 1) {
      deliver(id, frame.message)
    } else if (frame.message.seq > entry.lastSeq + 1) {
      sync(id) // something in between never reached us: fetch it all in order
    }
  } else if (frame.type === 'update' && frame.message) {
    // A changed message (content check settled): replaces the one with its seq, never a new one.
    emitConversation(id, { type: 'update', message: frame.message })
  } else if (frame.type === 'card-update') {
    // A card's new payload (a live count moved): same seq, so it changes the card in place.
    emitConversation(id, { type: 'card-update', seq: frame.seq, cardVersion: frame.cardVersion, payload: frame.payload })
  } else if (frame.type === 'recall') {
    emitConversation(id, { type: 'recall', seq: frame.seq, recalledBy: frame.recalledBy })
  } else if (frame.type === 'read') {
    emitConversation(id, { type: 'read', userId: frame.userId, seq: frame.seq })
  }
}

function armIdle(ms) {
  clearTimeout(idleTimer)
  idleTimer = paused ? null : setTimeout(dead, ms)
}

function stopLiveness() {
  clearInterval(heartbeatTimer)
  clearTimeout(idleTimer)
  clearTimeout(connectTimer)
  heartbeatTimer = null
  idleTimer = null
  connectTimer = null
}

function clearTimers() {
  clearTimeout(reconnectTimer)
  reconnectTimer = null
  stopLiveness()
}

function dropTask() {
  const old = task
  task = null
  opened = false
  catchingUp = false
  stopLiveness()
  if (old) {
    try {
      old.close({ code: 1000 })
    } catch (e) {
      // already closed
    }
  }
}

function scheduleReconnect() {
  updateState()
  if (!running || reconnectTimer || offline) return
  const delay = Math.min(BACKOFF_BASE_MS * 2 ** attempt, BACKOFF_MAX_MS)
  attempt += 1
  reconnectTimer = setTimeout(() => {
    reconnectTimer = null
    connect()
  }, delay)
}

// Silent although pinged: the connection is gone without anyone having told us.
function dead() {
  idleTimer = null
  if (!task) return
  dropTask()
  scheduleReconnect()
}

function ping() {
  try {
    task.send({ data: JSON.stringify({ type: 'ping' }) })
  } catch (e) {
    // a dying task may throw; the idle timer replaces it
  }
}

function heartbeat() {
  if (!task || !opened) return
  ping()
  tracked.forEach((entry, id) => {
    if (entry.stale) sync(id)
  })
}

function startHeartbeat() {
  clearInterval(heartbeatTimer)
  heartbeatTimer = paused ? null : setInterval(heartbeat, HEARTBEAT_MS)
}

function lost(t, { unauthorized }) {
  if (t !== task) return // a task we already gave up on
  if (unauthorized) renewBeforeConnect = true
  dropTask()
  scheduleReconnect()
}

function replaced(t) {
  if (t !== task) return
  running = false
  attempt = 0
  clearTimers()
  dropTask()
  updateState()
  emitGlobal({ type: 'replaced' })
}

async function connect() {
  if (!running || task) return
  if (renewBeforeConnect) {
    try {
      // Any authenticated call: on 401 http.js logs in again and stores the new token.
      await require('./auth').me()
      renewBeforeConnect = false
    } catch (e) {
      scheduleReconnect()
      return
    }
    if (!running || task) return
  }
  const token = wx.getStorageSync(TOKEN_KEY)
  if (!token) {
    running = false // nothing to connect with; start() again after logging in
    updateState()
    return
  }
  // connectSocket may call fail before it has even returned the task (and then return none):
  // remember the failure and act on it once the task is known, or the app would wait on a task
  // that never opens, never closes, and blocks every later attempt.
  let t = null
  let failedEarly = false
  t = wx.connectSocket({
    url: socketUrl(),
    header: { Authorization: `Bearer ${token}` },
    fail: () => {
      if (t) lost(t, { unauthorized: true })
      else failedEarly = true
    },
  })
  if (!t) {
    scheduleReconnect()
    return
  }
  task = t
  if (failedEarly) {
    lost(t, { unauthorized: true })
    return
  }
  // Neither open nor failed after a while (a captive portal, a half-open network): try again.
  connectTimer = setTimeout(() => {
    connectTimer = null
    if (t === task && !opened) lost(t, { unauthorized: false })
  }, CONNECT_TIMEOUT_MS)
  t.onOpen(() => {
    if (t !== task) return
    opened = true
    attempt = 0
    clearTimeout(connectTimer)
    connectTimer = null
    armIdle(IDLE_MS)
    startHeartbeat()
    emitGlobal({ type: 'open' })
    syncAll(t)
    updateState()
  })
  t.onMessage((res) => {
    if (t === task) onFrame(res && res.data)
  })
  t.onClose((res) => {
    if (res && res.code === REPLACED_CLOSE) {
      replaced(t)
      return
    }
    // Refused before it ever opened: most likely the token (the handshake hides the status).
    lost(t, { unauthorized: (res && res.code === UNAUTHORIZED_CLOSE) || (t === task && !opened) })
  })
  t.onError(() => {
    lost(t, { unauthorized: t === task && !opened })
  })
}

/** Connects if a token is stored and the socket is not already up. Safe to call on every page show. */
function start() {
  paused = false // only a shown app starts
  if (running) return
  if (!wx.getStorageSync(TOKEN_KEY)) return
  running = true
  attempt = 0
  updateState()
  connect()
}

/**
 * Now rather than when the backoff says: the app is shown again, or the network is back. A socket
 * believed open is pinged and must answer within 5 s, since it may have died meanwhile.
 */
function reconnectNow() {
  offline = false
  paused = false
  if (!running) {
    start()
    return
  }
  attempt = 0
  if (task && opened) {
    startHeartbeat()
    ping()
    armIdle(PROBE_MS)
    return
  }
  if (task) return // still connecting: it opens, fails or times out on its own
  clearTimeout(reconnectTimer)
  reconnectTimer = null
  connect()
}

/** The app went to the background: no pings (its timers are frozen there anyway); the next show probes the socket. */
function pause() {
  paused = true
  clearInterval(heartbeatTimer)
  clearTimeout(idleTimer)
  heartbeatTimer = null
  idleTimer = null
  clearTimeout(reconnectTimer)
  reconnectTimer = null
}

/** wx.onNetworkStatusChange: gone → the socket is dead, wait for the network; back → reconnect at once. */
function networkChanged({ isConnected } = {}) {
  if (isConnected) {
    reconnectNow()
    return
  }
  offline = true
  clearTimeout(reconnectTimer)
  reconnectTimer = null
  dropTask()
  updateState()
}

/** Closes the socket and forgets every conversation (logout). Global listeners stay. */
function stop() {
  paused = false
  running = false
  renewBeforeConnect = false
  offline = false
  attempt = 0
  clearTimers()
  dropTask()
  tracked.clear()
  updateState()
}

/**
 * Delivers the conversation's events to handler: {type: 'message', message} and, for a synced
 * page, {type: 'messages', messages} (each message once, in seq order, starting after lastSeq),
 * {type: 'update', message}, {type: 'recall', seq}, {type: 'read', userId, seq}. While subscribed the conversation counts as open (isWatched).
 * Returns the unsubscribe function.
 */
function subscribe(conversationId, lastSeq, handler) {
  let entry = tracked.get(conversationId)
  if (!entry) {
    entry = { lastSeq: Number(lastSeq) || 0, handlers: new Set(), syncing: false, again: false, stale: false }
    tracked.set(conversationId, entry)
  }
  entry.handlers.add(handler)
  start()
  // Whatever arrived between the caller's own load and now.
  if (opened) sync(conversationId)
  return () => {
    entry.handlers.delete(handler)
    if (!entry.handlers.size && tracked.get(conversationId) === entry) tracked.delete(conversationId)
  }
}

/** Every event of every conversation, with conversationId, plus {type: 'open'} after each (re)connect. */
function listen(fn) {
  listeners.add(fn)
  return () => listeners.delete(fn)
}

/** The connection's state now and on every change: offline | connecting | syncing | online. Returns the unwatch function. */
function watchState(fn) {
  stateWatchers.add(fn)
  return () => stateWatchers.delete(fn)
}

function getState() {
  return state
}

/** Open (catching up or not): its 'open' event has passed, and sends may go now. */
function isLive() {
  return state === 'syncing' || state === 'online'
}

/** What the navigation title says instead of the page's own while the socket is not live, as WeChat does; '' when it is. */
function stateTitle(s = state) {
  if (s === 'connecting') return '连接中…'
  if (s === 'syncing') return '收取中…'
  return ''
}

/** A message the caller got some other way (its own send): later copies are suppressed. */
function seen(conversationId, seq) {
  const entry = tracked.get(conversationId)
  if (entry && seq === entry.lastSeq + 1) entry.lastSeq = seq
}

/** A page has the conversation open (subscribed): its new messages are being read. */
function isWatched(conversationId) {
  const entry = tracked.get(conversationId)
  return Boolean(entry && entry.handlers.size)
}

module.exports = {
  start,
  stop,
  reconnectNow,
  pause,
  networkChanged,
  subscribe,
  listen,
  watchState,
  getState,
  isLive,
  stateTitle,
  seen,
  isWatched,
  HEARTBEAT_MS,
  IDLE_MS,
}
