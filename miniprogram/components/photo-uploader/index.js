// 照片: pick up to `max` photos, each uploaded at once (compressed when large) with its own progress; a failed
// one offers a retry, any one can be removed. Used by check-in (camera-only), progress posts and the like:
//   <photo-uploader purpose="CHECKIN" max="{{3}}" camera-only="{{true}}" bind:change="onPhotos" />
// change's detail: {mediaIds (uploaded ones, in the order shown), uploading, failed, media (their MediaViews)}.
// A form may be sent once `uploading` and `failed` are both false; after sending it, selectComponent(…).reset()
// empties the uploader.
const { uploadAbort } = require('../../services/http')
const { choosePhotos } = require('../../utils/choose-photos')
const { uploadPhoto, retryable, uploadErrorTitle, RETRY_DELAYS_MS } = require('../../utils/photo-upload')

const PROGRESS_STEP = 5 // setData crosses threads: a new figure every 5 %, not every packet

Component({
  options: { addGlobalClass: true },

  properties: {
    purpose: { type: String, value: 'CHECKIN' },
    max: { type: Number, value: 9 },
    cameraOnly: { type: Boolean, value: false },
    disabled: { type: Boolean, value: false },
    // Waits before each automatic retry of a network failure (tests make them short).
    retryDelays: { type: Array, value: RETRY_DELAYS_MS },
  },

  data: {
    // {key, path (on this phone, shown at once), state: uploading | done | failed, progress, mediaId, error, canRetry}
    photos: [],
    canAdd: true,
  },

  observers: {
    'max, disabled, photos': function (max, disabled, photos) {
      const canAdd = !disabled && photos.length < max
      if (canAdd !== this.data.canAdd) this.setData({ canAdd })
    },
  },

  lifetimes: {
    created() {
      this.nextKey = 1
      this.aborts = {} // key → abort handle of a running upload
      this.views = {} // key → the server's MediaView
      this.files = {} // key → the chosen file {path, size}, uploaded again by a retry
    },
    detached() {
      this.abortAll()
    },
  },

  methods: {
    async onAdd() {
      if (!this.data.canAdd || this.choosing) return
      this.choosing = true
      let files = []
      try {
        files = await choosePhotos({ count: this.data.max - this.data.photos.length, cameraOnly: this.data.cameraOnly })
      } catch (err) {
        wx.showToast({ title: err.title, icon: 'none' })
      } finally {
        this.choosing = false
      }
      const room = this.data.max - this.data.photos.length // the picker may hand back more than asked
      const added = files.slice(0, Math.max(room, 0)).map((file) => ({
        key: `p${this.nextKey++}`,
        file,
        path: file.path,
        state: 'uploading',
        progress: 0,
        mediaId: '',
        error: '',
        canRetry: false,
      }))
      if (!added.length) return
      this.setData({ photos: [...this.data.photos, ...added.map(shown)] })
      added.forEach((p) => {
        this.files[p.key] = p.file
      })
      this.emitChange()
      added.forEach((p) => this.upload(p.key))
    },

    async upload(key) {
      const abort = uploadAbort()
      this.aborts[key] = abort
      let shownProgress = 0
      try {
        const view = await uploadPhoto(this.files[key], {
          purpose: this.data.purpose,
          abort,
          retryDelaysMs: this.data.retryDelays,
          onProgress: (progress) => {
            if (progress - shownProgress < PROGRESS_STEP && progress < 100) return
            shownProgress = progress
            this.patch(key, { progress })
          },
          onRetry: () => {
            shownProgress = 0 // a retry starts again from 0, and the ring with it
            this.patch(key, { progress: 0 })
          },
        })
        if (abort.aborted) return
        this.views[key] = view
        this.patch(key, { state: 'done', progress: 100, mediaId: String(view.id) })
      } catch (err) {
        if (abort.aborted) return // removed meanwhile
        const title = uploadErrorTitle(err)
        this.patch(key, { state: 'failed', error: title, canRetry: retryable(err) })
        // A refusal will not change on a retry: say why at once (the tile keeps saying it too).
        if (!retryable(err)) wx.showToast({ title, icon: 'none' })
      } finally {
        if (this.aborts[key] === abort) delete this.aborts[key]
      }
      this.emitChange()
    },

    /** Changes one photo in place (by key: an earlier one may have been removed meanwhile). */
    patch(key, fields) {
      const index = this.data.photos.findIndex((p) => p.key === key)
      if (index < 0) return
      const update = {}
      Object.keys(fields).forEach((f) => {
        update[`photos[${index}].${f}`] = fields[f]
      })
      this.setData(update)
    },

    onTapPhoto(e) {
      const photo = this.data.photos.find((p) => p.key === e.currentTarget.dataset.key)
      if (!photo) return
      if (photo.state === 'failed') {
        if (photo.canRetry) this.retry(photo.key)
        else wx.showToast({ title: photo.error, icon: 'none' })
        return
      }
      const urls = this.data.photos.map((p) => p.path)
      wx.previewImage({ urls, current: photo.path })
    },

    retry(key) {
      this.patch(key, { state: 'uploading', progress: 0, error: '', canRetry: false })
      this.emitChange()
      this.upload(key)
    },

    onRemove(e) {
      const key = e.currentTarget.dataset.key
      if (this.aborts[key]) this.aborts[key].abort()
      delete this.aborts[key]
      delete this.views[key]
      delete this.files[key]
      this.setData({ photos: this.data.photos.filter((p) => p.key !== key) })
      this.emitChange()
    },

    /** Starts afresh (a form that was sent): running uploads are cancelled and every photo goes. */
    reset() {
      this.abortAll()
      this.views = {}
      this.files = {}
      this.setData({ photos: [] })
      this.emitChange()
    },

    abortAll() {
      Object.keys(this.aborts).forEach((key) => this.aborts[key].abort())
      this.aborts = {}
    },

    emitChange() {
      const photos = this.data.photos
      const done = photos.filter((p) => p.state === 'done')
      this.triggerEvent('change', {
        mediaIds: done.map((p) => p.mediaId),
        uploading: photos.some((p) => p.state === 'uploading'),
        failed: photos.some((p) => p.state === 'failed'),
        media: done.map((p) => this.views[p.key]),
      })
    },
  },
})

// What the template needs of a photo (the chosen file's details stay on the instance).
function shown({ key, path, state, progress, mediaId, error, canRetry }) {
  return { key, path, state, progress, mediaId, error, canRetry }
}
