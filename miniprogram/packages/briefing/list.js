// 政策解读: the briefings the bureau published to the member's co-buildings — category tabs, a keyword search
// (sent once typing pauses), deadlines within 14 days first (the server's order), a dot on the unread, paged, pull
// to refresh. Tapping one opens its detail, which records the read; coming back reloads the list.
const briefing = require('../../services/briefing')
const pagedList = require('../../behaviors/paged-list')
const routes = require('../../utils/routes')
const { CATEGORIES, categoryLabel, deadlineOf, publishedDate } = require('../../utils/briefing-labels')

const SEARCH_DELAY_MS = 400
const ALL = ''

function decorate(item) {
  return {
    ...item,
    categoryText: categoryLabel(item.category),
    deadline: deadlineOf(item.applyDeadline),
    dateText: publishedDate(item.publishedAt),
  }
}

Component({
  behaviors: [pagedList],

  data: {
    tabs: [{ value: ALL, label: '全部' }, ...CATEGORIES.map((c) => ({ value: c.value, label: c.short }))],
    category: ALL,
    keyword: '',
  },

  lifetimes: {
    created() {
      this.searchedFor = ''
    },
    detached() {
      clearTimeout(this.searchTimer)
    },
  },

  methods: {
    onLoad(options = {}) {
      if (CATEGORIES.some((c) => c.value === options.category)) this.setData({ category: options.category })
    },

    decorate,

    fetchPage(params) {
      const q = this.data.keyword.trim()
      return briefing.listBriefings({ ...params, category: this.data.category || undefined, q: q || undefined })
    },

    onTab(e) {
      const category = e.currentTarget.dataset.category
      if (category === this.data.category) return
      // Another list: what is on screen belongs to the other category.
      this.setData({ category, items: [], total: 0, page: null })
      this.refresh()
    },

    onSearchInput(e) {
      this.setData({ keyword: e.detail.value || '' })
      clearTimeout(this.searchTimer)
      this.searchTimer = setTimeout(() => this.search(), SEARCH_DELAY_MS)
    },

    /** The keyboard's 搜索 key: no need to wait for the pause. */
    onSearchConfirm() {
      clearTimeout(this.searchTimer)
      this.search()
    },

    onClearSearch() {
      clearTimeout(this.searchTimer)
      this.setData({ keyword: '' })
      this.search()
    },

    search() {
      const q = this.data.keyword.trim()
      if (q === this.searchedFor) return
      this.searchedFor = q
      this.setData({ items: [], total: 0, page: null })
      this.refresh()
    },

    onOpen(e) {
      wx.navigateTo({ url: routes.briefingDetail(e.currentTarget.dataset.id) })
    },
  },
})
