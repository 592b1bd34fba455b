// 公示牌: the public board of a co-building, what anyone sees who scans the plaque's code (or the board's
// mini-program code, which opens this page with scene b=<publicId>): the units, the plaque, the five goals'
// completion, the goals and the progress table with its evidence, the 八有 and the highlights. A withdrawn or
// delisted co-building shows only that; too many views from one network are asked to wait. Members of the
// co-building also get the board's mini-program code to print.
const board = require('../../services/board')
const cobuilding = require('../../services/cobuilding')
const auth = require('../../services/auth')
const feedback = require('../../behaviors/feedback')
const routes = require('../../utils/routes')
const { boardView, decodeBoardScene } = require('./board-view')

const MEMBERSHIP_PAGE_SIZE = 100

Component({
  behaviors: [feedback],

  data: {
    status: 'loading', // loading | ready | unavailable | missing | limited | error
    errorTitle: '',
    board: null,
    member: false, // the caller is a member of this co-building: the mini-program code is offered
    codeLoading: false,
  },

  lifetimes: {
    created() {
      this.publicId = ''
      this.cobuildingId = ''
      this.hintedCobuildingId = ''
      this.loading = false
    },
  },

  methods: {
    onLoad(options = {}) {
      this.publicId = options.publicId || decodeBoardScene(options.scene)
      this.hintedCobuildingId = options.cobuildingId || ''
      if (!this.publicId) {
        this.setData({ status: 'missing', errorTitle: '公示牌不存在' })
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
      if (this.loading) return
      this.loading = true
      if (!this.data.board) this.setData({ status: 'loading', errorTitle: '' })
      try {
        const view = boardView(await board.getBoard(this.publicId))
        this.setData({ board: view, status: view.available ? 'ready' : 'unavailable', errorTitle: '' })
        if (view.name) wx.setNavigationBarTitle({ title: view.name })
        if (view.available) this.findMembership(view.name)
      } catch (err) {
        this.failed(err)
      } finally {
        this.loading = false
      }
    },

    failed(err) {
      if (err.status === 404) this.setData({ status: 'missing', board: null, errorTitle: '公示牌不存在' })
      else if (err.status === 429) this.setData({ status: 'limited', errorTitle: '访问过于频繁，请稍后再试' })
      // A board already on screen stays: only the refresh failed.
      else if (this.data.board) this.toast(err.title || '刷新失败，请稍后重试')
      else this.setData({ status: 'error', errorTitle: err.title || '加载失败，请稍后重试' })
    },

    /**
     * Whether the caller belongs to this co-building. The board names no ids, so the caller's own co-buildings
     * are asked (only with a session: a visitor is never made to log in) and one is confirmed by its publicId.
     */
    async findMembership(name) {
      if (this.cobuildingId || !auth.hasValidToken()) return
      try {
        let candidates = this.hintedCobuildingId ? [this.hintedCobuildingId] : []
        if (!candidates.length) {
          const mine = await cobuilding.listCobuildings({ size: MEMBERSHIP_PAGE_SIZE })
          candidates = (mine.items || []).filter((c) => c.name === name).map((c) => String(c.id))
        }
        for (const id of candidates) {
          const view = await cobuilding.getCobuilding(id)
          if (view && view.publicId === this.publicId) {
            this.cobuildingId = id
            this.setData({ member: true })
            return
          }
        }
      } catch (e) {
        // Not a member, or no answer: the board itself is all a visitor needs.
      }
    },

    async onShowCode() {
      if (this.data.codeLoading || !this.cobuildingId) return
      this.setData({ codeLoading: true })
      try {
        const path = await board.downloadBoardCode(this.cobuildingId)
        wx.previewImage({ urls: [path], current: path })
      } catch (err) {
        this.toast(err.title || '小程序码获取失败')
      } finally {
        this.setData({ codeLoading: false })
      }
    },

    /** A thumbnail opens the originals of its group (data-group: the photos' owner, data-index: which one). */
    onPreview(e) {
      const { photos, index } = this.photosAt(e.currentTarget.dataset)
      if (!photos.length) return
      const urls = photos.map((p) => p.url)
      wx.previewImage({ urls, current: urls[index] || urls[0] })
    },

    photosAt({ kind, at, index }) {
      const b = this.data.board
      let list = []
      if (b && kind === 'task' && b.tasks[at] && b.tasks[at].latest) list = b.tasks[at].latest.photos
      if (b && kind === 'highlight' && b.highlights[at]) list = b.highlights[at].photos
      return { photos: list || [], index: Number(index) || 0 }
    },

    onShareAppMessage() {
      const name = this.data.board && this.data.board.name
      return { title: name ? `${name} · 公示牌` : '先锋号公示牌', path: routes.board(this.publicId) }
    },
  },
})
