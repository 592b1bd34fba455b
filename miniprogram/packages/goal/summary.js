// 阶段总结: the co-building's stage summaries, newest first — what was done, the photos, whether the bureau
// marked it 亮点, and the goals it set for the next stage. The pioneer closes the current stage here: a text,
// photos and the next stage's goals (at least one), sent with a clientId that survives retries and restarts,
// so a weak network never summarises a stage twice.
const goal = require('../../services/goal')
const feedback = require('../../behaviors/feedback')
const { newClientId } = require('../../utils/client-id')
const { CATEGORIES, CATEGORY_LABELS, CATEGORY_SHORT } = require('../../utils/goal-labels')
const { formatDate, todayInShanghai } = require('../../utils/format')
const { assetUrl } = require('../../utils/asset-url')

const TEXT_MAX = 4000
const TITLE_MAX = 100
const TARGET_MAX = 100
const MAX_PHOTOS = 9
const MAX_GOALS = 20
const CLIENT_ID_KEY = (cobuildingId, stage) => `stage-summary:${cobuildingId}:${stage}`
// Refusals after which the summaries on screen are out of date.
const STALE = { STAGE_MISMATCH: '阶段已变化，可能已有人提交了本阶段总结，已为你刷新', STAGE_ALREADY_SUMMARIZED: '本阶段已提交过总结，已为你刷新', COBUILDING_CLOSED: '该先锋号已退出或摘牌，不能再提交' }
const ROW_FIELD = /^nextGoals\[(\d+)\]\.(\w+)$/

const length = (s) => [...String(s || '')].length
const network = (err) => err.status === 0 || err.status >= 500 || err.status === 429

function photosOf(list) {
  return (list || [])
    .filter((p) => p && (p.thumbUrl || p.url))
    .map((p) => ({ id: String(p.id), thumbUrl: assetUrl(p.thumbUrl || p.url), url: assetUrl(p.url || p.thumbUrl) }))
}

function summaryView(s) {
  return {
    id: String(s.id),
    key: `s${s.id}`,
    stage: s.stage,
    stageTitle: `第${s.stage}阶段总结`,
    text: s.text || '',
    photos: photosOf(s.photos),
    submittedText: `${(s.submittedBy && s.submittedBy.displayName) || ''} ${formatDate(s.submittedAt)}`.trim(),
    highlighted: Boolean(s.highlighted),
    nextStageTitle: `第${s.stage + 1}阶段目标`,
    nextGoals: (s.nextGoals || []).map((g) => ({
      key: `g${g.id}`,
      short: CATEGORY_SHORT[g.category] || '',
      title: g.title,
      targetText: g.targetText || '',
      targetDate: g.targetDate || '',
    })),
  }
}

let rowSeq = 0
function emptyRow() {
  rowSeq += 1
  return { key: `r${rowSeq}`, categoryIndex: -1, categoryLabel: '', title: '', targetText: '', targetDate: '' }
}

/** Field errors of the form, keyed as the template shows them; empty when it may be sent. */
function validate({ text, rows, photoIds, photosUploading, photosFailed }) {
  const errors = { text: '', photos: '', form: '', rows: {} }
  const trimmed = String(text || '').trim()
  if (!trimmed) errors.text = '请填写本阶段的工作总结'
  else if (length(trimmed) > TEXT_MAX) errors.text = `总结最多 ${TEXT_MAX} 字`
  if (photosUploading) errors.photos = '照片还在上传，请稍候'
  else if (photosFailed) errors.photos = '有照片没有上传成功，请重试或删除后再提交'
  else if (photoIds.length > MAX_PHOTOS) errors.photos = `最多 ${MAX_PHOTOS} 张照片`
  if (!rows.length) errors.form = '请至少设定一个下一阶段目标'
  else if (rows.length > MAX_GOALS) errors.form = `下一阶段目标最多 ${MAX_GOALS} 个`
  rows.forEach((row) => {
    const e = {}
    if (row.categoryIndex < 0) e.category = '请选择类别'
    const title = row.title.trim()
    if (!title) e.title = '请填写目标名称'
    else if (length(title) > TITLE_MAX) e.title = `目标名称最多 ${TITLE_MAX} 字`
    if (length(row.targetText.trim()) > TARGET_MAX) e.targetText = `目标说明最多 ${TARGET_MAX} 字`
    if (Object.keys(e).length) errors.rows[row.key] = e
  })
  const ok = !errors.text && !errors.photos && !errors.form && !Object.keys(errors.rows).length
  return ok ? null : errors
}

function goalBody(row) {
  const body = { category: CATEGORIES[row.categoryIndex], title: row.title.trim() }
  const targetText = row.targetText.trim()
  if (targetText) body.targetText = targetText
  if (row.targetDate) body.targetDate = row.targetDate
  return body
}

Component({
  behaviors: [feedback],

  data: {
    status: 'loading', // loading | ready | error
    errorTitle: '',
    currentStage: 1,
    editable: false,
    summaries: [],
    showForm: false,
    // The pioneer's form for the current stage.
    text: '',
    textLength: 0,
    rows: [],
    photoIds: [],
    photosUploading: false,
    photosFailed: false,
    errors: { text: '', photos: '', form: '', rows: {} },
    canRetry: false,
    submitting: false,
    categoryLabels: CATEGORIES.map((c) => CATEGORY_LABELS[c]),
    today: '',
    textMax: TEXT_MAX,
    maxPhotos: MAX_PHOTOS,
    maxGoals: MAX_GOALS,
  },

  lifetimes: {
    created() {
      this.cobuildingId = ''
      this.guarded = false
    },
    detached() {
      this.guardLeaving(false)
    },
  },

  methods: {
    onLoad(options = {}) {
      this.cobuildingId = options.cobuildingId || ''
      this.setData({ rows: [emptyRow()], today: todayInShanghai() })
      if (!this.cobuildingId) {
        this.setData({ status: 'error', errorTitle: '请从先锋号主页打开阶段总结' })
        return
      }
      this.load()
    },

    onUnload() {
      this.guardLeaving(false)
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
        const view = await goal.listStageSummaries(this.cobuildingId)
        const summaries = (view.items || []).map(summaryView)
        const currentStage = Number(view.currentStage) || 1
        const summarized = summaries.some((s) => s.stage === currentStage)
        this.setData({ status: 'ready', currentStage, editable: Boolean(view.editable), summaries, showForm: Boolean(view.editable) && !summarized })
        if (!this.data.showForm) this.guardLeaving(false)
      } catch (err) {
        if (this.data.status === 'ready') this.toast(err.title || '刷新失败')
        else {
          const title = err.status === 404 ? '先锋号不存在，或你不在该先锋号中' : err.title || '加载失败，请稍后重试'
          this.setData({ status: 'error', errorTitle: title })
        }
      }
    },

    /** While something typed is not on the server, leaving by the back button or gesture asks first. */
    guardLeaving(on) {
      if (this.guarded === on) return
      this.guarded = on
      if (on && typeof wx.enableAlertBeforeUnload === 'function') {
        wx.enableAlertBeforeUnload({ message: '阶段总结还没有提交，确定离开吗？' })
      } else if (!on && typeof wx.disableAlertBeforeUnload === 'function') {
        wx.disableAlertBeforeUnload()
      }
    },

    touched() {
      this.guardLeaving(Boolean(this.data.text.trim() || this.data.rows.some((r) => r.title.trim())))
    },

    onText(e) {
      const text = String(e.detail.value || '')
      this.setData({ text, textLength: length(text), 'errors.text': '' })
      this.touched()
    },

    /** photo-uploader's change: {mediaIds, uploading, failed}. */
    onPhotos(e) {
      const d = e.detail || {}
      this.setData({
        photoIds: Array.isArray(d.mediaIds) ? d.mediaIds : [],
        photosUploading: Boolean(d.uploading),
        photosFailed: Boolean(d.failed),
        'errors.photos': '',
      })
    },

    rowIndex(e) {
      return this.data.rows.findIndex((r) => r.key === e.currentTarget.dataset.key)
    },

    /** One field of a row changed: its error goes away until the next submit. */
    changeRow(e, changes, field) {
      const i = this.rowIndex(e)
      if (i < 0) return
      const key = this.data.rows[i].key
      const data = {}
      Object.keys(changes).forEach((k) => {
        data[`rows[${i}].${k}`] = changes[k]
      })
      if (this.data.errors.rows[key] && this.data.errors.rows[key][field]) data[`errors.rows.${key}.${field}`] = ''
      this.setData(data)
      this.touched()
    },

    onRowCategory(e) {
      const index = Number(e.detail.value)
      if (!(index >= 0 && index < CATEGORIES.length)) return
      this.changeRow(e, { categoryIndex: index, categoryLabel: CATEGORY_LABELS[CATEGORIES[index]] }, 'category')
    },

    onRowTitle(e) {
      this.changeRow(e, { title: String(e.detail.value || '') }, 'title')
    },

    onRowTarget(e) {
      this.changeRow(e, { targetText: String(e.detail.value || '') }, 'targetText')
    },

    onRowDate(e) {
      this.changeRow(e, { targetDate: String(e.detail.value || '') }, 'targetDate')
    },

    onClearRowDate(e) {
      this.changeRow(e, { targetDate: '' }, 'targetDate')
    },

    onAddRow() {
      if (this.data.submitting || this.data.rows.length >= MAX_GOALS) return
      this.setData({ rows: [...this.data.rows, emptyRow()], 'errors.form': '' })
    },

    onRemoveRow(e) {
      if (this.data.submitting || this.data.rows.length <= 1) return
      const key = e.currentTarget.dataset.key
      this.setData({ rows: this.data.rows.filter((r) => r.key !== key) })
      this.touched()
    },

    /** The id this stage's summary carries, the same for every retry until one is answered. */
    clientId(stage) {
      const key = CLIENT_ID_KEY(this.cobuildingId, stage)
      let id = wx.getStorageSync(key)
      if (!id) {
        id = newClientId()
        wx.setStorageSync(key, id)
      }
      return id
    },

    async onSubmit() {
      if (this.data.submitting) return
      const errors = validate(this.data)
      if (errors) {
        this.setData({ errors, canRetry: false })
        return
      }
      const stage = this.data.currentStage
      const body = {
        stage,
        text: this.data.text.trim(),
        nextGoals: this.data.rows.map(goalBody),
        clientId: this.clientId(stage),
      }
      if (this.data.photoIds.length) body.photoMediaIds = this.data.photoIds.slice()
      this.setData({ submitting: true, canRetry: false, errors: { text: '', photos: '', form: '', rows: {} } })
      try {
        await goal.submitStageSummary(this.cobuildingId, body)
        wx.removeStorageSync(CLIENT_ID_KEY(this.cobuildingId, stage))
        this.guardLeaving(false)
        this.setData({ text: '', textLength: 0, rows: [emptyRow()], photoIds: [] })
        const uploader = this.selectComponent('.uploader')
        if (uploader) uploader.reset()
        this.toast('阶段总结已提交', 'success')
        await this.load()
      } catch (err) {
        await this.submitFailed(err, stage)
      } finally {
        this.setData({ submitting: false })
      }
    },

    async submitFailed(err, stage) {
      // No answer: the summary may have landed; the same clientId on a retry returns it if so.
      if (network(err)) {
        this.setData({ 'errors.form': '网络不佳，提交结果未确认，请重试', canRetry: true })
        return
      }
      if (STALE[err.code]) {
        wx.removeStorageSync(CLIENT_ID_KEY(this.cobuildingId, stage))
        this.setData({ 'errors.form': STALE[err.code] })
        this.toast(STALE[err.code])
        await this.load()
        return
      }
      this.setData({ errors: this.serverErrors(err) })
    },

    /** A 422's field errors where the fields are; anything else above the submit button. */
    serverErrors(err) {
      const errors = { text: '', photos: '', form: '', rows: {} }
      const fields = err.errors || {}
      Object.keys(fields).forEach((path) => {
        const row = ROW_FIELD.exec(path)
        if (path === 'text') errors.text = fields[path]
        else if (path === 'photoMediaIds') errors.photos = fields[path]
        else if (row && this.data.rows[Number(row[1])]) {
          const key = this.data.rows[Number(row[1])].key
          errors.rows[key] = { ...(errors.rows[key] || {}), [row[2]]: fields[path] }
        } else errors.form = fields[path]
      })
      const shown = errors.text || errors.photos || errors.form || Object.keys(errors.rows).length
      if (!shown) errors.form = err.detail || err.title || '提交失败，请稍后重试'
      return errors
    },

    onPreview(e) {
      const { key, index } = e.currentTarget.dataset
      const s = this.data.summaries.find((x) => x.key === key)
      if (!s || !s.photos.length) return
      const urls = s.photos.map((p) => p.url)
      wx.previewImage({ urls, current: urls[Number(index) || 0] })
    },
  },
})
