// Progress posted with photos: {title, text, photos: [url]}. A photo opens the viewer.
Component({
  // The app-wide .tap (a fingertip-sized target) reaches the markup.
  options: { addGlobalClass: true },

  properties: {
    payload: { type: Object, value: null },
  },

  data: { title: '', text: '', photos: [] },

  observers: {
    payload(p) {
      const card = p || {}
      const photos = Array.isArray(card.photos) ? card.photos.filter((url) => typeof url === 'string' && url) : []
      this.setData({ title: card.title || '', text: card.text || '', photos })
    },
  },

  methods: {
    onPreview(e) {
      wx.previewImage({ urls: this.data.photos, current: e.currentTarget.dataset.url })
    },
  },
})
