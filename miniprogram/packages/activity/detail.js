// 活动详情 and check-in. Members check in by location (签到), with the 6-digit code on the organiser's screen
// (签到码), or by scanning the activity's mini-program code, which opens this page with a scene instead of an
// id. Location is asked for first and a refusal is explained (with the way to the settings); checking in
// without a location is still possible and the server flags it 未定位. One clientId per activity survives
// retries (and a restart of the app) so a weak network never checks anyone in twice. Organisers also reach
// the code screen, attendance, editing and cancelling from here.
const activity = require('../../services/activity')
const feedback = require('../../behaviors/feedback')
const routes = require('../../utils/routes')
const { newClientId } = require('../../utils/client-id')
const { activityLabel, activityTone, timeSpan, decodeScene } = require('../../utils/activity')
const { formatDateTime } = require('../../utils/format')
const { decorateCheckin } = require('./checkin-view')
const { locate, openLocationSetting } = require('./location')

const CLIENT_ID_KEY = (id) => `activity-checkin:${id}`
const CODE_LENGTH = 6
// Codes after which the activity on screen is out of date.
const STALE = ['CHECKIN_CLOSED', 'ACTIVITY_CANCELLED', 'NOT_EXPECTED']

function windowState(view, now) {
  const opens = Date.parse(view.checkinOpensAt)
  const closes = Date.parse(view.checkinClosesAt)
  if (!Number.isNaN(opens) && now < opens) return 'before'
  if (!Number.isNaN(closes) && now > closes) return 'after'
  return 'open'
}

function decorate(view, now) {
  const place = view.place
  const expected = view.expected || {}
  const closed = view.status === 'ENDED' || view.status === 'CANCELLED'
  return {
    ...view,
    typeLabel: activityLabel('type', view.type),
    statusLabel: activityLabel('status', view.status),
    tone: activityTone('status', view.status),
    when: timeSpan(view.startAt, view.endAt),
    windowText: timeSpan(view.checkinOpensAt, view.checkinClosesAt),
    opensText: formatDateTime(view.checkinOpensAt),
    placeText: place ? `${place.name}（${place.radiusMeters || 200} 米内签到）` : '线上活动，签到无需定位',
    cobuildingText: (view.cobuildings || []).map((c) => c.name).join('、'),
    organizerName: (view.organizer && view.organizer.displayName) || '',
    expectedText: expected.scope === 'LISTED' ? `指定成员 ${expected.count || 0} 人` : `全体成员 ${expected.count || 0} 人`,
    countText: `已签到 ${view.checkedInCount || 0}/${expected.count || 0}`,
    editable: Boolean(view.canManage) && !closed,
    window: windowState(view, now),
  }
}

Component({
  behaviors: [feedback],

  data: {
    status: 'loading', // loading | ready | error
    errorTitle: '',
    act: null,
    mine: null, // my check-in, decorated
    scanned: false, // opened from the activity's mini-program code
    codeMode: false,
    code: '',
    codeReady: false,
    step: 'idle', // idle | locating | submitting
    locationProblem: '', // '' | denied | unavailable
    photoIds: [],
    photosUploading: false,
    photosFailed: false,
    checkinError: '',
    canRetry: false,
    banner: '',
    justCheckedIn: false,
  },

  lifetimes: {
    created() {
      this.activityId = ''
      this.key = ''
      this.loaded = false
      this.lastBody = null
    },
  },

  methods: {
    onLoad(options = {}) {
      const scene = decodeScene(options.scene)
      this.activityId = options.id || (scene && scene.activityId) || ''
      this.key = (scene && scene.key) || ''
      this.setData({ scanned: Boolean(this.key) })
      if (!this.activityId) {
        this.setData({ status: 'error', errorTitle: '无法识别的活动码，请重新扫码' })
        return
      }
      this.load()
    },

    // Back from editing, the settings page or the code screen: what is shown may have changed.
    onShow() {
      if (this.loaded) this.load()
    },

    async onPullDownRefresh() {
      await this.load()
      wx.stopPullDownRefresh()
    },

    onRetry() {
      this.load()
    },

    async load() {
      if (!this.data.act) this.setData({ status: 'loading', errorTitle: '' })
      try {
        this.show(await activity.getActivity(this.activityId))
        this.loaded = true
        this.setData({ status: 'ready' })
      } catch (err) {
        if (this.data.act) this.setData({ banner: err.title || '刷新失败' })
        else {
          const title = err.status === 404 ? '活动不存在，或你不在该活动的先锋号中' : err.title || '加载失败，请稍后重试'
          this.setData({ status: 'error', errorTitle: title })
        }
      }
    },

    show(view) {
      this.setData({ act: decorate(view, Date.now()), mine: decorateCheckin(view.myCheckin) })
      if (view.title) wx.setNavigationBarTitle({ title: view.title })
    },

    /** The id this person's check-in at this activity carries, the same for every retry until one succeeds. */
    clientId() {
      const key = CLIENT_ID_KEY(this.activityId)
      let id = wx.getStorageSync(key)
      if (!id) {
        id = newClientId()
        wx.setStorageSync(key, id)
      }
      return id
    },

    onCheckIn() {
      return this.startCheckIn(this.key ? 'MINIPROGRAM_CODE' : 'LOCATION')
    },

    onToggleCode() {
      this.setData({ codeMode: !this.data.codeMode, checkinError: '' })
    },

    onCodeInput(e) {
      const code = String(e.detail.value || '').replace(/\D/g, '').slice(0, CODE_LENGTH)
      this.setData({ code, codeReady: code.length === CODE_LENGTH })
      return code
    },

    onSubmitCode() {
      if (!this.data.codeReady) {
        this.setData({ checkinError: `请输入组织者屏幕上的 ${CODE_LENGTH} 位签到码` })
        return null
      }
      return this.startCheckIn('ROTATING_CODE')
    },

    /** photo-uploader's change: {mediaIds, uploading, failed}. */
    onPhotos(e) {
      const d = e.detail || {}
      this.setData({
        photoIds: Array.isArray(d.mediaIds) ? d.mediaIds : [],
        photosUploading: Boolean(d.uploading),
        photosFailed: Boolean(d.failed),
        checkinError: '',
      })
    },

    photoProblem() {
      const { act, photoIds, photosUploading, photosFailed } = this.data
      if (photosUploading) return '照片还在上传，请稍候'
      if (photosFailed) return '有照片没有上传成功，请重试或删除后再签到'
      if (act.photoRequired && !photoIds.length) return '本活动需要拍摄现场照片后签到'
      return ''
    },

    async startCheckIn(method) {
      if (this.data.step !== 'idle') return
      const problem = this.photoProblem()
      if (problem) {
        this.setData({ checkinError: problem })
        return
      }
      this.method = method
      this.setData({ checkinError: '', canRetry: false, locationProblem: '' })
      // Online activities have no geofence: nothing to prove with a location.
      if (!this.data.act.place) {
        await this.submit(null)
        return
      }
      this.setData({ step: 'locating' })
      const res = await locate()
      this.setData({ step: 'idle' })
      if (res.status === 'ok') await this.submit(res.location)
      else this.setData({ locationProblem: res.status })
    },

    async onOpenSetting() {
      const granted = await openLocationSetting()
      if (granted) await this.startCheckIn(this.method || 'LOCATION')
    },

    onRetryLocation() {
      return this.startCheckIn(this.method || 'LOCATION')
    },

    /** The person chose to check in without a location: the server records 未定位 for the organiser to confirm. */
    onCheckInWithoutLocation() {
      this.setData({ locationProblem: '' })
      return this.submit(null)
    },

    async submit(location) {
      const body = { clientId: this.clientId(), method: this.method }
      if (location) body.location = location
      if (this.method === 'ROTATING_CODE') body.code = this.data.code
      if (this.method === 'MINIPROGRAM_CODE') body.code = this.key
      if (this.data.photoIds.length) body.photoMediaIds = this.data.photoIds.slice()
      await this.send(body)
    },

    /** 重试 after a lost answer: the same body, so the same clientId, never a second check-in. */
    onRetryCheckIn() {
      return this.lastBody ? this.send(this.lastBody) : null
    },

    async send(body) {
      if (this.data.step === 'submitting') return
      this.lastBody = body
      this.setData({ step: 'submitting', checkinError: '', canRetry: false })
      try {
        const checkin = await activity.checkIn(this.activityId, body)
        wx.removeStorageSync(CLIENT_ID_KEY(this.activityId))
        this.lastBody = null
        // justCheckedIn: the moment to offer activity reminders (a tap on the offer asks WeChat).
        this.setData({ mine: decorateCheckin(checkin), codeMode: false, justCheckedIn: true })
        this.toast(checkin.flags && checkin.flags.length ? '已签到，有异常待确认' : '签到成功', 'none')
        this.refreshQuietly()
      } catch (err) {
        this.checkInFailed(err)
      } finally {
        this.setData({ step: 'idle' })
      }
    },

    checkInFailed(err) {
      // No answer or the server could not answer: the check-in may have landed; a retry with the same clientId
      // returns it if so.
      if (err.status === 0 || err.status >= 500 || err.status === 429) {
        this.setData({ checkinError: '网络不佳，签到结果未确认，请重试', canRetry: true })
        return
      }
      this.lastBody = null
      const fieldError = err.errors && (err.errors.photoMediaIds || err.errors.code || err.errors.location)
      this.setData({ checkinError: fieldError || err.title || '签到失败' })
      if (STALE.indexOf(err.code) >= 0) this.refreshQuietly()
    },

    async refreshQuietly() {
      try {
        this.show(await activity.getActivity(this.activityId))
      } catch (e) {
        // What is on screen stays; the next show or pull-down refreshes.
      }
    },

    onOpenCode() {
      wx.navigateTo({ url: routes.activityCode(this.activityId) })
    },

    onOpenAttendance() {
      wx.navigateTo({ url: routes.activityAttendance(this.activityId) })
    },

    onEdit() {
      wx.navigateTo({ url: routes.activityEdit(this.activityId) })
    },

    async onCancelActivity() {
      const reason = await this.askReason()
      if (reason === null) return
      if (!reason) {
        this.toast('请填写取消原因')
        return
      }
      this.setData({ banner: '' })
      try {
        this.show(await activity.cancelActivity(this.activityId, reason))
        this.toast('活动已取消', 'success')
      } catch (err) {
        this.setData({ banner: err.title || '取消失败，请稍后重试' })
        this.refreshQuietly()
      }
    },

    /** Resolves the typed reason ('' if none), or null when the person backs out. */
    askReason() {
      return new Promise((resolve) => {
        wx.showModal({
          title: '取消活动',
          editable: true,
          placeholderText: '请填写取消原因，成员会在群聊中看到',
          confirmText: '取消活动',
          cancelText: '不取消',
          confirmColor: '#c8161d',
          success: (res) => resolve(res && res.confirm ? String(res.content || '').trim() : null),
          fail: () => resolve(null),
        })
      })
    },
  },
})
