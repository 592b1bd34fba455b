// 限期整改: the co-building's open (or latest) rectification — which evaluation ordered it, the deadline and the days
// left, its status (待提交/已提交/已通过/未通过/已逾期), the report sent and the bureau's review. The pioneer and the
// unit liaisons write the report here: the situation in words (1–2000) and up to nine photos, uploaded at once with
// their progress. A sent report may be replaced until the deadline; whether the reader may send one is the server's
// canSubmit.
//
// Built for a weak signal: the text and the report's clientId are kept in storage until the server confirms the
// report, so a failed send, a retry after a lost answer or a restart of the app neither loses the text nor sends the
// report twice (the server answers a repeated clientId with the report it stored). Opened as ?cobuildingId=.
const cobuilding = require('../../services/cobuilding')
const rectifications = require('../../services/rectification')
const feedback = require('../../behaviors/feedback')
const { newClientId } = require('../../utils/client-id')
const { formatDate, formatDateTime } = require('../../utils/format')
const { assetUrl } = require('../../utils/asset-url')
const {
  TEXT_MAX,
  MAX_PHOTOS,
  shownStatus,
  countdownText,
  acceptsReport,
  mayReport,
  validateReport,
  reportRefusal,
} = require('../../utils/rectification')

const DRAFT_PREFIX = 'rectification.report'
const USER_KEY = 'user' // services/auth.js keeps the signed-in user there
const DRAFT_SAVE_MS = 400 // typing is kept once it pauses
const NO_ERRORS = { text: '', photos: '' }
// The server's field names in a 422, and where the form shows them.
const FIELD_OF = { text: 'text', mediaIds: 'photos' }

function photosOf(list) {
  return (list || [])
    .filter((p) => p && (p.thumbUrl || p.url))
    .map((p) => ({ key: String(p.id || p.url), thumb: assetUrl(p.thumbUrl || p.url), original: assetUrl(p.url || p.thumbUrl) }))
}

function rectificationView(r, now = Date.now()) {
  const status = shownStatus(r, now)
  const report = r.report || {}
  const review = r.review || {}
  const submitter = (report.submittedBy && report.submittedBy.displayName) || ''
  const reviewer = (review.reviewedBy && review.reviewedBy.displayName) || ''
  const reviewed = r.status === 'PASSED' || r.status === 'FAILED'
  return {
    id: String(r.id),
    occasion: r.occasion || '',
    orderNote: r.orderNote || '',
    status,
    deadline: r.deadline || '',
    daysLeftText: countdownText(r, now),
    orderedText: formatDate(r.orderedAt),
    reportText: report.text || '',
    photos: photosOf(report.photos),
    submittedText: report.submittedAt ? `${submitter} ${formatDateTime(report.submittedAt)} 提交`.trim() : '',
    reviewComment: review.comment || '',
    // The review's own verdict; the status says it too should a review come without one.
    reviewPassed: r.review ? Boolean(review.passed) : r.status === 'PASSED',
    reviewedText: review.reviewedAt ? `${formatDate(review.reviewedAt)}${reviewer ? `（${reviewer}）` : ''}` : '',
    reviewed,
  }
}

/** A 422's field errors on the form; whatever names another field goes to the banner. */
function fieldErrors(serverErrors) {
  const errors = { ...NO_ERRORS }
  const other = []
  Object.keys(serverErrors || {}).forEach((path) => {
    const field = FIELD_OF[path.split(/[.[]/)[0]]
    if (field && !errors[field]) errors[field] = serverErrors[path]
    else other.push(serverErrors[path])
  })
  return { errors, other }
}

Component({
  behaviors: [feedback],

  data: {
    status: 'loading', // loading | ready | none (never ordered) | error
    errorTitle: '',
    banner: '',
    rect: null,
    mayReport: false, // the reader is the pioneer or a unit liaison
    canResubmit: false, // a sent report may still be replaced
    showForm: false,
    editing: false, // replacing a report already sent
    text: '',
    textLength: 0,
    textMax: TEXT_MAX,
    over: false,
    maxPhotos: MAX_PHOTOS,
    photoIds: [],
    uploading: false,
    photosFailed: false,
    errors: NO_ERRORS,
    submitting: false,
    canRetry: false,
  },

  lifetimes: {
    created() {
      this.cobuildingId = ''
      this.rectificationId = ''
      this.deadlinePassed = false // the server said so, whatever the phone's calendar says
    },
    detached() {
      this.saveDraft()
    },
  },

  methods: {
    onLoad(options = {}) {
      this.cobuildingId = options.cobuildingId || ''
      if (!this.cobuildingId) {
        this.setData({ status: 'error', errorTitle: '请从先锋号主页打开整改' })
        return
      }
      this.load()
    },

    onHide() {
      this.saveDraft()
    },

    onUnload() {
      this.saveDraft()
    },

    async onPullDownRefresh() {
      await this.load()
      wx.stopPullDownRefresh()
    },

    onRetry() {
      this.load()
    },

    async load() {
      if (this.data.status !== 'ready') this.setData({ status: 'loading', errorTitle: '' })
      try {
        const [view, rectification] = await Promise.all([
          cobuilding.getCobuilding(this.cobuildingId),
          rectifications.getRectification(this.cobuildingId).catch((err) => {
            if (err.code === 'RECTIFICATION_NOT_FOUND') return null
            throw err
          }),
        ])
        if (!rectification) {
          this.setData({ status: 'none', rect: null, showForm: false })
          return
        }
        this.show(rectification, view.myRole)
      } catch (err) {
        if (this.data.status === 'ready') this.setData({ banner: err.title || '刷新失败，请稍后重试' })
        else {
          const title = err.status === 404 ? '先锋号不存在，或你已不在该先锋号中' : err.title || '加载失败，请稍后重试'
          this.setData({ status: 'error', errorTitle: title })
        }
      }
    },

    /** Shows a rectification; the form, for those who may report while it takes one, with any text kept from before. */
    show(rectification, role = this.role) {
      this.role = role
      const changed = this.rectificationId !== String(rectification.id)
      this.rectificationId = String(rectification.id)
      if (changed) this.deadlinePassed = false
      const rect = rectificationView(rectification)
      // The server says whether the reader may report now; the role only words the note for those who may never.
      const may = mayReport(role)
      const open = !this.deadlinePassed && acceptsReport(rectification)
      // Nothing can be sent any more: a text kept for it would only wait for ever.
      if (!open) this.clearDraft()
      const kept = open ? this.readDraft() : {}
      const update = { status: 'ready', rect, mayReport: may }
      // A text kept from an earlier visit is a report under way: a sent one being replaced, too.
      const editing = open && (this.data.editing || (rectification.status === 'SUBMITTED' && Boolean(kept.text)))
      update.editing = editing
      update.canResubmit = open && rectification.status === 'SUBMITTED'
      update.showForm = open && (rectification.status === 'OPEN' || editing)
      if (update.showForm && !this.data.text && kept.text) Object.assign(update, this.textFields(kept.text))
      this.setData(update)
      if (rect.occasion) wx.setNavigationBarTitle({ title: `${rect.occasion} · 整改` })
    },

    textFields(text) {
      const length = text.trim().length
      return { text, textLength: length, over: length > TEXT_MAX }
    },

    onText(e) {
      this.setData({ ...this.textFields(String(e.detail.value || '')), 'errors.text': '' })
      clearTimeout(this.draftTimer)
      this.draftTimer = setTimeout(() => this.saveDraft(), DRAFT_SAVE_MS)
    },

    /** photo-uploader's change: {mediaIds, uploading, failed}. */
    onPhotos(e) {
      const d = e.detail || {}
      this.setData({
        photoIds: Array.isArray(d.mediaIds) ? d.mediaIds : [],
        uploading: Boolean(d.uploading),
        photosFailed: Boolean(d.failed),
        'errors.photos': '',
      })
    },

    /** 修改并重新提交: the form again, starting from the text sent. */
    onEdit() {
      const rect = this.data.rect
      if (!rect || !this.data.canResubmit) return
      const update = { editing: true, showForm: true, banner: '' }
      if (!this.data.text) Object.assign(update, this.textFields(rect.reportText))
      this.setData(update)
    },

    onCancelEdit() {
      this.clearDraft()
      this.setData({ editing: false, showForm: false, errors: NO_ERRORS, canRetry: false, ...this.textFields('') })
    },

    // The draft belongs to the person and to this rectification: a phone handed on, or a new rectification, starts clean.
    draftKey() {
      const user = wx.getStorageSync(USER_KEY)
      return `${DRAFT_PREFIX}.${(user && user.id) || ''}.${this.cobuildingId}.${this.rectificationId}`
    },

    readDraft() {
      if (!this.rectificationId) return {}
      try {
        const kept = wx.getStorageSync(this.draftKey())
        return kept && typeof kept === 'object' ? kept : {}
      } catch (e) {
        return {}
      }
    },

    writeDraft(changes) {
      try {
        wx.setStorageSync(this.draftKey(), { ...this.readDraft(), ...changes })
      } catch (e) {
        // Storage full or unavailable: the page still holds the text while it is open.
      }
    },

    saveDraft() {
      clearTimeout(this.draftTimer)
      if (!this.rectificationId || !this.data.showForm) return
      const kept = this.readDraft()
      if (kept.text === this.data.text || (!this.data.text && !kept.text)) return
      this.writeDraft({ text: this.data.text })
    },

    clearDraft() {
      clearTimeout(this.draftTimer)
      if (!this.rectificationId) return
      try {
        wx.removeStorageSync(this.draftKey())
      } catch (e) {
        // Nothing kept to clear.
      }
    },

    /** The id this report carries, the same for every retry (and restart) until the server confirms one. */
    clientId() {
      const kept = this.readDraft()
      if (kept.clientId) return kept.clientId
      const id = newClientId()
      this.writeDraft({ clientId: id })
      return id
    },

    async onSubmit() {
      if (this.data.submitting) return
      const invalid = validateReport(this.data)
      if (invalid) {
        const errors = { ...NO_ERRORS, ...invalid }
        this.setData({ errors, canRetry: false })
        this.toast(errors.text || errors.photos)
        return
      }
      const body = { text: this.data.text.trim(), mediaIds: this.data.photoIds.slice(), clientId: this.clientId() }
      this.saveDraft()
      this.setData({ submitting: true, banner: '', errors: NO_ERRORS })
      try {
        const stored = await rectifications.submitRectificationReport(this.cobuildingId, body)
        this.clearDraft()
        const uploader = this.selectComponent('.uploader')
        if (uploader) uploader.reset()
        this.setData({ editing: false, canRetry: false, photoIds: [], ...this.textFields('') })
        this.toast('整改报告已提交', 'success')
        if (stored && stored.id) this.show(stored)
        else await this.load()
      } catch (err) {
        await this.submitFailed(err)
      } finally {
        this.setData({ submitting: false })
      }
    },

    /** The text, the photos and the clientId stay: what was refused can be fixed, what was lost sent again. */
    async submitFailed(err) {
      if (err.status === 422 && err.errors) {
        const { errors, other } = fieldErrors(err.errors)
        this.setData({ errors, canRetry: false, banner: other.join('；') || (errors.text || errors.photos ? '' : err.title) })
        return
      }
      const { message, reload, retry } = reportRefusal(err)
      this.setData({ banner: message, canRetry: retry })
      if (err.code === 'RECTIFICATION_DEADLINE_PASSED') this.deadlinePassed = true
      if (reload) await this.load()
    },

    onPreview(e) {
      const photos = (this.data.rect && this.data.rect.photos) || []
      const urls = photos.map((p) => p.original)
      const current = urls[Number(e.currentTarget.dataset.index) || 0]
      if (current) wx.previewImage({ urls, current })
    },
  },
})
