// A list page over an `{items, page, size, total}` endpoint: loads on every show (a page
// opened from it may have changed something), pull-down refresh, more on reaching the
// bottom. The page supplies fetchPage(params) → Promise of the list body, and decorate(item).
module.exports = Behavior({
  data: {
    status: 'loading', // loading | ready | error
    errorTitle: '',
    items: [],
    page: null, // whatever the server numbers pages from, the next one is page + 1
    size: null,
    total: 0,
    loadingMore: false,
    moreError: '',
  },

  lifetimes: {
    created() {
      this.loadSeq = 0
    },
  },

  methods: {
    onShow() {
      this.refresh()
    },

    async onPullDownRefresh() {
      await this.refresh()
      wx.stopPullDownRefresh()
    },

    onReachBottom() {
      this.loadMore()
    },

    onRetry() {
      this.refresh()
    },

    decorate(item) {
      return item
    },

    async refresh() {
      const seq = (this.loadSeq += 1)
      if (!this.data.items.length) this.setData({ status: 'loading', errorTitle: '' })
      try {
        const res = await this.fetchPage({})
        if (seq !== this.loadSeq) return
        this.setData({
          status: 'ready',
          items: (res.items || []).map((item) => this.decorate(item)),
          page: res.page,
          size: res.size,
          total: res.total,
          moreError: '',
        })
      } catch (err) {
        if (seq !== this.loadSeq) return
        // Keep what is on screen; only an empty list turns into the error state.
        if (this.data.items.length) wx.showToast({ title: err.title || '刷新失败', icon: 'none' })
        else this.setData({ status: 'error', errorTitle: err.title || '加载失败，请稍后重试' })
      }
    },

    async loadMore() {
      const { items, total, page, size, loadingMore, status } = this.data
      if (loadingMore || status !== 'ready' || items.length >= total) return
      const seq = this.loadSeq
      this.setData({ loadingMore: true, moreError: '' })
      try {
        const res = await this.fetchPage({ page: page + 1, size })
        if (seq !== this.loadSeq) return // a refresh replaced the list meanwhile
        // Rows can shift between pages when something new arrives: skip what is already shown.
        const shown = new Set(items.map((i) => i.id))
        const fresh = (res.items || []).filter((i) => !shown.has(i.id)).map((item) => this.decorate(item))
        this.setData({ items: [...items, ...fresh], page: res.page, total: res.total })
      } catch (err) {
        this.setData({ moreError: err.title || '加载失败' })
      } finally {
        this.setData({ loadingMore: false })
      }
    },
  },
})
