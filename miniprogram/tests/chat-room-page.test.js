const { setup, text, texts } = require('./harness')
const { json, noContent, problem, networkFail } = require('./wx-mock')
const { message, conversationView, ME, MYSELF, BUREAU, SYSTEM } = require('./fixtures')

const { mock, load, render, settle, simulate } = setup()
// The same module instance the page uses (simulate loads page code with jest's require).
const socket = require('../services/socket')

const BASE = '/api/mp/conversations/c1'
const READ_WAIT_MS = 350 // the room marks read 300 ms after the last reason to

let id
let page
beforeAll(() => {
  id = load('packages/chat/room')
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

// A server holding `store` (messages ascending); `routes` override or add answers by "METHOD path".
function server(store, routes = {}) {
  return (req) => {
    const route = routes[`${req.method} ${req.path}`]
    if (route) return route(req)
    if (req.method === 'GET' && req.path === `${BASE}/messages`) {
      const { afterSeq, beforeSeq, limit } = req.data
      let items = store
      if (afterSeq !== undefined) items = store.filter((m) => m.seq > afterSeq).slice(0, limit)
      else {
        if (beforeSeq !== undefined) items = store.filter((m) => m.seq < beforeSeq)
        items = items.slice(-limit)
      }
      const first = items.length ? items[0].seq : Infinity
      const hasMore = afterSeq !== undefined ? false : store.some((m) => m.seq < first)
      return json(200, { items, hasMore })
    }
    if (req.method === 'POST' && req.path === `${BASE}/read`) return noContent()
    return problem(404, 'NOT_FOUND', '资源不存在')
  }
}

const range = (from, to, extra) => Array.from({ length: to - from + 1 }, (_, i) => message(from + i, extra))

async function open(store, routes, options = {}) {
  mock.handle(server(store, routes))
  page = render(id)
  page.instance.onLoad({ id: 'c1', title: encodeURIComponent('闽江先锋号'), ...options })
  page.instance.onShow()
  await settle()
  return page
}

// Rows are chat-message components: their insides are queried through each row.
const rows = () => page.querySelectorAll('.message')
const inRows = (selector) => rows().flatMap((row) => texts(row, selector))
const nodesInRows = (selector) => rows().flatMap((row) => row.querySelectorAll(selector))
const textInRows = (selector) => inRows(selector)[0] || null
const bubbles = () => inRows('.text')
const reads = () => mock.requests(`${BASE}/read`).map((r) => r.data.seq)
const sends = () => mock.requests(`${BASE}/messages`).filter((r) => r.method === 'POST')

function type(value) {
  page.querySelector('.input').dispatchEvent('input', { detail: { value } })
}

async function sendDraft(value) {
  type(value)
  await simulate.sleep(0)
  page.querySelector('.send').dispatchEvent('tap')
}

test('renders bubbles, cards and tombstones of the latest page', async () => {
  const store = [
    message(1, { sender: SYSTEM, type: 'CARD', cardType: 'SYSTEM', text: null, payload: { title: '先锋号已成立' } }),
    message(2, { sender: BUREAU, text: '欢迎大家' }),
    message(3, { sender: MYSELF, text: '谢谢', createdAt: '2026-03-10T09:30:00+08:00' }),
    message(4, { recalled: true, text: null, createdAt: '2026-03-10T09:31:00+08:00' }),
    message(5, {
      type: 'CARD',
      cardType: 'ACTIVITY',
      text: null,
      payload: { title: '主题党日', place: '活动室' },
      createdAt: '2026-03-10T09:32:00+08:00',
    }),
  ]
  await open(store)

  expect(mock.wx.setNavigationBarTitle).toHaveBeenCalledWith({ title: '闽江先锋号' })
  expect(mock.requests(`${BASE}/messages`)[0].data).toEqual({ limit: 30 })
  expect(rows()).toHaveLength(5)
  expect(bubbles()).toEqual(['欢迎大家', '谢谢'])
  expect(textInRows('.bureau-tag')).toBe('科技局')
  expect(nodesInRows('.mine')).toHaveLength(1)
  expect(textInRows('.tombstone')).toBe('赵工 撤回了一条消息')
  const cards = nodesInRows('.card')
  expect(cards.map((card) => text(card, '.title'))).toEqual(['先锋号已成立', '主题党日'])
  // 09:00 starts; 09:30 is more than five minutes later; 09:31 and 09:32 are not. (The date part
  // depends on today, so only the clock is compared.)
  expect(inRows('.time').map((label) => label.slice(-5))).toEqual(['09:00', '09:30'])
  expect(text(page, '.no-more')).toBe('没有更早的消息了')
  expect(page.instance.data.scrollInto).toBe('m5')
})

test('scrolling to the top loads older history until there is none', async () => {
  await open(range(1, 45))
  expect(rows()).toHaveLength(30)
  expect(page.querySelector('.no-more')).toBeFalsy()

  page.querySelector('.messages').dispatchEvent('scrolltoupper')
  await settle()

  const history = mock.requests(`${BASE}/messages`)
  expect(history[history.length - 1].data).toEqual({ beforeSeq: 16, limit: 30 })
  expect(rows()).toHaveLength(45)
  expect(bubbles()[0]).toBe('消息1')
  expect(page.instance.data.scrollInto).toBe('m16') // where the user was reading

  const count = mock.requests(`${BASE}/messages`).length
  page.querySelector('.messages').dispatchEvent('scrolltoupper')
  await settle()
  expect(mock.requests(`${BASE}/messages`)).toHaveLength(count)
})

describe('sending', () => {
  test('shows the bubble at once and replaces it with the stored message', async () => {
    const stored = []
    await open(range(1, 2), {
      [`POST ${BASE}/messages`]: (req) => {
        stored.push(message(3, { sender: MYSELF, text: req.data.text, clientMsgId: req.data.clientMsgId }))
        return json(201, stored[0], { delay: 30 })
      },
    })

    await sendDraft('  收到，马上到  ')
    await simulate.sleep(0)
    expect(textInRows('.sending')).toBe('发送中')
    expect(bubbles()).toEqual(['消息1', '消息2', '收到，马上到'])
    expect(page.instance.data.draft).toBe('')

    await simulate.sleep(40)
    await settle()
    const [sent] = sends()
    expect(sent.data).toMatchObject({ type: 'TEXT', text: '收到，马上到' })
    expect(sent.data.clientMsgId).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
    expect(nodesInRows('.sending')[0]).toBeFalsy()
    expect(bubbles()).toEqual(['消息1', '消息2', '收到，马上到'])
    expect(page.instance.data.items[2].key).toBe('m3')
  })

  test('when the socket brings my message before the answer, it is shown once', async () => {
    let answer
    await open(range(1, 2), {
      [`POST ${BASE}/messages`]: (req) => {
        answer = message(3, { sender: MYSELF, text: req.data.text, clientMsgId: req.data.clientMsgId })
        return json(201, answer, { delay: 40 })
      },
    })
    mock.socket().open()
    await settle()

    await sendDraft('好的')
    await simulate.sleep(0)
    mock.socket().emit({ type: 'message', conversationId: 'c1', message: answer })
    await simulate.sleep(0)
    expect(bubbles()).toEqual(['消息1', '消息2', '好的'])
    expect(nodesInRows('.sending')[0]).toBeFalsy()

    await simulate.sleep(50)
    await settle()
    expect(bubbles()).toEqual(['消息1', '消息2', '好的'])
  })

  test('a network failure marks the bubble; tapping resends with the same clientMsgId', async () => {
    let fail = true
    await open(range(1, 1), {
      [`POST ${BASE}/messages`]: (req) =>
        fail
          ? networkFail()
          : json(201, message(2, { sender: MYSELF, text: req.data.text, clientMsgId: req.data.clientMsgId })),
    })

    await sendDraft('明天见')
    await settle()
    expect(textInRows('.failed')).toBe('发送失败，点击重发')

    fail = false
    nodesInRows('.failed')[0].dispatchEvent('tap')
    await settle()

    const [first, second] = sends()
    expect(second.data).toEqual(first.data)
    expect(nodesInRows('.failed')[0]).toBeFalsy()
    expect(bubbles()).toEqual(['消息1', '明天见'])
  })

  test('a server fault (5xx) can be resent too', async () => {
    await open([], { [`POST ${BASE}/messages`]: () => problem(503, 'SERVICE_BUSY', '服务繁忙') })
    await sendDraft('在吗')
    await settle()
    expect(textInRows('.failed')).toBe('发送失败，点击重发')
    expect(mock.wx.showToast).not.toHaveBeenCalled()
  })

  test.each([
    [422, 'CONTENT_RISKY', '内容含有违规信息，请修改后再发'],
    [429, 'CHAT_RATE_LIMITED', '发送太频繁，请稍后再试'],
  ])('a %i %s removes the bubble, says why and keeps the text for editing', async (status, code, title) => {
    await open(range(1, 1), { [`POST ${BASE}/messages`]: () => problem(status, code, title) })

    await sendDraft('有问题的内容')
    await settle()

    expect(mock.wx.showToast).toHaveBeenCalledWith({ title, icon: 'none' })
    expect(bubbles()).toEqual(['消息1'])
    expect(page.instance.data.draft).toBe('有问题的内容')
    expect(page.querySelector('.composer')).toBeTruthy()
  })

  test('a closed co-building turns the room read-only', async () => {
    await open([], { [`POST ${BASE}/messages`]: () => problem(409, 'COBUILDING_CLOSED', '先锋号已关闭') })
    await sendDraft('还在吗')
    await settle()
    expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '先锋号已关闭', icon: 'none' })
    expect(text(page, '.readonly-note')).toBe('该先锋号已退出，会话只能查看')
  })

  test('a one-to-one whose two people no longer share a co-building turns read-only with its own note', async () => {
    await open([], { [`POST ${BASE}/messages`]: () => problem(409, 'DIRECT_CLOSED', '私聊已只读') })
    await sendDraft('还在吗')
    await settle()
    expect(text(page, '.readonly-note')).toBe('你们已不在同一个先锋号中，会话只能查看')
    expect(page.querySelector('.composer')).toBeFalsy()
  })

  test('a one-to-one whose bureau liaison was vacated turns read-only and says so', async () => {
    await open([], { [`POST ${BASE}/messages`]: () => problem(409, 'LIAISON_UNASSIGNED', '局联络员待指派') })
    await sendDraft('请问材料交给谁')
    await settle()
    expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '局联络员待指派', icon: 'none' })
    expect(text(page, '.readonly-note')).toBe('局联络员待指派，会话只能查看')
    expect(page.querySelector('.composer')).toBeFalsy()
  })

  test('blank or too long drafts are not sent; the count shows near the limit', async () => {
    await open([])

    await sendDraft('   ')
    await simulate.sleep(0)
    expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '不能发送空白消息', icon: 'none' })

    type('字'.repeat(1900))
    await simulate.sleep(0)
    expect(text(page, '.counter')).toBe('还可输入 100 字')

    type('字'.repeat(2001))
    await simulate.sleep(0)
    expect(text(page, '.counter')).toBe('超出 1 字')
    page.instance.onSend()
    expect(mock.wx.showToast).toHaveBeenLastCalledWith({ title: '消息不能超过 2000 字', icon: 'none' })
    expect(sends()).toHaveLength(0)
  })
})

test('a frame that arrives twice, or again by sync, is shown once', async () => {
  const store = range(1, 3)
  await open(store)
  mock.socket().open()
  await settle()

  store.push(message(4))
  mock.socket().emit({ type: 'message', conversationId: 'c1', message: message(4) })
  mock.socket().emit({ type: 'message', conversationId: 'c1', message: message(4) })
  await settle()
  mock.socket().serverClose(1006) // reconnecting syncs from seq 4: nothing new
  await simulate.sleep(1100)
  mock.socket().open()
  await settle()

  expect(bubbles()).toEqual(['消息1', '消息2', '消息3', '消息4'])
})

test('an update replaces a message in place and a recall frame leaves a tombstone', async () => {
  await open([message(1), message(2, { sender: MYSELF, contentCheck: 'PENDING' })])
  mock.socket().open()
  await settle()

  mock.socket().emit({ type: 'update', conversationId: 'c1', message: message(1, { contentCheck: 'BLOCKED', text: null }) })
  mock.socket().emit({ type: 'recall', conversationId: 'c1', seq: 2 })
  await simulate.sleep(0)

  expect(textInRows('.note')).toBe('该消息未通过内容审核')
  expect(textInRows('.tombstone')).toBe('你撤回了一条消息')
})

test('a card-update frame changes the card in place, and an older one changes nothing', async () => {
  const card = (text, cardVersion) =>
    message(1, { sender: SYSTEM, type: 'CARD', cardType: 'ACTIVITY', text: null, cardVersion, payload: { title: '植树活动', text } })
  await open([card('已签到 0/52', 0), message(2)])
  mock.socket().open()
  await settle()

  mock.socket().emit({ type: 'card-update', conversationId: 'c1', seq: 1, cardVersion: 37, payload: { title: '植树活动', text: '已签到 37/52' } })
  mock.socket().emit({ type: 'card-update', conversationId: 'c1', seq: 1, cardVersion: 12, payload: { title: '植树活动', text: '已签到 12/52' } })
  await simulate.sleep(0)

  expect(rows()).toHaveLength(2)
  expect(nodesInRows('.card').map((node) => text(node, '.text'))).toEqual(['已签到 37/52'])
})

test('a message the bureau took down says so instead of naming its sender', async () => {
  await open([message(1), message(2)])
  mock.socket().open()
  await settle()

  mock.socket().emit({ type: 'recall', conversationId: 'c1', seq: 2, recalledBy: 'BUREAU' })
  await simulate.sleep(0)

  expect(textInRows('.tombstone')).toBe('该消息已被管理员撤回')
})

test('marks read when shown and as messages arrive while visible, never backwards', async () => {
  await open(range(1, 5))
  await simulate.sleep(READ_WAIT_MS)
  expect(reads()).toEqual([5])

  mock.socket().open()
  await settle()
  mock.socket().emit({ type: 'message', conversationId: 'c1', message: message(6) })
  mock.socket().emit({ type: 'message', conversationId: 'c1', message: message(7) })
  await simulate.sleep(READ_WAIT_MS)
  expect(reads()).toEqual([5, 7]) // one mark for the burst

  page.instance.onHide()
  mock.socket().emit({ type: 'message', conversationId: 'c1', message: message(8) })
  await simulate.sleep(READ_WAIT_MS)
  expect(reads()).toEqual([5, 7])

  page.instance.onShow()
  page.instance.onShow()
  await simulate.sleep(READ_WAIT_MS)
  expect(reads()).toEqual([5, 7, 8])
})

test('read-only: history is shown, the input is replaced by a note', async () => {
  await open(range(1, 2), {}, { readonly: '1' })
  expect(bubbles()).toEqual(['消息1', '消息2'])
  expect(text(page, '.readonly-note')).toBe('该先锋号已退出，会话只能查看')
  expect(page.querySelector('.composer')).toBeFalsy()
})

test('the server view of the conversation wins over the link: title and read-only', async () => {
  await open(range(1, 2), {
    [`GET ${BASE}`]: () => json(200, conversationView({ type: 'DIRECT', title: '王科长', writable: false })),
  })
  expect(mock.wx.setNavigationBarTitle).toHaveBeenLastCalledWith({ title: '王科长' })
  expect(text(page, '.readonly-note')).toBe('你们已不在同一个先锋号中，会话只能查看')
  expect(page.querySelector('.composer')).toBeFalsy()
})

describe('long press', () => {
  test('my recent message can be recalled through the action sheet', async () => {
    const recent = new Date(Date.now() - 30000).toISOString()
    await open([message(1), message(2, { sender: MYSELF, text: '发错了', createdAt: recent })], {
      [`POST ${BASE}/messages/2/recall`]: () => json(200, message(2, { sender: MYSELF, recalled: true, text: null, createdAt: recent })),
    })
    mock.answerActionSheet('撤回')

    nodesInRows('.bubble')[1].dispatchEvent('longpress')
    await settle()

    expect(mock.wx.showActionSheet.mock.calls[0][0].itemList).toEqual(['复制', '撤回'])
    expect(mock.requests(`${BASE}/messages/2/recall`)[0].method).toBe('POST')
    expect(textInRows('.tombstone')).toBe('你撤回了一条消息')
  })

  test("others' messages and my old ones can only be copied", async () => {
    await open([message(1, { text: '通知原文' }), message(2, { sender: MYSELF })])
    mock.answerActionSheet('复制')

    nodesInRows('.bubble')[0].dispatchEvent('longpress')
    await settle()
    nodesInRows('.bubble')[1].dispatchEvent('longpress')
    await settle()

    expect(mock.wx.showActionSheet.mock.calls.map(([o]) => o.itemList)).toEqual([['复制'], ['复制']])
    expect(mock.wx.setClipboardData.mock.calls[0][0]).toEqual({ data: '通知原文' })
  })

  test('a refused recall shows the server title', async () => {
    const recent = new Date(Date.now() - 30000).toISOString()
    await open([message(1, { sender: MYSELF, createdAt: recent })], {
      [`POST ${BASE}/messages/1/recall`]: () => problem(409, 'RECALL_WINDOW_PASSED', '消息发出超过2分钟，不能撤回'),
    })
    mock.answerActionSheet('撤回')
    nodesInRows('.bubble')[0].dispatchEvent('longpress')
    await settle()
    expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '消息发出超过2分钟，不能撤回', icon: 'none' })
    expect(nodesInRows('.tombstone')[0]).toBeFalsy()
  })
})

test('a failed load shows the title and retries', async () => {
  mock.handle(() => problem(404, 'NOT_FOUND', '会话不存在'))
  page = render(id)
  page.instance.onLoad({ id: 'c1' })
  await settle()
  expect(text(page, '.error-title')).toBe('会话不存在')

  mock.handle(server(range(1, 1)))
  page.querySelector('.retry').dispatchEvent('tap')
  await settle()
  expect(bubbles()).toEqual(['消息1'])
})
