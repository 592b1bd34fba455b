// 会话: one conversation — its history, live messages, sending text, copy and recall.
// It lives in the `chat` subpackage rather than the main package: the main package stays small
// for a fast launch, and app.json's preloadRule fetches the subpackage as soon as the 消息 tab
// or a co-building home (the two ways in) is shown, so opening a room does not wait for it.
// Opened as ?id=<conversationId>&title=…[&readonly=1] (utils/routes.js chatRoom); the page then asks the
// server for the conversation, whose title and writable flag win over the link's.
//
// The list stays where the reader is: new messages scroll it only when the reader is at the bottom;
// otherwise a "N 条新消息" pill counts them and jumps down. A room entered with many unread opens at
// the first of them, under an unread divider. Messages go to the list as setData paths, a synced
// page as one call (list-patch.js). The draft and the messages not yet sent are kept in the outbox
// (services/outbox.js), so leaving the room or closing the app loses nothing.
//
// Photos (相册/拍照): each shows at once as my bubble with a progress ring while it uploads (POST /api/mp/media,
// purpose CHAT), then goes as {clientMsgId, type: IMAGE, mediaId} like a text: kept in the outbox, retried with
// the same clientMsgId (and the same upload once it has one). A tap on any photo opens the viewer over all the
// photos loaded in the room.
//
// A plaque decision ordering a rectification (a SYSTEM card of kind PLAQUE, decision RECTIFY) offers
// "提交整改报告" to whom the server lets report now (the rectification's canSubmit: the pioneer or a unit liaison,
// while it is open and in time): the room asks once such a card is loaded, and again whenever a new plaque decision
// arrives.
const chat = require('../../services/chat')
const rectifications = require('../../services/rectification')
const socket = require('../../services/socket')
const auth = require('../../services/auth')
const outbox = require('../../services/outbox')
const feedback = require('../../behaviors/feedback')
const { newClientId } = require('../../utils/client-id')
const {
  messageView,
  pendingView,
  originalUrl,
  withTimeSeparators,
  mergeMessages,
  canRecall,
  isMine,
  asksRectification,
} = require('../../utils/messages')
const { acceptsReport } = require('../../utils/rectification')
const { choosePhotos } = require('../../utils/choose-photos')
const { uploadPhoto, retryable: uploadRetryable, uploadErrorTitle, RETRY_DELAYS_MS } = require('../../utils/photo-upload')
const { listPatch } = require('./list-patch')
const { copyText } = require('./clipboard')

const MAX_LENGTH = 2000 // the server's limit
const GROUP_CLOSED = '本先锋号已退出共建，群聊仅可查看'
const DIRECT_CLOSED = '你们已不在同一个先锋号中，会话只能查看'
const LIAISON_UNASSIGNED = '局联络员待指派，会话只能查看'
const COUNT_FROM = 1800 // the remaining count shows from here on
const PAGE_SIZE = 30
const READ_DELAY_MS = 300 // a burst of messages is marked read once
const DRAFT_SAVE_MS = 400 // typing is saved once it pauses
const BOTTOM_SLACK_PX = 80 // this close to the end still counts as reading the latest
const JUMP_TO_UNREAD_FROM = 6 // fewer unread than this fit on the screen with the latest
const MAX_PHOTOS = 9 // chosen at once; each becomes a message of its own
const PROGRESS_STEP = 5 // a new figure on the ring every 5 %: each one is a setData

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

// The system message the server posts after the 群公告 changed.
function announcesChange(message) {
  if (!message.sender || message.sender.type !== 'SYSTEM') return false
  const payload = message.payload || {}
  return [message.text, payload.title, payload.text].some((t) => typeof t === 'string' && t.indexOf('群公告') >= 0)
}

// Network failures and server faults may pass: the same clientMsgId can be sent again safely.
const retryable = (err) => !err.status || err.status >= 500

const isPlaqueCard = (message) => message.type === 'CARD' && Boolean(message.payload) && message.payload.kind === 'PLAQUE'

/** The pending list with `draft` in its place (by clientMsgId), or added at the end. */
function upsert(pending, draft) {
  const found = pending.some((p) => p.clientMsgId === draft.clientMsgId)
  return found ? pending.map((p) => (p.clientMsgId === draft.clientMsgId ? draft : p)) : [...pending, draft]
}

Component({
  behaviors: [feedback],

  data: {
    status: 'loading', // loading | ready | error
    errorTitle: '',
    readonly: false,
    readonlyNote: GROUP_CLOSED,
    announcement: '', // 群公告, groups only
    items: [], // message views with time separators, pending bubbles last
    hasMore: false, // older history exists
    loadingOlder: false,
    scrollInto: '',
    unreadFromSeq: null, // the divider stands above this message
    newCount: 0, // arrived below while the reader was further up: the pill
    draft: '',
    counter: '',
    overLimit: false,
  },

  lifetimes: {
    created() {
      this.messages = [] // stored messages, ascending by seq
      this.pending = [] // my unsent ones: {clientMsgId, text | type IMAGE + localPath + mediaId, createdAt, state}
      this.uploading = {} // clientMsgId → true while its photo uploads
      this.uploadRetryDelays = RETRY_DELAYS_MS // waits before the automatic retries of an upload
      this.shown = [] // what data.items holds, to send only what changes
      this.readSeq = 0 // highest seq marked read
      this.visible = false
      this.atBottom = true
      this.viewHeight = 0
      this.baseTitle = ''
      this.memberCount = null
      this.shownTitle = ''
      this.cobuildingId = '' // a group's co-building
      this.reader = { rectifies: false } // what messageView needs to know of the one reading
      this.readerAsked = false
      this.readerAsking = 0 // the latest question about the reader; an older answer arriving late is dropped
    },
    detached() {
      this.leave()
    },
  },

  methods: {
    onLoad(options = {}) {
      this.conversationId = options.id
      this.baseTitle = safeDecode(options.title || '')
      const kept = outbox.read(this.conversationId)
      // Whatever was still on its way when the room was left or the app closed: failed until resent.
      this.pending = kept.pending.map((p) => ({ ...p, state: 'failed' }))
      this.setData({ readonly: options.readonly === '1', ...this.draftFields(kept.draft) })
      this.unwatchState = socket.watchState(() => this.applyTitle())
      this.unlisten = socket.listen((event) => {
        if (event.type === 'open') this.resendFailed()
      })
      this.applyTitle()
      this.load()
    },

    onShow() {
      this.visible = true
      this.covered = false
      this.applyTitle()
      this.scheduleRead()
    },

    onHide() {
      this.visible = false
      this.covered = true // setNavigationBarTitle would name whatever page is on top now
      this.saveDraft()
    },

    onUnload() {
      this.leave()
    },

    leave() {
      if (this.left) return
      this.left = true
      if (this.unsubscribe) this.unsubscribe()
      if (this.unlisten) this.unlisten()
      if (this.unwatchState) this.unwatchState()
      this.unsubscribe = null
      clearTimeout(this.readTimer)
      this.saveDraft()
    },

    /** The conversation's name and member count, or the connection's state while it is not live. */
    applyTitle() {
      if (this.covered) return
      const base = this.memberCount ? `${this.baseTitle}(${this.memberCount})` : this.baseTitle
      const title = socket.stateTitle(socket.getState()) || base
      if (!title || title === this.shownTitle) return
      this.shownTitle = title
      wx.setNavigationBarTitle({ title })
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
        const update = { status: 'ready', hasMore: Boolean(page.hasMore) }
        if (conversation) {
          const group = conversation.type !== 'DIRECT'
          if (conversation.title) this.baseTitle = conversation.title
          this.cobuildingId = group && conversation.cobuildingId ? String(conversation.cobuildingId) : ''
          this.memberCount = group && conversation.memberCount ? conversation.memberCount : null
          update.readonly = !conversation.writable
          update.readonlyNote = group ? GROUP_CLOSED : DIRECT_CLOSED
          update.announcement = (group && conversation.announcement) || ''
        }
        this.applyTitle()
        this.messages = page.items || []
        this.retireAnswered(this.messages)
        const entry = this.entryPosition(conversation, Boolean(page.hasMore))
        this.atBottom = entry.atBottom
        this.render({
          scrollTo: entry.scrollTo,
          extra: { ...update, unreadFromSeq: entry.unreadFromSeq, newCount: entry.newCount },
        })
        this.measure()
        this.askReader(this.messages)
        if (!this.unsubscribe && !this.left) {
          this.unsubscribe = socket.subscribe(this.conversationId, this.lastSeq(), (e) => this.onSocketEvent(e))
        }
        this.scheduleRead()
        // Kept from an earlier visit (or a closed app), not answered by the history: with the socket already
        // live no 'open' will come to send them, so they go now. Without it they wait for that 'open'.
        if (socket.isLive()) this.resendFailed()
      } catch (err) {
        this.setData({ status: 'error', errorTitle: err.title || '加载失败，请稍后重试' })
      }
    },

    /**
     * Where the room opens: at the latest, or — when more arrived since the last visit than fit
     * below the divider — at the first unread, with the pill counting what lies below.
     */
    entryPosition(conversation, hasMore) {
      const latest = { scrollTo: 'last', atBottom: true, unreadFromSeq: null, newCount: 0 }
      const readUpTo = conversation && conversation.lastReadSeq
      if (readUpTo === null || readUpTo === undefined) return latest
      const unread = this.messages.filter((m) => m.seq > readUpTo && !isMine(m, this.myId))
      if (!unread.length) return latest
      const first = unread[0]
      // More unread than the page holds: the first of them is not here, and no divider would be true.
      const beyondPage = hasMore && first === this.messages[0] && readUpTo < first.seq - 1
      if (unread.length < JUMP_TO_UNREAD_FROM) return { ...latest, unreadFromSeq: beyondPage ? null : first.seq }
      return { scrollTo: `m${first.seq}`, atBottom: false, unreadFromSeq: beyondPage ? null : first.seq, newCount: unread.length }
    },

    /** The scroll-view's height, to tell from a scroll event whether the reader is at the end. */
    measure() {
      this.createSelectorQuery()
        .select('.messages')
        .boundingClientRect((rect) => {
          if (rect && rect.height) this.viewHeight = rect.height
        })
        .exec()
    },

    onRetry() {
      this.load()
    },

    lastSeq() {
      return this.messages.length ? this.messages[this.messages.length - 1].seq : 0
    },

    /**
     * Brings data.items up to date in one setData, sending only the rows that changed.
     * `scrollTo` 'last' scrolls to the end, a key brings that row into view; `extra` rides along.
     */
    render({ scrollTo, extra = {} } = {}) {
      if (this.left) return // an upload or send finishing after the room was left: the outbox has it, nothing to draw
      const views = [
        ...this.messages.map((m) => messageView(m, this.myId, this.reader)), // avatars already absolute (assetUrl)
        ...this.pending.map((p) => pendingView(p)),
      ]
      const items = withTimeSeparators(views)
      const update = { ...listPatch('items', this.shown, items), ...extra }
      this.shown = items
      const target = scrollTo === 'last' ? items.length && items[items.length - 1].key : scrollTo
      if (target && target !== this.data.scrollInto) update.scrollInto = target
      if (Object.keys(update).length) this.setData(update)
    },

    setPending(pending) {
      this.pending = pending
      outbox.savePending(this.conversationId, pending)
    },

    /** My pending bubbles that these stored messages answer go. */
    retireAnswered(messages) {
      const answered = new Set(messages.map((m) => m.clientMsgId).filter(Boolean))
      if (this.pending.some((p) => answered.has(p.clientMsgId))) {
        this.setPending(this.pending.filter((p) => !answered.has(p.clientMsgId)))
      }
    },

    /**
     * Stored messages in. The reader at the bottom (or the sender of one) follows them down; a
     * reader further up stays put and the pill counts what arrived from others.
     */
    accept(messages, { mine = false } = {}) {
      const before = this.lastSeq()
      this.retireAnswered(messages)
      this.messages = mergeMessages(this.messages, messages)
      if (mine) this.atBottom = true
      if (this.atBottom) {
        this.render({ scrollTo: 'last', extra: this.data.newCount ? { newCount: 0 } : {} })
        return
      }
      const arrived = messages.filter((m) => m.seq > before && !isMine(m, this.myId)).length
      this.render({ extra: arrived ? { newCount: this.data.newCount + arrived } : {} })
    },

    onSocketEvent(event) {
      if (event.type === 'message' || event.type === 'messages') {
        const messages = event.type === 'message' ? [event.message] : event.messages
        this.accept(messages)
        this.scheduleRead()
        if (messages.some(announcesChange)) this.refreshAnnouncement()
        // A new plaque decision changed the co-building's status: whether the reader may report changed with it.
        if (messages.some(isPlaqueCard)) this.askReader(messages, { again: true })
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

    // Scroll events come many times a second: only a change of "at the bottom" touches data.
    onScroll(e) {
      const { scrollTop, scrollHeight } = e.detail || {}
      if (typeof scrollTop !== 'number' || typeof scrollHeight !== 'number') return
      this.setAtBottom(scrollHeight - scrollTop - this.viewHeight <= BOTTOM_SLACK_PX)
    },

    onReachBottom() {
      this.setAtBottom(true)
    },

    setAtBottom(atBottom) {
      if (atBottom === this.atBottom) return
      this.atBottom = atBottom
      if (atBottom && this.data.newCount) this.setData({ newCount: 0 })
    },

    onJumpToLatest() {
      const last = this.shown[this.shown.length - 1]
      this.atBottom = true
      if (!last) return
      // scroll-into-view acts on a change: the same key again needs clearing first.
      if (this.data.scrollInto === last.key) this.setData({ scrollInto: '' })
      this.setData({ scrollInto: last.key, newCount: 0 })
    },

    async onReachTop() {
      const { hasMore, loadingOlder } = this.data
      if (!hasMore || loadingOlder || !this.messages.length) return
      const oldest = this.messages[0]
      this.setData({ loadingOlder: true })
      try {
        const page = await chat.historyMessages(this.conversationId, oldest.seq, PAGE_SIZE)
        this.messages = mergeMessages(this.messages, page.items || [])
        this.askReader(page.items || [])
        // keep reading where the user was
        this.render({ scrollTo: `m${oldest.seq}`, extra: { hasMore: Boolean(page.hasMore), loadingOlder: false } })
      } catch (err) {
        this.setData({ loadingOlder: false })
        this.toast(err.title || '加载失败')
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
      this.setDraft(e.detail.value)
      clearTimeout(this.draftTimer)
      this.draftTimer = setTimeout(() => this.saveDraft(), DRAFT_SAVE_MS)
    },

    draftFields(draft) {
      const length = draft.trim().length
      return { draft, counter: counterText(length), overLimit: length > MAX_LENGTH }
    },

    setDraft(draft) {
      this.setData(this.draftFields(draft))
    },

    saveDraft() {
      clearTimeout(this.draftTimer)
      if (this.conversationId) outbox.saveDraft(this.conversationId, this.data.draft)
    },

    // The keyboard's Send key (confirm-type="send") and the button both end here.
    onSend() {
      const text = this.data.draft.trim()
      const problem = draftProblem(text)
      if (problem) {
        this.toast(problem)
        return
      }
      this.setDraft('')
      this.saveDraft()
      this.send({ clientMsgId: newClientId(), text, createdAt: new Date().toISOString() })
    },

    onResend(e) {
      const failed = this.pending.find((p) => p.clientMsgId === e.detail.clientMsgId)
      if (failed) this.send(failed)
    },

    /** The socket is back: what failed goes again, oldest first, with the same clientMsgIds. */
    async resendFailed() {
      const failed = this.pending.filter((p) => p.state === 'failed')
      for (const draft of failed) {
        if (this.left) return
        // Another pass (an 'open' while the room was loading) may have sent, deleted or retired it meanwhile.
        const current = this.pending.find((p) => p.clientMsgId === draft.clientMsgId)
        if (current && current.state === 'failed') await this.send(current)
      }
    },

    /** Shows the bubble at once; the server's message replaces it. A retry reuses the clientMsgId. */
    async send(draft) {
      const { clientMsgId, text } = draft
      if (draft.type === 'IMAGE' && !draft.mediaId) return this.uploadThenSend(draft)
      const others = this.pending.filter((p) => p.clientMsgId !== clientMsgId)
      // A text sent again goes to the bottom; a photo keeps its place among the others chosen with it.
      if (draft.type === 'IMAGE') this.setPending(upsert(this.pending, { ...draft, state: 'sending' }))
      else this.setPending([...others, { ...draft, state: 'sending' }])
      this.atBottom = true
      this.render({ scrollTo: 'last', extra: this.data.newCount ? { newCount: 0 } : {} })
      try {
        const stored =
          draft.type === 'IMAGE'
            ? await chat.sendImage(this.conversationId, { clientMsgId, mediaId: draft.mediaId })
            : await chat.sendText(this.conversationId, { clientMsgId, text })
        socket.seen(this.conversationId, stored.seq)
        this.accept([stored], { mine: true })
        this.scheduleRead()
      } catch (err) {
        this.sendFailed(draft, err)
      }
    },

    sendFailed({ clientMsgId, text, type }, err) {
      if (retryable(err)) {
        this.setPending(this.pending.map((p) => (p.clientMsgId === clientMsgId ? { ...p, state: 'failed' } : p)))
        this.render()
        return
      }
      // Refused (risky content, too fast, closed…): sending it again would be refused again, so the
      // bubble goes and the text returns to the input for editing.
      this.setPending(this.pending.filter((p) => p.clientMsgId !== clientMsgId))
      this.render()
      if (type !== 'IMAGE' && !this.data.draft) {
        this.setDraft(text)
        this.saveDraft()
      }
      this.toast(err.title || '发送失败')
      if (err.code === 'COBUILDING_CLOSED') this.setData({ readonly: true, readonlyNote: GROUP_CLOSED })
      if (err.code === 'DIRECT_CLOSED') this.setData({ readonly: true, readonlyNote: DIRECT_CLOSED })
      // The bureau liaison lost the role or the assignment: nobody is there to answer any more.
      if (err.code === 'LIAISON_UNASSIGNED') this.setData({ readonly: true, readonlyNote: LIAISON_UNASSIGNED })
    },

    /**
     * 图片: the phone's picker (album or camera). Each photo becomes a bubble of its own at once; they upload and
     * go one after another, so they arrive in the order chosen and a weak signal carries one photo at a time.
     */
    async onChooseImage() {
      if (this.data.readonly) return
      let files
      try {
        files = await choosePhotos({ count: MAX_PHOTOS })
      } catch (err) {
        this.toast(err.title)
        return
      }
      if (!files.length) return
      const now = new Date().toISOString()
      const drafts = files.map((file) => ({
        clientMsgId: newClientId(),
        type: 'IMAGE',
        localPath: file.path,
        size: file.size,
        width: file.width,
        height: file.height,
        mediaId: null,
        createdAt: now,
        state: 'uploading',
        progress: 0,
      }))
      this.setPending([...this.pending, ...drafts])
      this.atBottom = true
      this.render({ scrollTo: 'last', extra: this.data.newCount ? { newCount: 0 } : {} })
      for (const draft of drafts) {
        if (this.left) return // the rest are kept in the outbox and go from the room's next visit
        const current = this.pending.find((p) => p.clientMsgId === draft.clientMsgId)
        if (current) await this.uploadThenSend(current)
      }
    },

    /**
     * A photo without an upload yet: the bubble shows the phone's file with a progress ring, the upload retries
     * network failures by itself, and once the server has the photo the message goes like any other.
     */
    async uploadThenSend(draft) {
      const { clientMsgId } = draft
      if (this.uploading[clientMsgId]) return // already on its way (a tap and a reconnect together)
      this.uploading[clientMsgId] = true
      this.setPending(upsert(this.pending, { ...draft, state: 'uploading', progress: 0 }))
      this.atBottom = true
      this.render({ scrollTo: 'last', extra: this.data.newCount ? { newCount: 0 } : {} })
      let shown = 0
      // A retry starts again from 0: the ring goes back with it.
      const showProgress = (progress) => {
        if (progress > shown && progress - shown < PROGRESS_STEP && progress < 100) return
        if (progress === shown) return
        shown = progress
        this.pending = this.pending.map((p) => (p.clientMsgId === clientMsgId ? { ...p, progress } : p))
        this.render()
      }
      let view
      try {
        view = await uploadPhoto(
          { path: draft.localPath, size: draft.size },
          { purpose: 'CHAT', retryDelaysMs: this.uploadRetryDelays, onProgress: showProgress, onRetry: () => showProgress(0) },
        )
      } catch (err) {
        delete this.uploading[clientMsgId]
        this.uploadFailed(clientMsgId, err)
        return
      }
      delete this.uploading[clientMsgId]
      const current = this.pending.find((p) => p.clientMsgId === clientMsgId)
      if (!current) return // deleted meanwhile
      // The upload is kept with the message: a resend from here on (or from the outbox) reuses it.
      await this.send({ ...current, mediaId: String(view.id), progress: null })
    },

    uploadFailed(clientMsgId, err) {
      if (uploadRetryable(err)) {
        this.setPending(this.pending.map((p) => (p.clientMsgId === clientMsgId ? { ...p, state: 'failed', progress: null } : p)))
        this.render()
        return
      }
      // Too large, not a JPG/PNG, unreadable: the same file would be refused again.
      this.setPending(this.pending.filter((p) => p.clientMsgId !== clientMsgId))
      this.render()
      this.toast(uploadErrorTitle(err))
    },

    /** A tap on a photo: the viewer over the originals of the photos loaded here, from the one tapped. */
    onPreview(e) {
      const { seq, clientMsgId } = e.detail || {}
      if (clientMsgId) {
        const draft = this.pending.find((p) => p.clientMsgId === clientMsgId)
        if (draft && draft.localPath) wx.previewImage({ urls: [draft.localPath], current: draft.localPath })
        return
      }
      const message = this.messages.find((m) => m.seq === seq)
      const current = message && !message.recalled ? originalUrl(message) : ''
      if (!current) return
      const urls = this.messages.filter((m) => !m.recalled).map(originalUrl).filter(Boolean)
      wx.previewImage({ urls, current, showmenu: true })
    },

    /** A long press on a bubble: one sheet with what can be done to it (the text itself is not selectable, so nothing competes). */
    onMessageAction(e) {
      const { seq, clientMsgId } = e.detail
      if (clientMsgId) {
        this.pendingAction(clientMsgId)
        return
      }
      const message = this.messages.find((m) => m.seq === seq)
      if (!message || message.recalled) return
      const actions = []
      if (message.type === 'TEXT' && message.text) actions.push('复制')
      if (canRecall(message, this.myId)) actions.push('撤回')
      this.sheet(actions, {
        复制: () => copyText(message.text),
        撤回: () => this.recall(message.seq),
      })
    },

    pendingAction(clientMsgId) {
      const draft = this.pending.find((p) => p.clientMsgId === clientMsgId)
      if (!draft) return
      const failed = draft.state === 'failed'
      const image = draft.type === 'IMAGE'
      const actions = [...(image ? [] : ['复制']), ...(failed ? ['重发', '删除'] : [])]
      this.sheet(actions, {
        复制: () => copyText(draft.text),
        重发: () => this.send(draft),
        删除: () => {
          this.setPending(this.pending.filter((p) => p.clientMsgId !== clientMsgId))
          this.render()
        },
      })
    },

    sheet(actions, handlers) {
      if (!actions.length) return
      wx.showActionSheet({
        itemList: actions,
        success: ({ tapIndex }) => handlers[actions[tapIndex]](),
      })
    },

    /**
     * Whether the reader may report on the co-building's rectification now (the server's canSubmit), asked once a
     * RECTIFY plaque card is among `messages` (or, `again`, once any plaque card arrives); the cards are drawn again when it changes.
     * Unknown (offline), the cards show without the button: the co-building's home leads to the rectification too.
     */
    async askReader(messages, { again = false } = {}) {
      if (this.readerAsked && !again) return
      const plaques = messages.filter(isPlaqueCard)
      if (!(again ? plaques.length : messages.some(asksRectification))) return
      const cobuildingId = this.cobuildingId || String(plaques[plaques.length - 1].payload.cobuildingId || '')
      if (!cobuildingId) return
      this.readerAsked = true
      const asking = this.readerAsking + 1
      this.readerAsking = asking
      let rectifies
      try {
        rectifies = acceptsReport(await rectifications.getRectification(cobuildingId))
      } catch (err) {
        // None ordered (any more), or not the reader's co-building: nothing to report. Otherwise unknown for now.
        if (err.status === 404) rectifies = false
        else {
          if (asking === this.readerAsking) this.readerAsked = false // the next page of history, or the next visit, asks again
          return
        }
      }
      // Two plaque decisions in a row: only the later question's answer counts.
      if (asking !== this.readerAsking || rectifies === this.reader.rectifies) return
      this.reader = { rectifies }
      this.render()
    },

    onShowAnnouncement() {
      wx.showModal({ title: '群公告', content: this.data.announcement, showCancel: false, confirmText: '知道了' })
    },

    /** The pioneer changed the 群公告 (the server posts a system message saying so): show the new one. */
    async refreshAnnouncement() {
      try {
        const conversation = await chat.getConversation(this.conversationId)
        this.setData({ announcement: (conversation.type !== 'DIRECT' && conversation.announcement) || '' })
      } catch (e) {
        // The line stays as it was; the next visit shows the new text.
      }
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
