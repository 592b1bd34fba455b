// 先锋号主页: units, members grouped by unit with roles, status and the bureau liaison.
// The pioneer of an open co-building also invites (code, shared card or mini-program code),
// revokes invitations, removes members and hands a partner unit's liaison role on.
// Everyone can enter the co-building's group chat, write to its bureau liaison, or to another member.
// The 群公告 shows to every member; the pioneer of an open co-building sets, changes and clears it.
// Its next activities show to everyone; the pioneer and unit liaisons of an open co-building start new ones.
// Everyone reaches the 五个一 goals and progress, and the co-building's public board.
// The plaque's lifecycle shows too: the 授牌 date while the plaque is held, 整改中 with the deadline and the way to the
// rectification while RECTIFYING, and a read-only note once 已摘牌 (DELISTED).
const cobuilding = require('../../services/cobuilding')
const chat = require('../../services/chat')
const rectifications = require('../../services/rectification')
const auth = require('../../services/auth')
const feedback = require('../../behaviors/feedback')
const { label, formatDate } = require('../../utils/format')
const routes = require('../../utils/routes')
const { newClientId } = require('../../utils/client-id')
const { countdownText, shownStatus } = require('../../utils/rectification')
const { renderShareCard, FALLBACK: FALLBACK_SHARE_IMAGE } = require('../../utils/share-card')

const ORGANIZERS = ['PIONEER', 'UNIT_LIAISON']
// A plaque is held while AWARDED, and still while its rectification runs; a delisted one was taken down.
const PLAQUE_HELD = ['AWARDED', 'RECTIFYING']

// The server's limit, counted as it counts (UTF-16 units, what a JS string's length is).
const ANNOUNCEMENT_MAX = 500

/**
 * What a refused 群公告 tells the person. Server titles are generic (没有权限) and WeChat's outage carries its
 * API name, so the status decides; `reload` when the page's view is out of date (no longer the pioneer, closed).
 */
function announcementFailure(err) {
  if (err.code === 'CONTENT_RISKY') return { message: '群公告包含不当内容，未能发布，请修改后再试' }
  if (err.status === 422) return { message: (err.errors && err.errors.text) || err.title || '群公告未能发布' }
  if (err.status === 403) return { message: '只有科技党建先锋可以修改群公告', reload: true }
  if (err.status === 409) return { message: '本先锋号已退出共建，群公告不能再修改', reload: true }
  if (err.status === 404) return { message: '你已不在本先锋号中，群公告不能修改', reload: true }
  if (err.status === 503) return { message: '微信内容检查暂时不可用，群公告未发布，请稍后重试' }
  return { message: err.title || '群公告未能发布，请稍后重试' }
}

function decorateView(view) {
  const units = (view.units || []).map((u) => ({
    ...u,
    typeLabel: label('unitType', u.type),
    roleLabel: label('unitRole', u.role),
  }))
  const partnerIds = units.filter((u) => u.role === 'PARTNER').map((u) => u.id)
  const isPioneer = view.myRole === 'PIONEER'
  return {
    cb: {
      ...view,
      myRoleLabel: label('memberRole', view.myRole),
      plaqueText: PLAQUE_HELD.indexOf(view.status) >= 0 ? formatDate(view.plaqueDate) : '',
      // Vacant (never assigned, or the last one lost the role): no name, and nobody to write to.
      liaisonName: view.bureauLiaison && !view.bureauLiaison.vacant ? view.bureauLiaison.displayName : '',
    },
    units,
    groups: (view.memberGroups || []).map((g) => ({ ...g, partner: partnerIds.indexOf(g.unitId) >= 0 })),
    isPioneer,
    canManage: isPioneer && Boolean(view.writable),
    // Who may organise activities for the co-building: its pioneer and unit liaisons, while it is open.
    canOrganize: ORGANIZERS.indexOf(view.myRole) >= 0 && Boolean(view.writable),
    rectifying: view.status === 'RECTIFYING',
    delisted: view.status === 'DELISTED',
  }
}

/** The 整改中 line of the home: the deadline, the days left, and what the reader is asked to do. */
function rectificationLine(rectification) {
  const status = shownStatus(rectification)
  const submitted = status === 'SUBMITTED'
  let state = ''
  if (submitted) state = '整改报告已提交，等待复核'
  else if (status === 'OVERDUE') state = '已逾期，未提交整改报告'
  return {
    deadline: rectification.deadline || '',
    daysLeftText: countdownText(rectification),
    state,
    late: status === 'OVERDUE',
    // The server's canSubmit says whether the reader may report now; nothing sent yet asks for it.
    action: rectification.canSubmit && status === 'OPEN' ? '提交整改报告' : '查看整改',
  }
}

Component({
  behaviors: [feedback],

  data: {
    status: 'loading', // loading | ready | error
    errorTitle: '',
    cb: null,
    units: [],
    groups: [],
    isPioneer: false,
    canManage: false,
    canOrganize: false,
    banner: '',
    invitations: [],
    invitationsState: 'idle', // idle | loading | ready | error
    invitationsError: '',
    creating: false,
    newInvitationId: '',
    wxacode: null, // {image, code} while the mini-program code is shown
    announcementMax: ANNOUNCEMENT_MAX,
    editingAnnouncement: false,
    announcementDraft: '',
    announcementLength: 0,
    announcementOver: false,
    announcementSaving: false,
    announcementError: '',
    rectifying: false,
    delisted: false,
    rectification: null, // the 整改中 line: {deadline, daysLeftText, state, late, action}
  },

  methods: {
    onLoad(options = {}) {
      this.cobuildingId = options.id
      this.load()
    },

    async onPullDownRefresh() {
      await this.load()
      wx.stopPullDownRefresh()
    },

    async load() {
      if (!this.data.cb) this.setData({ status: 'loading', errorTitle: '' })
      try {
        this.showView(await cobuilding.getCobuilding(this.cobuildingId))
        this.setData({ status: 'ready' })
        await Promise.all([this.data.canManage ? this.loadInvitations() : null, this.loadRectification()])
      } catch (err) {
        if (this.data.cb) this.setData({ banner: err.title || '刷新失败' })
        else this.setData({ status: 'error', errorTitle: err.title || '加载失败，请稍后重试' })
      }
    },

    onRetry() {
      this.load()
    },

    showView(view) {
      this.setData(decorateView(view))
      if (view.name) wx.setNavigationBarTitle({ title: view.name })
      this.prepareShareCard(view.name)
    },

    /** Draws the share picture once per name, ahead of the share tap (WeChat waits at most 3 s for it). */
    prepareShareCard(name) {
      if (!name || this.shareCardName === name) return
      this.shareCardName = name
      this.shareImageUrl = ''
      this.shareCard = renderShareCard(name).then((url) => {
        if (this.shareCardName === name) this.shareImageUrl = url
        return url
      })
    },

    /** The deadline of the running rectification; without it the line still leads to the rectification page. */
    async loadRectification() {
      if (!this.data.rectifying) {
        if (this.data.rectification) this.setData({ rectification: null })
        return
      }
      try {
        const rectification = await rectifications.getRectification(this.cobuildingId)
        this.setData({ rectification: rectificationLine(rectification) })
      } catch (err) {
        this.setData({ rectification: null })
      }
    },

    onOpenRectification() {
      wx.navigateTo({ url: routes.rectification(this.cobuildingId) })
    },

    async loadInvitations() {
      this.setData({ invitationsState: 'loading', invitationsError: '' })
      try {
        const res = await cobuilding.listInvitations(this.cobuildingId)
        this.setData({ invitations: res.items || [], invitationsState: 'ready' })
      } catch (err) {
        this.setData({ invitationsState: 'error', invitationsError: err.title || '邀请加载失败' })
      }
    },

    /** A write the pioneer made failed: say why; a closed co-building is reloaded to hide the controls. */
    async writeFailed(err) {
      this.setData({ banner: err.title || '操作失败，请稍后重试' })
      if (err.code === 'COBUILDING_CLOSED' || err.code === 'FORBIDDEN') {
        try {
          this.showView(await cobuilding.getCobuilding(this.cobuildingId))
        } catch (e) {
          // The banner already tells the user something is wrong.
        }
      }
    },

    async onCreateInvitation(e) {
      if (this.data.creating) return
      this.setData({ creating: true, banner: '' })
      try {
        // One id per tap: the request layer's retry of this create returns the same invitation, not a second one.
        const inv = await cobuilding.createInvitation(this.cobuildingId, { ...e.detail, clientId: newClientId() })
        this.setData({ invitations: [inv, ...this.data.invitations], newInvitationId: inv.id, invitationsState: 'ready' })
        this.toast('邀请已生成', 'success')
      } catch (err) {
        await this.writeFailed(err)
      } finally {
        this.setData({ creating: false })
      }
    },

    async onRevokeInvitation(e) {
      const { id, code } = e.detail
      const ok = await this.confirm({ title: '撤销邀请', content: `撤销后邀请码 ${code} 不能再使用。`, confirmText: '撤销' })
      if (!ok) return
      this.setData({ banner: '' })
      try {
        await cobuilding.revokeInvitation(this.cobuildingId, id)
        this.setData({
          invitations: this.data.invitations.map((inv) => (inv.id === id ? { ...inv, revoked: true, usable: false } : inv)),
        })
      } catch (err) {
        await this.writeFailed(err)
      }
    },

    async onShowCode(e) {
      const { id, code } = e.detail
      this.setData({ banner: '' })
      wx.showLoading({ title: '生成中' })
      try {
        const res = await cobuilding.getInvitationWxacode(this.cobuildingId, id)
        this.setData({ wxacode: { image: res.image, code } })
      } catch (err) {
        this.setData({ banner: err.title || '小程序码生成失败' })
      } finally {
        wx.hideLoading()
      }
    },

    onCloseCode() {
      this.setData({ wxacode: null })
    },

    // catchtap target inside the overlay: keeps a tap on the card from closing it.
    noop() {},

    onCopyCode(e) {
      wx.setClipboardData({
        data: e.detail.code,
        fail: (err) => {
          // Refused privacy consent has already been explained by the privacy sheet.
          if (/privacy|cancel/i.test((err && err.errMsg) || '')) return
          this.toast(`复制失败，请记下邀请码 ${e.detail.code}`)
        },
      })
    },

    async onRemoveMember(e) {
      const { userId, displayName } = e.detail
      const ok = await this.confirm({ title: '移除成员', content: `将 ${displayName} 移出本先锋号？`, confirmText: '移除' })
      if (!ok) return
      this.setData({ banner: '' })
      try {
        await cobuilding.removeMember(this.cobuildingId, userId)
        this.toast('已移除', 'success')
        this.showView(await cobuilding.getCobuilding(this.cobuildingId))
      } catch (err) {
        await this.writeFailed(err)
      }
    },

    async onMakeLiaison(e) {
      const { userId, displayName, unitId } = e.detail
      const ok = await this.confirm({
        title: '更换共建联络员',
        content: `由 ${displayName} 担任本单位的共建联络员？原联络员将成为普通成员。`,
        confirmText: '确定',
      })
      if (!ok) return
      this.setData({ banner: '' })
      try {
        this.showView(await cobuilding.setUnitLiaison(this.cobuildingId, unitId, userId))
        this.toast('联络员已更换', 'success')
      } catch (err) {
        await this.writeFailed(err)
      }
    },

    onEditAnnouncement() {
      this.showAnnouncementDraft((this.data.cb && this.data.cb.announcement) || '')
      this.setData({ editingAnnouncement: true, banner: '' })
    },

    onAnnouncementInput(e) {
      this.showAnnouncementDraft(e.detail.value)
    },

    showAnnouncementDraft(text) {
      const length = text.trim().length
      this.setData({
        announcementDraft: text,
        announcementLength: length,
        announcementOver: length > ANNOUNCEMENT_MAX,
        announcementError: '',
      })
    },

    onCancelAnnouncement() {
      this.setData({ editingAnnouncement: false, announcementError: '' })
    },

    /** Publishes the draft; an empty one is a clear, asked first like 清除. */
    async onSaveAnnouncement() {
      const text = this.data.announcementDraft.trim()
      const current = (this.data.cb && this.data.cb.announcement) || ''
      if (this.data.announcementOver) return
      if (!text) {
        if (current) await this.onClearAnnouncement()
        else this.onCancelAnnouncement()
        return
      }
      await this.saveAnnouncement(text)
    },

    async onClearAnnouncement() {
      const ok = await this.confirm({ title: '清除群公告', content: '清除后群聊里不再显示群公告。', confirmText: '清除' })
      if (ok) await this.saveAnnouncement('')
    },

    async saveAnnouncement(text) {
      if (this.data.announcementSaving) return
      this.setData({ announcementSaving: true, announcementError: '', banner: '' })
      try {
        const res = await cobuilding.setAnnouncement(this.cobuildingId, text)
        this.setData({ 'cb.announcement': res.announcement || null, editingAnnouncement: false })
        this.toast(res.announcement ? '群公告已发布' : '群公告已清除', 'success')
      } catch (err) {
        // What was typed stays in the editor: a refusal to fix, or a retry later, must not cost the text.
        const { message, reload } = announcementFailure(err)
        if (!reload) {
          this.setData({ announcementError: message })
          return
        }
        this.setData({ banner: message, editingAnnouncement: false })
        try {
          this.showView(await cobuilding.getCobuilding(this.cobuildingId))
        } catch (e) {
          // The banner already says why nothing changed.
        }
      } finally {
        this.setData({ announcementSaving: false })
      }
    },

    onOpenGroup() {
      this.openConversation(() => this.findGroupConversation())
    },

    onOpenGoals() {
      wx.navigateTo({ url: routes.goalOverview(this.cobuildingId) })
    },

    onOpenBoard() {
      if (this.data.cb && this.data.cb.publicId) wx.navigateTo({ url: routes.board(this.data.cb.publicId, this.data.cb.id) })
    },

    onContactLiaison() {
      this.openConversation(() => chat.openDirect({ cobuildingId: this.cobuildingId }))
    },

    /** Tapping another member offers a one-to-one conversation with them. */
    async onSelectMember(e) {
      const { userId } = e.detail
      const me = await auth.currentUser().catch(() => null)
      if (me && String(me.id) === String(userId)) return
      wx.showActionSheet({
        itemList: ['发消息'],
        success: () => this.openConversation(() => chat.openDirect({ userId })),
      })
    },

    // There is no lookup by co-building: walk the user's conversations (few, newest first).
    async findGroupConversation() {
      let params = {}
      let seen = 0
      for (;;) {
        const res = await chat.listConversations(params)
        const items = res.items || []
        const group = items.find((c) => c.type === 'GROUP' && String(c.cobuildingId) === String(this.cobuildingId))
        if (group) return group
        seen += items.length
        if (!items.length || seen >= res.total) return null
        params = { page: res.page + 1, size: res.size }
      }
    },

    /** Finds a conversation with `find` and opens its room; one at a time, failures as a toast. */
    async openConversation(find) {
      if (this.opening) return
      this.opening = true
      try {
        const conversation = await find()
        if (conversation) wx.navigateTo({ url: routes.chatRoom(conversation) })
        else this.toast('该先锋号的群聊尚未开通')
      } catch (err) {
        this.toast(err.title || '会话打开失败，请稍后重试')
      } finally {
        this.opening = false
      }
    },

    /**
     * A share button of an invitation carries data-code; the menu's share points at the tab. Both carry the
     * drawn card as their picture, never WeChat's default screenshot of this page (members, other codes).
     */
    onShareAppMessage(res) {
      const name = (this.data.cb && this.data.cb.name) || '科技筑梦先锋号'
      const code = res && res.from === 'button' && res.target && res.target.dataset && res.target.dataset.code
      const card = code ? { title: `邀请你加入「${name}」`, path: routes.join(code) } : { title: name, path: routes.cobuildingsTab() }
      if (this.shareImageUrl) return { ...card, imageUrl: this.shareImageUrl }
      this.prepareShareCard(name)
      const ready = this.shareCard.then((imageUrl) => ({ ...card, imageUrl }))
      return { ...card, imageUrl: FALLBACK_SHARE_IMAGE, promise: ready }
    },
  },
})
