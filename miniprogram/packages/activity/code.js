// The organiser's code screen: the rotating 6-digit code (a new one every 30 s, with a countdown) for people
// to type in, and the activity's mini-program code to scan, save to the album and print. The screen stays on
// while this page is shown and goes back to the phone's setting when it is hidden or closed.
const activity = require('../../services/activity')
const feedback = require('../../behaviors/feedback')

const TICK_MS = 1000
const RETRY_MS = 5000
const DEFAULT_PERIOD_S = 30

Component({
  behaviors: [feedback],

  data: {
    title: '',
    code: '',
    remaining: 0,
    codeError: '',
    qrPath: '',
    qrState: 'loading', // loading | ready | error
    qrError: '',
    saving: false,
  },

  lifetimes: {
    created() {
      this.timer = null
      this.deadline = 0
      this.visible = false
      this.fetching = false
    },
    detached() {
      this.stop()
    },
  },

  methods: {
    onLoad(options = {}) {
      this.activityId = options.id
      this.loadTitle()
      this.loadWxacode()
    },

    onShow() {
      this.visible = true
      wx.setKeepScreenOn({ keepScreenOn: true })
      this.fetchCode()
    },

    onHide() {
      this.stop()
    },

    onUnload() {
      this.stop()
    },

    stop() {
      if (this.visible) wx.setKeepScreenOn({ keepScreenOn: false })
      this.visible = false
      clearTimeout(this.timer)
      this.timer = null
    },

    async loadTitle() {
      try {
        const view = await activity.getActivity(this.activityId)
        this.setData({ title: view.title || '' })
      } catch (e) {
        // The codes matter here; the title is only a heading.
      }
    },

    async fetchCode() {
      if (this.fetching || !this.visible) return
      this.fetching = true
      clearTimeout(this.timer)
      try {
        const res = await activity.getRotatingCode(this.activityId)
        const period = Number(res.periodSeconds) || DEFAULT_PERIOD_S
        // The phone's clock may be off from the server's: trust validUntil only when it is plausible.
        let left = Date.parse(res.validUntil) - Date.now()
        if (!(left > 0 && left <= period * 1000)) left = period * 1000
        this.deadline = Date.now() + left
        this.setData({ code: res.code, codeError: '', remaining: Math.ceil(left / 1000) })
        this.schedule(TICK_MS)
      } catch (err) {
        this.setData({ codeError: err.title || '签到码获取失败' })
        // Not an organiser (any more), or the activity is gone: asking again will not change that.
        if (err.status !== 403 && err.status !== 404) this.schedule(RETRY_MS, true)
      } finally {
        this.fetching = false
      }
    },

    schedule(ms, refetch = false) {
      if (!this.visible) return
      clearTimeout(this.timer)
      this.timer = setTimeout(() => (refetch ? this.fetchCode() : this.tick()), ms)
    },

    tick() {
      const left = Math.ceil((this.deadline - Date.now()) / 1000)
      if (left <= 0) {
        this.fetchCode()
        return
      }
      this.setData({ remaining: left })
      this.schedule(TICK_MS)
    },

    onRetryCode() {
      this.fetchCode()
    },

    async loadWxacode() {
      this.setData({ qrState: 'loading', qrError: '' })
      try {
        const path = await activity.downloadWxacode(this.activityId)
        this.setData({ qrPath: path, qrState: 'ready' })
      } catch (err) {
        this.setData({ qrState: 'error', qrError: err.title || '小程序码获取失败' })
      }
    },

    onSave() {
      if (this.data.saving || !this.data.qrPath) return
      this.setData({ saving: true })
      wx.saveImageToPhotosAlbum({
        filePath: this.data.qrPath,
        success: () => this.toast('已保存到相册', 'success'),
        fail: (err) => this.saveFailed(err),
        complete: () => this.setData({ saving: false }),
      })
    },

    async saveFailed(err) {
      const msg = (err && err.errMsg) || ''
      if (/cancel|privacy/i.test(msg)) return // backed out, or the privacy sheet already said why
      if (/auth den|authorize/i.test(msg)) {
        const go = await this.confirm({
          title: '无法保存到相册',
          content: '你没有允许保存到相册。去设置中打开“添加到相册”后再试，或长按小程序码保存。',
          confirmText: '去设置',
        })
        if (go) wx.openSetting({})
        return
      }
      this.toast('保存失败，可长按小程序码保存')
    },

    onPreview() {
      if (this.data.qrPath) wx.previewImage({ urls: [this.data.qrPath], current: this.data.qrPath })
    },
  },
})
