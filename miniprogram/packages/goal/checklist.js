// 八有: the eight things a party-building base (党建阵地) must have, each ticked by the pioneer or a unit
// liaison with a note and 1–9 photos as evidence and then confirmed or rejected by the bureau. Every member
// sees the list and its evidence; editors tick, tick again after a rejection (or to replace the evidence of a
// tick not yet reviewed) and withdraw a tick until the bureau confirms it.
const goal = require('../../services/goal')
const feedback = require('../../behaviors/feedback')
const { CHECK_STATUS_LABELS } = require('../../utils/goal-labels')
const { formatDate } = require('../../utils/format')
const { assetUrl } = require('../../utils/asset-url')

const MAX_PHOTOS = 9
const NOTE_MAX = 500
const TONES = { TICKED: 'info', CONFIRMED: 'success', REJECTED: 'danger' }
// Refusals after which the list on screen is out of date.
const STALE = ['CHECKLIST_CONFIRMED', 'CHECKLIST_ITEM_NOT_FOUND', 'COBUILDING_CLOSED']
const MESSAGES = {
  CHECKLIST_CONFIRMED: '该项已经科技局确认，不能再修改或撤回',
  CHECKLIST_ITEM_NOT_FOUND: '该项已停用，列表已刷新',
  COBUILDING_CLOSED: '该先锋号已退出或摘牌，不能再修改',
}

function photosOf(list) {
  return (list || [])
    .filter((p) => p && (p.thumbUrl || p.url))
    .map((p) => ({ id: String(p.id), thumbUrl: assetUrl(p.thumbUrl || p.url), url: assetUrl(p.url || p.thumbUrl) }))
}

function entryView(entry, editable) {
  const tick = entry.tick
  const status = tick ? tick.status : ''
  return {
    itemId: String(entry.itemId),
    key: `i${entry.itemId}`,
    name: entry.name,
    description: entry.description || '',
    status,
    statusLabel: tick ? CHECK_STATUS_LABELS[status] || status : '未勾选',
    tone: TONES[status] || 'muted',
    note: (tick && tick.note) || '',
    photos: tick ? photosOf(tick.photos) : [],
    tickedText: tick ? `${(tick.tickedBy && tick.tickedBy.displayName) || ''} ${formatDate(tick.tickedAt)}`.trim() : '',
    reviewComment: (tick && status === 'REJECTED' && tick.reviewComment) || '',
    // What an editor may do with it: a confirmed tick is the bureau's, no longer the co-building's.
    canTick: editable && status !== 'CONFIRMED',
    tickText: !tick ? '勾选' : status === 'REJECTED' ? '重新勾选' : '更新佐证',
    canWithdraw: editable && status === 'TICKED',
  }
}

function checklistView(view) {
  const editable = Boolean(view.editable)
  return {
    editable,
    headline: `已确认 ${view.confirmedCount || 0}/${view.total || 0} · 已勾选 ${view.tickedCount || 0}`,
    items: (view.items || []).map((e) => entryView(e, editable)),
  }
}

const network = (err) => err.status === 0 || err.status >= 500 || err.status === 429

function refusal(err) {
  if (MESSAGES[err.code]) return MESSAGES[err.code]
  const fields = err.errors || {}
  return fields.photoMediaIds || fields.note || err.detail || err.title || '提交失败，请稍后重试'
}

Component({
  behaviors: [feedback],

  data: {
    status: 'loading', // loading | ready | error
    errorTitle: '',
    headline: '',
    editable: false,
    items: [],
    // The tick form, open under one item at a time.
    formItemId: '',
    note: '',
    noteLength: 0,
    photoIds: [],
    photosUploading: false,
    photosFailed: false,
    formError: '',
    canRetry: false,
    submitting: false,
    busyItemId: '', // a withdrawal under way
    maxPhotos: MAX_PHOTOS,
    noteMax: NOTE_MAX,
  },

  lifetimes: {
    created() {
      this.cobuildingId = ''
    },
  },

  methods: {
    onLoad(options = {}) {
      this.cobuildingId = options.cobuildingId || ''
      if (!this.cobuildingId) {
        this.setData({ status: 'error', errorTitle: '请从先锋号主页打开“八有”' })
        return
      }
      this.load()
    },

    async onPullDownRefresh() {
      await this.load()
      wx.stopPullDownRefresh()
    },

    onRetry() {
      this.load()
    },

    async load() {
      if (!this.data.items.length) this.setData({ status: 'loading', errorTitle: '' })
      try {
        this.show(await goal.getChecklist(this.cobuildingId))
        this.setData({ status: 'ready' })
      } catch (err) {
        if (this.data.items.length) this.toast(err.title || '刷新失败')
        else {
          const title = err.status === 404 ? '先锋号不存在，或你不在该先锋号中' : err.title || '加载失败，请稍后重试'
          this.setData({ status: 'error', errorTitle: title })
        }
      }
    },

    show(view) {
      const v = checklistView(view)
      const open = v.items.find((i) => i.itemId === this.data.formItemId)
      this.setData({ ...v, ...(open && open.canTick ? {} : this.closedForm()) })
    },

    closedForm() {
      return { formItemId: '', note: '', noteLength: 0, photoIds: [], photosUploading: false, photosFailed: false, formError: '', canRetry: false }
    },

    onOpenForm(e) {
      if (this.data.submitting) return
      const itemId = String(e.currentTarget.dataset.id)
      const item = this.data.items.find((i) => i.itemId === itemId)
      if (!item || !item.canTick) return
      this.setData({ ...this.closedForm(), formItemId: itemId, note: item.status === 'TICKED' ? item.note : '', noteLength: item.status === 'TICKED' ? [...item.note].length : 0 })
    },

    onCloseForm() {
      if (!this.data.submitting) this.setData(this.closedForm())
    },

    onNote(e) {
      const note = String(e.detail.value || '')
      this.setData({ note, noteLength: [...note].length, formError: '' })
    },

    /** photo-uploader's change: {mediaIds, uploading, failed}. */
    onPhotos(e) {
      const d = e.detail || {}
      this.setData({
        photoIds: Array.isArray(d.mediaIds) ? d.mediaIds : [],
        photosUploading: Boolean(d.uploading),
        photosFailed: Boolean(d.failed),
        formError: '',
      })
    },

    formProblem() {
      const { note, photoIds, photosUploading, photosFailed } = this.data
      if (photosUploading) return '照片还在上传，请稍候'
      if (photosFailed) return '有照片没有上传成功，请重试或删除后再提交'
      if (!photoIds.length) return '请至少上传 1 张照片作为佐证'
      if (photoIds.length > MAX_PHOTOS) return `最多 ${MAX_PHOTOS} 张照片`
      if ([...note].length > NOTE_MAX) return `说明最多 ${NOTE_MAX} 字`
      return ''
    },

    /** 提交 and 重试 alike: a tick is a PUT of the whole evidence, so sending it again changes nothing more. */
    async onSubmitTick() {
      if (this.data.submitting) return
      const problem = this.formProblem()
      if (problem) {
        this.setData({ formError: problem })
        return
      }
      const itemId = this.data.formItemId
      const note = this.data.note.trim()
      const body = { photoMediaIds: this.data.photoIds.slice() }
      if (note) body.note = note
      this.setData({ submitting: true, formError: '', canRetry: false })
      try {
        await goal.tickChecklistItem(this.cobuildingId, itemId, body)
        this.setData(this.closedForm())
        this.toast('已提交，等待科技局确认', 'none')
        await this.load()
      } catch (err) {
        this.tickFailed(err)
      } finally {
        this.setData({ submitting: false })
      }
    },

    tickFailed(err) {
      if (network(err)) {
        this.setData({ formError: '网络不佳，提交结果未确认，请重试', canRetry: true })
        return
      }
      this.setData({ formError: refusal(err) })
      if (STALE.indexOf(err.code) >= 0) {
        this.toast(refusal(err))
        this.load()
      }
    },

    async onWithdraw(e) {
      const itemId = String(e.currentTarget.dataset.id)
      if (this.data.busyItemId) return
      const item = this.data.items.find((i) => i.itemId === itemId)
      const ok = await this.confirm({
        title: '撤回勾选',
        content: `撤回“${item ? item.name : ''}”的勾选和佐证照片？`,
        confirmText: '撤回',
      })
      if (!ok) return
      this.setData({ busyItemId: itemId })
      let stale = true
      try {
        await goal.withdrawChecklistTick(this.cobuildingId, itemId)
        this.toast('已撤回', 'none')
      } catch (err) {
        // Withdrawing what is already gone is a 204 too: trying again is always safe.
        stale = STALE.indexOf(err.code) >= 0
        this.toast(network(err) ? '网络不佳，撤回未完成，请重试' : refusal(err))
      } finally {
        this.setData({ busyItemId: '' })
      }
      if (stale) await this.load()
    },

    /** An evidence thumbnail opens the originals of its item. */
    onPreview(e) {
      const { id, index } = e.currentTarget.dataset
      const item = this.data.items.find((i) => i.itemId === String(id))
      if (!item || !item.photos.length) return
      const urls = item.photos.map((p) => p.url)
      wx.previewImage({ urls, current: urls[Number(index) || 0] })
    },
  },
})
