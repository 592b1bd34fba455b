// Someone updated a task's progress (posted by chat on goal.ProgressReported): {reportId, taskId, goalId,
// category, title (the task), goalTitle, userId, displayName, percent, note, text ("张三 更新进展至 60%"),
// reportedAt, mediaIds, images}. `images` are the photos' signed links (MediaLinks) that chat adds at read
// time; a photo opens the viewer over the originals, the rest of the card opens the task.
// Older cards ({title, text, photos: [url]}) still render.
const { formatDateTime } = require('../../../../utils/format')
const { assetUrl } = require('../../../../utils/asset-url')
const { CATEGORY_SHORT } = require('../../../../utils/goal-labels')
const routes = require('../../../../utils/routes')

function photosOf(card) {
  if (Array.isArray(card.images)) {
    return card.images
      .filter((image) => image && typeof image === 'object' && (image.thumbUrl || image.url))
      .map((image) => ({
        key: String(image.id || image.url),
        thumb: assetUrl(image.thumbUrl || image.url),
        original: assetUrl(image.url || image.thumbUrl),
      }))
  }
  if (Array.isArray(card.photos)) {
    return card.photos.filter((url) => typeof url === 'string' && url).map((url) => ({ key: url, thumb: url, original: url }))
  }
  return []
}

function percentOf(value) {
  const n = Number(value)
  if (value === null || value === undefined || value === '' || !Number.isFinite(n)) return null
  return Math.min(100, Math.max(0, Math.round(n)))
}

Component({
  // The app-wide .tap (a fingertip-sized target) reaches the markup.
  options: { addGlobalClass: true },

  properties: {
    payload: { type: Object, value: null },
  },

  data: { title: '', goal: '', who: '', text: '', note: '', at: '', percent: null, photos: [], taskId: '' },

  observers: {
    payload(p) {
      const card = p || {}
      const percent = percentOf(card.percent)
      const short = CATEGORY_SHORT[card.category] || ''
      const goal = [short, card.goalTitle || ''].filter(Boolean).join(' · ')
      let who = card.text || ''
      if (!who && card.displayName && percent !== null) who = `${card.displayName} 更新进展至 ${percent}%`
      this.setData({
        title: card.title || '',
        goal,
        // A new card's text says who and how far; an older one's text is its body.
        who: card.taskId !== undefined || card.reportId !== undefined ? who : '',
        text: card.taskId !== undefined || card.reportId !== undefined ? '' : card.text || '',
        note: card.note || '',
        at: formatDateTime(card.reportedAt),
        percent,
        photos: photosOf(card),
        taskId: card.taskId !== undefined && card.taskId !== null ? String(card.taskId) : '',
      })
    },
  },

  methods: {
    onOpen() {
      if (this.data.taskId) wx.navigateTo({ url: routes.taskDetail(this.data.taskId) })
    },

    onPreview(e) {
      const urls = this.data.photos.map((photo) => photo.original)
      wx.previewImage({ urls, current: e.currentTarget.dataset.url })
    },
  },
})
