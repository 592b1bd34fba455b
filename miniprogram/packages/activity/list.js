// 活动: the activities of the user's co-buildings (or of one, when opened from its home), 即将开始 or 已结束,
// paged. Tapping one opens its detail.
const activity = require('../../services/activity')
const pagedList = require('../../behaviors/paged-list')
const routes = require('../../utils/routes')

const TABS = [
  { value: 'UPCOMING', label: '即将开始' },
  { value: 'PAST', label: '已结束' },
]

Component({
  behaviors: [pagedList],

  data: {
    tabs: TABS,
    when: 'UPCOMING',
  },

  methods: {
    onLoad(options = {}) {
      this.cobuildingId = options.cobuildingId || undefined
      if (options.when === 'PAST') this.setData({ when: 'PAST' })
    },

    fetchPage(params) {
      return activity.listActivities({ ...params, when: this.data.when, cobuildingId: this.cobuildingId })
    },

    onTab(e) {
      const when = e.currentTarget.dataset.when
      if (when === this.data.when) return
      // A different list: what is on screen belongs to the other tab.
      this.setData({ when, items: [], total: 0, page: null })
      this.refresh()
    },

    onOpen(e) {
      wx.navigateTo({ url: routes.activityDetail(e.detail.id) })
    },
  },
})
