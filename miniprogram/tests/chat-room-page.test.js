const fs = require('fs')
const path = require('path')
const { setup, text, texts, ROOT } = require('./harness')
const { json, noContent, problem, networkFail } = require('./wx-mock')
const { message, conversationView, ME, MEMBER, MYSELF, BUREAU, SYSTEM } = require('./fixtures')

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

/** The opening tag in `source` that contains `marker`. */
function tag(source, marker) {
  const at = source.indexOf(marker)
  return source.slice(source.lastIndexOf('<', at), source.indexOf('>', at) + 1)
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
    expect(text(page, '.readonly-note')).toBe('本先锋号已退出共建，群聊仅可查看')
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
  expect(text(page, '.readonly-note')).toBe('本先锋号已退出共建，群聊仅可查看')
  expect(page.querySelector('.composer')).toBeFalsy()
})

test('the server view of the conversation wins over the link: title and read-only', async () => {
  await open(range(1, 2), {
    [`GET ${BASE}`]: () => json(200, conversationView({ type: 'DIRECT', title: '王科长', writable: false, memberCount: 2 })),
  })
  mock.socket().open()
  await settle()
  expect(mock.wx.setNavigationBarTitle).toHaveBeenLastCalledWith({ title: '王科长' }) // a one-to-one shows no count
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
    expect(mock.wx.setClipboardData.mock.calls[0][0]).toMatchObject({ data: '通知原文' })
  })

  test('the text is not selectable, so a long press only opens the sheet', () => {
    // The simulator drops native attributes from its DOM: the template itself is checked.
    const row = fs.readFileSync(path.join(ROOT, 'packages/chat/components/chat-message/index.wxml'), 'utf8')
    expect(tag(row, 'class="text"')).not.toMatch(/user-select|selectable/)
  })

  test('a refused copy says why', async () => {
    await open([message(1, { text: '通知原文' })])
    mock.wx.setClipboardData.mockImplementationOnce((o) => setTimeout(() => o.fail({ errMsg: 'setClipboardData:fail privacy permission is not authorized' }), 0))
    mock.answerActionSheet('复制')
    nodesInRows('.bubble')[0].dispatchEvent('longpress')
    await settle()
    expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '需先同意隐私保护指引才能复制', icon: 'none' })
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

describe('staying where the reader is', () => {
  const flatText = () => page.dom.textContent.replace(/\s+/g, '')
  const scrollUp = async (scrollTop) => {
    page.querySelector('.messages').dispatchEvent('scroll', { detail: { scrollTop, scrollHeight: 4000 } })
    await simulate.sleep(0)
  }
  const conversation = (extra) => ({ [`GET ${BASE}`]: () => json(200, conversationView(extra)) })

  test('entered with many unread, the room opens at the first of them under a divider, with the pill', async () => {
    await open(range(1, 20), conversation({ lastReadSeq: 8, maxSeq: 20, unread: 12 }))

    expect(page.instance.data.scrollInto).toBe('m9') // not the last message
    expect(page.querySelectorAll('.unread-divider')).toHaveLength(1)
    expect(flatText()).toContain('消息8以下为新消息赵赵工消息9')
    expect(text(page, '.new-pill')).toBe('12 条新消息')

    page.querySelector('.new-pill').dispatchEvent('tap')
    await simulate.sleep(0)
    expect(page.instance.data.scrollInto).toBe('m20')
    expect(page.querySelector('.new-pill')).toBeFalsy()
  })

  test('entered with a few unread, the divider shows and the latest is in view', async () => {
    await open(range(1, 20), conversation({ lastReadSeq: 17, maxSeq: 20, unread: 3 }))
    expect(page.instance.data.scrollInto).toBe('m20')
    expect(flatText()).toContain('消息17以下为新消息赵赵工消息18')
    expect(page.querySelector('.new-pill')).toBeFalsy()
  })

  test('more unread than a page: it opens at the oldest loaded, without a divider it could not place truly', async () => {
    await open(range(1, 60), conversation({ lastReadSeq: 10, maxSeq: 60, unread: 50 }))
    expect(page.instance.data.scrollInto).toBe('m31')
    expect(page.querySelector('.unread-divider')).toBeFalsy()
    expect(text(page, '.new-pill')).toBe('30 条新消息')
  })

  test('the divider stands above the first unread message of others, not above my own', async () => {
    const store = [...range(1, 3), message(4, { sender: MYSELF }), ...range(5, 12)]
    await open(store, conversation({ lastReadSeq: 3, maxSeq: 12, unread: 8 }))
    expect(flatText()).toContain('以下为新消息赵赵工消息5')
    expect(page.instance.data.scrollInto).toBe('m5')
  })

  test('entered with nothing unread: the latest, no divider', async () => {
    await open(range(1, 5), conversation({ lastReadSeq: 5, maxSeq: 5, unread: 0 }))
    expect(page.instance.data.scrollInto).toBe('m5')
    expect(page.querySelector('.unread-divider')).toBeFalsy()
  })

  test('a reader scrolled up stays put; the pill counts what arrives and jumps down', async () => {
    await open(range(1, 30))
    mock.socket().open()
    await settle()
    expect(page.instance.data.scrollInto).toBe('m30')

    await scrollUp(200)
    mock.socket().emit({ type: 'message', conversationId: 'c1', message: message(31) })
    mock.socket().emit({ type: 'message', conversationId: 'c1', message: message(32, { sender: MYSELF }) }) // from my other device
    mock.socket().emit({ type: 'message', conversationId: 'c1', message: message(33) })
    await simulate.sleep(0)

    expect(page.instance.data.scrollInto).toBe('m30')
    expect(text(page, '.new-pill')).toBe('2 条新消息')
    expect(bubbles().slice(-3)).toEqual(['消息31', '消息32', '消息33'])

    page.querySelector('.new-pill').dispatchEvent('tap')
    await simulate.sleep(0)
    expect(page.instance.data.scrollInto).toBe('m33')
    expect(page.querySelector('.new-pill')).toBeFalsy()

    // Back at the bottom, new messages are followed again.
    mock.socket().emit({ type: 'message', conversationId: 'c1', message: message(34) })
    await simulate.sleep(0)
    expect(page.instance.data.scrollInto).toBe('m34')
  })

  test('scrolling back down to the end clears the pill and follows again', async () => {
    await open(range(1, 30))
    mock.socket().open()
    await settle()
    await scrollUp(0)
    mock.socket().emit({ type: 'message', conversationId: 'c1', message: message(31) })
    await simulate.sleep(0)
    expect(text(page, '.new-pill')).toBe('1 条新消息')

    page.querySelector('.messages').dispatchEvent('scrolltolower')
    await simulate.sleep(0)
    expect(page.querySelector('.new-pill')).toBeFalsy()
    mock.socket().emit({ type: 'message', conversationId: 'c1', message: message(32) })
    await simulate.sleep(0)
    expect(page.instance.data.scrollInto).toBe('m32')
  })

  test('sending always goes to the bottom, even when scrolled up', async () => {
    await open(range(1, 30), { [`POST ${BASE}/messages`]: (req) => json(201, message(31, { sender: MYSELF, text: req.data.text, clientMsgId: req.data.clientMsgId })) })
    await scrollUp(0)
    await sendDraft('我来了')
    await settle()
    expect(page.instance.data.scrollInto).toBe('m31')
  })
})

describe('a sync after a reconnect', () => {
  // Realistic sizes: a sentence of text and an avatar per message.
  const sender = { ...MEMBER, avatarUrl: '/api/avatars/k7f3a9c2e1b04d5f8a6c' }
  const longText = (seq) => `第${seq}条：明天上午九点在党员活动室集合，请各位带好材料，准时参加主题党日活动。`
  const at = (seq) => new Date(Date.parse('2026-03-10T09:00:00+08:00') + seq * 60000).toISOString()
  const storeOf = (n) => Array.from({ length: n }, (_, i) => message(i + 1, { sender, text: longText(i + 1), createdAt: at(i + 1) }))

  // Every setData the page makes from now on: how many, and how many bytes of JSON they carry.
  function countSetData() {
    const calls = []
    const original = page.instance.setData
    page.instance.setData = function counted(data, cb) {
      calls.push({ keys: Object.keys(data), bytes: Buffer.byteLength(JSON.stringify(data)) })
      return original.call(this, data, cb)
    }
    return { calls: () => calls.length, bytes: () => calls.reduce((sum, c) => sum + c.bytes, 0), all: calls }
  }

  test('50 missed messages arrive in at most 3 setData calls and 30 KB, as path updates', async () => {
    const store = storeOf(30)
    await open(store, { [`GET ${BASE}`]: () => json(200, conversationView({ lastReadSeq: 30, maxSeq: 30, unread: 0 })) })
    expect(rows()).toHaveLength(30)

    store.push(...storeOf(80).slice(30)) // 50 more while the socket was down
    const measured = countSetData()
    mock.socket().open()
    await settle(30)

    expect(rows()).toHaveLength(80)
    expect(bubbles()[79]).toBe(longText(80))
    expect(measured.calls()).toBeLessThanOrEqual(3)
    expect(measured.bytes()).toBeLessThanOrEqual(30 * 1024)
    const keys = measured.all.flatMap((c) => c.keys)
    expect(keys).not.toContain('items') // never the whole list again
    expect(keys).toContain('items[79]')
    expect(page.instance.data.scrollInto).toBe('m80') // the reader was at the bottom
  })

  test('older history, which shifts every row, still goes as one setData', async () => {
    await open(range(1, 45))
    const measured = countSetData()
    page.querySelector('.messages').dispatchEvent('scrolltoupper')
    await settle()
    expect(rows()).toHaveLength(45)
    expect(measured.all.filter((c) => c.keys.includes('items'))).toHaveLength(1)
  })
})

describe('the composer', () => {
  test('the keyboard stays open after sending and its Send key sends', async () => {
    const room = fs.readFileSync(path.join(ROOT, 'packages/chat/room.wxml'), 'utf8')
    const textarea = tag(room, 'class="input"')
    expect(textarea).toMatch(/hold-keyboard="{{true}}"/) // tapping 发送 does not close it
    expect(textarea).toMatch(/confirm-hold="{{true}}"/) // nor does the keyboard's own Send key
    expect(textarea).toMatch(/confirm-type="send"/)
    expect(textarea).toMatch(/bindconfirm="onSend"/)

    await open(range(1, 1), { [`POST ${BASE}/messages`]: (req) => json(201, message(2, { sender: MYSELF, text: req.data.text, clientMsgId: req.data.clientMsgId })) })
    type('回车发送')
    await simulate.sleep(0)
    page.querySelector('.input').dispatchEvent('confirm', { detail: { value: '回车发送' } })
    await settle()
    expect(sends().map((r) => r.data.text)).toEqual(['回车发送'])
    expect(bubbles()).toEqual(['消息1', '回车发送'])
  })
})

describe('nothing typed is lost', () => {
  const outbox = () => require('../services/outbox')

  test('a half-typed draft survives leaving the room and comes back', async () => {
    await open(range(1, 1))
    type('写了一半的')
    await simulate.sleep(0)
    page.instance.onUnload()
    page.detach()
    page = null
    expect(outbox().draftOf('c1')).toBe('写了一半的')

    await open(range(1, 1))
    expect(page.instance.data.draft).toBe('写了一半的')
    expect(page.querySelector('.input')).toBeTruthy()
  })

  test('a draft is saved when the app goes to the background (a restart may follow)', async () => {
    await open(range(1, 1))
    type('切到后台前')
    await simulate.sleep(0)
    page.instance.onHide()
    expect(mock.storage.get('chat.outbox.100.c1')).toEqual({ draft: '切到后台前', pending: [] })
  })

  test('a failed message survives leaving and restarting, and goes out again with its clientMsgId on reconnect', async () => {
    let down = true
    const stored = []
    const routes = {
      [`POST ${BASE}/messages`]: (req) => {
        if (down) return networkFail()
        stored.push(message(2, { sender: MYSELF, text: req.data.text, clientMsgId: req.data.clientMsgId }))
        return json(201, stored[stored.length - 1])
      },
    }
    await open(range(1, 1), routes)
    await sendDraft('地铁里发的')
    await settle()
    expect(textInRows('.failed')).toBe('发送失败，点击重发')
    page.instance.onUnload()
    page.detach()
    page = null
    socket.stop() // as after a restart: nothing of the old socket is left

    await open(range(1, 1), routes)
    expect(textInRows('.failed')).toBe('发送失败，点击重发')
    expect(bubbles()).toEqual(['消息1', '地铁里发的'])
    expect(page.querySelector('.unread-divider')).toBeFalsy() // a bubble without a seq is never "the first unread"

    down = false
    mock.socket().open()
    await settle()
    const [first, second] = sends()
    expect(second.data).toEqual(first.data)
    expect(nodesInRows('.failed')[0]).toBeFalsy()
    expect(bubbles()).toEqual(['消息1', '地铁里发的'])
    expect(outbox().read('c1').pending).toEqual([])
  })

  test('a failed message kept from before goes out as soon as the room opens on a live socket, with its clientMsgId', async () => {
    mock.storage.set('chat.outbox.100', ['c1'])
    mock.storage.set('chat.outbox.100.c1', {
      draft: '',
      pending: [
        { clientMsgId: 'cm-kept-1', text: '昨天没发出去的', createdAt: '2026-03-10T08:00:00+08:00' },
        { clientMsgId: 'cm-kept-2', text: '还有这条', createdAt: '2026-03-10T08:01:00+08:00' },
      ],
    })
    // Another page already brought the socket up: no 'open' is coming for this room.
    socket.start()
    mock.socket().open()
    await settle()
    expect(socket.isLive()).toBe(true)

    let seq = 1
    await open(range(1, 1), {
      [`POST ${BASE}/messages`]: (req) => {
        seq += 1
        return json(201, message(seq, { sender: MYSELF, text: req.data.text, clientMsgId: req.data.clientMsgId }))
      },
    })
    await settle()

    expect(mock.sockets()).toHaveLength(1)
    expect(sends().map((r) => r.data)).toEqual([
      { type: 'TEXT', clientMsgId: 'cm-kept-1', text: '昨天没发出去的' },
      { type: 'TEXT', clientMsgId: 'cm-kept-2', text: '还有这条' },
    ])
    expect(nodesInRows('.failed')).toHaveLength(0)
    expect(bubbles()).toEqual(['消息1', '昨天没发出去的', '还有这条'])
    expect(outbox().read('c1').pending).toEqual([])
  })

  test('one that the history shows as stored is not sent again', async () => {
    mock.storage.set('chat.outbox.100', ['c1'])
    mock.storage.set('chat.outbox.100.c1', {
      draft: '',
      pending: [{ clientMsgId: 'cm-kept-1', text: '其实发出去了', createdAt: '2026-03-10T08:00:00+08:00' }],
    })
    socket.start()
    mock.socket().open()
    await settle()
    await open([message(1), message(2, { sender: MYSELF, text: '其实发出去了', clientMsgId: 'cm-kept-1' })])
    await settle()
    expect(sends()).toHaveLength(0)
    expect(bubbles()).toEqual(['消息1', '其实发出去了'])
  })

  test('a failed message can be deleted from its long-press sheet', async () => {
    await open(range(1, 1), { [`POST ${BASE}/messages`]: () => networkFail() })
    await sendDraft('不要了')
    await settle()
    mock.answerActionSheet('删除')
    nodesInRows('.bubble')[1].dispatchEvent('longpress')
    await settle()
    expect(mock.wx.showActionSheet.mock.calls[0][0].itemList).toEqual(['复制', '重发', '删除'])
    expect(bubbles()).toEqual(['消息1'])
    expect(outbox().read('c1').pending).toEqual([])
  })
})

describe('leaving', () => {
  test('unloading unsubscribes: the conversation is no longer watched and later frames change nothing', async () => {
    await open(range(1, 2))
    mock.socket().open()
    await settle()
    expect(socket.isWatched('c1')).toBe(true)

    page.instance.onUnload()
    expect(socket.isWatched('c1')).toBe(false)
    const setData = jest.spyOn(page.instance, 'setData')
    mock.socket().emit({ type: 'message', conversationId: 'c1', message: message(3) })
    await simulate.sleep(0)
    expect(setData).not.toHaveBeenCalled()
    expect(bubbles()).toEqual(['消息1', '消息2'])
  })
})

describe('title and 群公告', () => {
  test('a group shows its member count, and the connection state while the socket is not live', async () => {
    const store = range(1, 2)
    await open(store, { [`GET ${BASE}`]: () => json(200, conversationView({ title: '闽江先锋号', memberCount: 12 })) })
    const titles = () => mock.wx.setNavigationBarTitle.mock.calls.map(([o]) => o.title)
    expect(titles()[titles().length - 1]).toBe('连接中…')

    mock.socket().open()
    await settle()
    expect(titles()).toContain('收取中…')
    expect(titles()[titles().length - 1]).toBe('闽江先锋号(12)')

    mock.socket().serverClose(1006)
    expect(titles()[titles().length - 1]).toBe('连接中…')
  })

  test('covered by another page (an image viewer, a page it opened), the room leaves that title alone', async () => {
    await open(range(1, 2), { [`GET ${BASE}`]: () => json(200, conversationView({ title: '闽江先锋号', memberCount: 12 })) })
    page.instance.onHide()
    const before = mock.wx.setNavigationBarTitle.mock.calls.length
    mock.socket().open()
    await settle()
    expect(mock.wx.setNavigationBarTitle.mock.calls.length).toBe(before)

    page.instance.onShow()
    expect(mock.wx.setNavigationBarTitle).toHaveBeenLastCalledWith({ title: '闽江先锋号(12)' })
  })

  test("the group's announcement shows as a line that opens in full", async () => {
    await open(range(1, 1), { [`GET ${BASE}`]: () => json(200, conversationView({ announcement: '本周五下午召开共建推进会，请各单位联络员参加。' })) })
    expect(text(page, '.announcement-text')).toBe('本周五下午召开共建推进会，请各单位联络员参加。')
    page.querySelector('.announcement').dispatchEvent('tap')
    await simulate.sleep(0)
    expect(mock.wx.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '群公告', content: '本周五下午召开共建推进会，请各单位联络员参加。' }))
  })

  test('a changed announcement (the server says so in a system message) replaces the line', async () => {
    let announcement = '旧公告'
    await open(range(1, 1), { [`GET ${BASE}`]: () => json(200, conversationView({ announcement })) })
    mock.socket().open()
    await settle()

    announcement = '新公告：周五改到上午'
    const notice = message(2, { sender: SYSTEM, type: 'CARD', cardType: 'SYSTEM', text: null, payload: { title: '群公告已更新' } })
    mock.socket().emit({ type: 'message', conversationId: 'c1', message: notice })
    await settle()
    expect(text(page, '.announcement-text')).toBe('新公告：周五改到上午')
  })

  test('no announcement, no line', async () => {
    await open(range(1, 1), { [`GET ${BASE}`]: () => json(200, conversationView({ announcement: null })) })
    expect(page.querySelector('.announcement')).toBeFalsy()
  })
})
