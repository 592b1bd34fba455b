// 消息 (first tab): every conversation of the user — the group of each co-building and the
// one-to-ones — latest activity first, with unread badges and the total on the tab bar.
// Socket events keep it live; every show reloads it, since the room marks things read.
// A conversation with a half-typed draft (services/outbox.js) says "[草稿]" instead of its last message.
// The title says "连接中…" / "收取中…" while the socket is not live, as WeChat's own list does.
// A first launch lands here and logs in: without a nickname, the profile sheet offers itself (once).
const chat = require('../../services/chat')
const socket = require('../../services/socket')
const auth = require('../../services/auth')
const outbox = require('../../services/outbox')
const application = require('../../services/application')
const pagedList = require('../../behaviors/paged-list')
const profileOffer = require('../../behaviors/profile-offer')
const { formatRelative } = require('../../utils/format')
const { badgeText, previewOf, isMine } = require('../../utils/messages')
const { assetUrl } = require('../../utils/asset-url')
const routes = require('../../utils/routes')

const TAB_INDEX = 0 // this page's place in app.json's tabBar
const TITLE = '消息'

function decorate(item) {
  const last = item.lastMessage
  // A draft left in a conversation that has since turned read-only can never be sent: not worth a mention.
  const draft = item.writable === false ? '' : outbox.draftOf(item.id)
  return {
    ...item,
    isGroup: item.type === 'GROUP',
    isAssistant: item.type === 'ASSISTANT', // 问政策: the policy assistant answers there
    isBureau: Boolean(item.peer && item.peer.type === 'ADMIN'),
    initial: (item.title || '?').slice(0, 1),
    avatarSrc: assetUrl(item.peer && item.peer.avatarUrl),
    draft: draft.trim(),
    preview: last ? last.preview || '' : '',
    timeText: last ? formatRelative(last.createdAt) : '',
    badge: badgeText(item.unread),
  }
}

Component({
  behaviors: [pagedList, profileOffer],

  observers: {
    items(items) {
      const total = items.reduce((sum, item) => sum + (item.unread || 0), 0)
      // Fails harmlessly while a page without the tab bar is on top; the next show sets it again.
      if (total > 0) wx.setTabBarBadge({ index: TAB_INDEX, text: badgeText(total), fail() {} })
      else wx.removeTabBarBadge({ index: TAB_INDEX, fail() {} })
    },
  },

  data: {
    application: null, // for the empty state: {id, reviewing} of my latest open application
    user: {},
    sheetShown: false,
  },

  lifetimes: {
    attached() {
      this.unlisten = socket.listen((event) => this.onSocketEvent(event))
      this.unwatchState = socket.watchState(() => this.applyTitle())
    },
    detached() {
      this.unlisten()
      this.unwatchState()
    },
  },

  methods: {
    fetchPage(params) {
      return chat.listConversations(params)
    },

    decorate,

    async onShow() {
      this.visible = true
      this.applyTitle()
      await this.refresh()
      // After the list: its request may have been the one that logged in and stored a token.
      socket.start()
      if (this.data.status === 'ready' && !this.data.items.length) this.loadApplication()
      try {
        this.myId = (await auth.currentUser()).id
      } catch (e) {
        // Without it my own messages from another device would count as unread; nothing worse.
      }
      this.offerProfile()
    },

    onHide() {
      this.visible = false
    },

    // setNavigationBarTitle names the page on top: while a room covers this tab, the room's title is not ours to set.
    applyTitle() {
      if (!this.visible) return
      const title = socket.stateTitle(socket.getState()) || TITLE
      if (title === this.shownTitle) return
      this.shownTitle = title
      wx.setNavigationBarTitle({ title })
    },

    /** With no conversation yet, the empty state speaks of the application under review, if there is one. */
    async loadApplication() {
      try {
        const res = await application.listApplications({})
        const open = (res.items || []).find((a) => ['SUBMITTED', 'DRAFT', 'RETURNED'].indexOf(a.status) >= 0)
        this.setData({ application: open ? { id: open.id, reviewing: open.status === 'SUBMITTED' } : null })
      } catch (e) {
        // The empty state without it still offers applying and joining.
      }
    },

    onSocketEvent(event) {
      if (event.type === 'open') {
        this.refresh() // whatever happened while the socket was down
        return
      }
      const index = this.data.items.findIndex((item) => item.id === event.conversationId)
      const arrived = event.type === 'message' || event.type === 'messages'
      if (index < 0) {
        if (arrived) this.refresh() // a conversation this list has not seen yet
        return
      }
      const item = this.data.items[index]
      if (arrived) {
        const messages = event.type === 'message' ? [event.message] : event.messages
        const next = messages.reduce((it, m) => this.withMessage(it, m), item)
        if (next !== item) this.moveToTop(index, next)
      } else this.replaceAt(index, this.changed(item, event))
    },

    /** The item after a new message: it becomes the last one, and unread unless mine or being read. */
    withMessage(item, message) {
      if (message.seq <= (item.maxSeq || 0)) return item // a copy of one already counted
      const counts = !isMine(message, this.myId) && !socket.isWatched(item.id)
      return {
        ...item,
        lastMessage: { seq: message.seq, preview: previewOf(message, this.myId), createdAt: message.createdAt },
        maxSeq: message.seq,
        unread: (item.unread || 0) + (counts ? 1 : 0),
      }
    },

    /** The item after an update, recall or read mark. */
    changed(item, event) {
      const last = item.lastMessage
      if (event.type === 'read') {
        const unread = event.seq >= item.maxSeq ? 0 : Math.min(item.unread, item.maxSeq - event.seq)
        return { ...item, unread, lastReadSeq: Math.max(item.lastReadSeq || 0, event.seq) }
      }
      if (!last) return item
      if (event.type === 'update' && event.message.seq === last.seq) {
        return { ...item, lastMessage: { ...last, preview: previewOf(event.message, this.myId) } }
      }
      if (event.type === 'recall' && event.seq === last.seq) {
        const preview = event.recalledBy === 'BUREAU' ? '消息已被管理员撤回' : '撤回了一条消息'
        return { ...item, lastMessage: { ...last, preview } }
      }
      return item
    },

    moveToTop(index, item) {
      const rest = this.data.items.filter((_, i) => i !== index)
      this.setData({ items: [decorate(item), ...rest] })
    },

    replaceAt(index, item) {
      if (item === this.data.items[index]) return
      this.setData({ items: this.data.items.map((it, i) => (i === index ? decorate(item) : it)) })
    },

    onOpen(e) {
      const item = this.data.items[e.currentTarget.dataset.index]
      wx.navigateTo({ url: routes.chatRoom(item) })
    },

    onJoin() {
      wx.navigateTo({ url: routes.join() })
    },

    // 申报: the application in progress if there is one, else a new one.
    onApply() {
      const open = this.data.application
      wx.navigateTo({ url: routes.applicationForm(open && !open.reviewing ? open.id : undefined) })
    },

    onOpenApplication() {
      wx.navigateTo({ url: routes.applicationForm(this.data.application.id) })
    },
  },
})
