// Someone checked in with photos (one card per person, posted by chat when a check-in carries photos):
// {activityId, checkinId, title (the activity), userId, displayName, flags, checkedInAt, mediaIds, images}.
// `images` are the photos' signed links (MediaLinks) that chat renders at read time; a photo opens the viewer
// over the originals. Flags are shown, not judged: the organiser confirms or overrules them elsewhere.
// Older cards ({title, text, at}) still render.
const { formatDateTime } = require('../../../../utils/format')
const { assetUrl } = require('../../../../utils/asset-url')

const FLAG_LABELS = {
  OUT_OF_RANGE: '超出签到范围',
  LATE: '迟到',
  NO_LOCATION: '未获取位置',
  CODE_MISMATCH: '签到码不符',
  STALE_PHOTO: '照片非现场拍摄',
}

function photosOf(images) {
  if (!Array.isArray(images)) return []
  return images
    .filter((image) => image && typeof image === 'object' && (image.thumbUrl || image.url))
    .map((image) => ({
      key: String(image.id || image.url),
      thumb: assetUrl(image.thumbUrl || image.url),
      original: assetUrl(image.url || image.thumbUrl),
    }))
}

Component({
  // The app-wide .tap (a fingertip-sized target) reaches the markup.
  options: { addGlobalClass: true },

  properties: {
    payload: { type: Object, value: null },
  },

  data: { title: '', who: '', text: '', at: '', flags: [], photos: [] },

  observers: {
    payload(p) {
      const card = p || {}
      const flags = Array.isArray(card.flags) ? card.flags.filter((f) => FLAG_LABELS[f]).map((f) => ({ code: f, label: FLAG_LABELS[f] })) : []
      this.setData({
        title: card.title || '',
        who: card.displayName ? `${card.displayName} 已签到` : '',
        text: card.text || '',
        at: formatDateTime(card.checkedInAt || card.at),
        flags,
        photos: photosOf(card.images),
      })
    },
  },

  methods: {
    onPreview(e) {
      const urls = this.data.photos.map((photo) => photo.original)
      wx.previewImage({ urls, current: e.currentTarget.dataset.url })
    },
  },
})
