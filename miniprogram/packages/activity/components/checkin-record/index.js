// A check-in as a record: time, method, distance, flags (超出范围/迟到/未定位/签到码不符/照片非现场拍摄), photos
// (tap to enlarge), who added it (补签) and the organiser's review. Takes a decorated check-in (checkin-view.js).
Component({
  options: { addGlobalClass: true },

  properties: {
    record: { type: Object, value: null },
  },

  methods: {
    onPreview(e) {
      const photos = (this.data.record && this.data.record.photos) || []
      const urls = photos.map((p) => p.full)
      wx.previewImage({ urls, current: urls[e.currentTarget.dataset.index] })
    },
  },
})
