// 会话: one conversation — its history, live messages, sending text, copy and recall.
// It lives in the `chat` subpackage rather than the main package: the main package stays small
// for a fast launch, and app.json's preloadRule fetches the subpackage as soon as the 消息 tab
// or a co-building home (the two ways in) is shown, so opening a room does not wait for it.
// Opened as ?id=<conversationId>&title=…[&readonly=1] (utils/routes.js chatRoom); the page then asks the
// server for the conversation, whose title and writable flag win over the link's.
const chat = require('../../services/chat')
const socket = require('../../services/socket')
const auth = require('../../services/auth')
const feedback = require('../../behaviors/feedback')
const { newClientId } = require('../../utils/client-id')
const { messageView, pendingView, withTimeSeparators, mergeMessages, canRecall } = require('../../utils/messages')

const MAX_LENGTH = 2000 // the server's limit
const GROUP_CLOSED = '该先锋号已退出，会话只能查看'
const DIRECT_CLOSED = '你们已不在同一个先锋号中，会话只能查看'
const LIAISON_UNASSIGNED = '局联络员待指派，会话只能查看'
const COUNT_FROM = 1800 // the remaining count shows from here on
const PAGE_SIZE = 30
const READ_DELAY_MS = 300 // a burst of messages is marked read once

function safeDecode(text) {
  try {
    return decodeURIComponent(text)
  } catch (e) {
    return text
  }
}

/** Why a draft cannot be sent (the server's own rules), or ''. */
function draftProblem(text) {
  if (!text) return '不能发送空白消息'
  if (text.length > MAX_LENGTH) return `消息不能超过 ${MAX_LENGTH} 字`
  return ''
}

function counterText(length) {
  if (length > MAX_LENGTH) return `超出 ${length - MAX_LENGTH} 字`
  return length >= COUNT_FROM ? `还可输入 ${MAX_LENGTH - length} 字` : ''
}

// Network failures and server faults may pass: the same clientMsgId can be sent again safely.
const retryable = (err) => !err.status || err.status >= 500

Component({
  behaviors: [feedback],

  data: {
    status: 'loading', // loading | ready | error
    errorTitle: '',
    readonly: false,
    readonlyNote: GROUP_CLOSED,
    items: [], // message views with time separators, pending bubbles last
    hasMore: false, // older history exists
    loadingOlder: false,
    scrollInto: '',
    draft: '',
    counter: '',
    overLimit: false,
  },

  lifetimes: {
    created() {
      this.messages = [] // stored messages, ascending by seq
      this.pending = [] // my unsent ones: {clientMsgId, text, createdAt, state}
      this.readSeq = 0 // highest seq marked read
      this.visible = false
    },
    detached() {
      this.leave()
    },
  },

  methods: {
    onLoad(options = {}) {
      this.conversationId = options.id
      const title = safeDecode(options.title || '')
      if (title) wx.setNavigationBarTitle({ title })
      this.setData({ readonly: options.readonly === '1' })
      this.load()
    },

    onShow() {
      this.visible = true
      this.scheduleRead()
    },

    onHide() {
      this.visible = false
    },

    onUnload() {
      this.leave()
    },

    leave() {
      if (this.unsubscribe) this.unsubscribe()
      this.unsubscribe = null
      clearTimeout(this.readTimer)
    },

    async load() {
      this.setData({ status: 'loading', errorTitle: '' })
      try {
        const [me, page, conversation] = await Promise.all([
          auth.currentUser().catch(() => null), // unknown: everything shows as others', still readable
          chat.historyMessages(this.conversationId, undefined, PAGE_SIZE),
          // The link's title and readonly flag show at once; the server's word settles them.
          chat.getConversation(this.conversationId).catch(() => null),
        ])
        this.myId = me && me.id
        if (conversation) {
          if (conversation.title) wx.setNavigationBarTitle({ title: conversation.title })
          this.setData({
            readonly: !conversation.writable,
            readonlyNote: conversation.type === 'DIRECT' ? DIRECT_CLOSED : GROUP_CLOSED,
          })
        }
        this.messages = page.items || []
        this.setData({ status: 'ready', hasMore: Boolean(page.hasMore) })
        this.render('last')
        if (!this.unsubscribe) {
          this.unsubscribe = socket.subscribe(this.conversationId, this.lastSeq(), (e) => this.onSocketEvent(e))
        }
        this.scheduleRead()
      } catch (err) {
        this.setData({ status: 'error', errorTitle: err.title || '加载失败，请稍后重试' })
      }
    },

    onRetry() {
      this.load()
    },

    lastSeq() {
      return this.messages.length ? this.messages[this.messages.length - 1].seq : 0
    },

    /** Redraws the list; `anchor` 'last' scrolls to the end, a key keeps that message in view. */
    render(anchor) {
      const views = [
        ...this.messages.map((m) => messageView(m, this.myId)),
        ...this.pending.map((p) => pendingView(p)),
      ]
      const items = withTimeSeparators(views)
      const update = { items }
      if (anchor === 'last' && items.length) update.scrollInto = items[items.length - 1].key
      else if (anchor && anchor !== 'last') update.scrollInto = anchor
      this.setData(update)
    },

    /** Stored messages in: replaces same seqs, and retires my pending bubbles they answer. */
    accept(messages) {
      const answered = new Set(messages.map((m) => m.clientMsgId).filter(Boolean))
      this.pending = this.pending.filter((p) => !answered.has(p.clientMsgId))
      this.messages = mergeMessages(this.messages, messages)
      this.render('last')
    },

    onSocketEvent(event) {
      if (event.type === 'message') {
        this.accept([event.message])
        this.scheduleRead()
      } else if (event.type === 'update' || event.type === 'recall') {
        const seq = event.type === 'update' ? event.message.seq : event.seq
        const current = this.messages.find((m) => m.seq === seq)
        if (!current) return // older than what is loaded: it will come right with the history
        const next = event.type === 'update' ? event.message : { ...current, recalled: true, recalledBy: event.recalledBy, text: null, payload: null }
        this.messages = mergeMessages(this.messages, [next])
        this.render()
      } else if (event.type === 'card-update') {
        const current = this.messages.find((m) => m.seq === event.seq)
        // Not loaded: the page that loads it brings its latest payload. A lower version is older than what we show.
        if (!current || current.recalled || (current.cardVersion || 0) >= event.cardVersion) return
        this.messages = mergeMessages(this.messages, [{ ...current, payload: event.payload, cardVersion: event.cardVersion }])
        this.render()
      }
    },

    async onReachTop() {
      const { hasMore, loadingOlder } = this.data
      if (!hasMore || loadingOlder || !this.messages.length) return
      const oldest = this.messages[0]
      this.setData({ loadingOlder: true })
      try {
        const page = await chat.historyMessages(this.conversationId, oldest.seq, PAGE_SIZE)
        this.messages = mergeMessages(this.messages, page.items || [])
        this.setData({ hasMore: Boolean(page.hasMore) })
        this.render(`m${oldest.seq}`) // keep reading where the user was
      } catch (err) {
        this.toast(err.title || '加载失败')
      } finally {
        this.setData({ loadingOlder: false })
      }
    },

    scheduleRead() {
      if (!this.visible || this.data.status !== 'ready') return
      clearTimeout(this.readTimer)
      this.readTimer = setTimeout(() => this.markRead(), READ_DELAY_MS)
    },

    async markRead() {
      const seq = this.lastSeq()
      const before = this.readSeq
      if (seq <= before) return // never backwards, never twice
      this.readSeq = seq
      try {
        await chat.markRead(this.conversationId, seq)
      } catch (err) {
        if (this.readSeq === seq) this.readSeq = before // try again with the next message or show
      }
    },

    onInput(e) {
      const draft = e.detail.value
      this.setDraft(draft)
    },

    setDraft(draft) {
      const length = draft.trim().length
      this.setData({ draft, counter: counterText(length), overLimit: length > MAX_LENGTH })
    },

    onSend() {
      const text = this.data.draft.trim()
      const problem = draftProblem(text)
      if (problem) {
        this.toast(problem)
        return
      }
      this.setDraft('')
      this.send({ clientMsgId: newClientId(), text, createdAt: new Date().toISOString() })
    },

    onResend(e) {
      const failed = this.pending.find((p) => p.clientMsgId === e.detail.clientMsgId)
      if (failed) this.send(failed)
    },

    /** Shows the bubble at once; the server's message replaces it. A retry reuses the clientMsgId. */
    async send(draft) {
      const { clientMsgId, text } = draft
      this.pending = [...this.pending.filter((p) => p.clientMsgId !== clientMsgId), { ...draft, state: 'sending' }]
      this.render('last')
      try {
        const stored = await chat.sendText(this.conversationId, { clientMsgId, text })
        socket.seen(this.conversationId, stored.seq)
        this.accept([stored])
        this.scheduleRead()
      } catch (err) {
        this.sendFailed(draft, err)
      }
    },

    sendFailed({ clientMsgId, text }, err) {
      if (retryable(err)) {
        this.pending = this.pending.map((p) => (p.clientMsgId === clientMsgId ? { ...p, state: 'failed' } : p))
        this.render()
        return
      }
      // Refused (risky content, too fast, closed…): sending it again would be refused again, so the
      // bubble goes and the text returns to the input for editing.
      this.pending = this.pending.filter((p) => p.clientMsgId !== clientMsgId)
      this.render()
      if (!this.data.draft) this.setDraft(text)
      this.toast(err.title || '发送失败')
      if (err.code === 'COBUILDING_CLOSED') this.setData({ readonly: true, readonlyNote: GROUP_CLOSED })
      if (err.code === 'DIRECT_CLOSED') this.setData({ readonly: true, readonlyNote: DIRECT_CLOSED })
      // The bureau liaison lost the role or the assignment: nobody is there to answer any more.
      if (err.code === 'LIAISON_UNASSIGNED') this.setData({ readonly: true, readonlyNote: LIAISON_UNASSIGNED })
    },

    onMessageAction(e) {
      const message = this.messages.find((m) => m.seq === e.detail.seq)
      if (!message || message.recalled) return
      const actions = []
      if (message.type === 'TEXT' && message.text) actions.push('复制')
      if (canRecall(message, this.myId)) actions.push('撤回')
      if (!actions.length) return
      wx.showActionSheet({
        itemList: actions,
        success: ({ tapIndex }) => {
          if (actions[tapIndex] === '复制') wx.setClipboardData({ data: message.text })
          else if (actions[tapIndex] === '撤回') this.recall(message.seq)
        },
      })
    },

    async recall(seq) {
      try {
        this.accept([await chat.recallMessage(this.conversationId, seq)])
      } catch (err) {
        this.toast(err.title || '撤回失败')
      }
    },
  },
})
