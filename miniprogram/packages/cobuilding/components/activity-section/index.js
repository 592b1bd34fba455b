// 活动 on a co-building's home: its next activities (tap one to open it), the way to all of them, and 发起活动
// for those who may organise (the pioneer and unit liaisons of an open co-building). Reloads when the page is
// shown again, so an activity created or changed meanwhile appears.
const activity = require('../../../../services/activity')
const routes = require('../../../../utils/routes')
const { activityLabel, activityTone, timeSpan } = require('../../../../utils/activity')

const SHOWN = 3

Component({
  options: { addGlobalClass: true },

  properties: {
    cobuildingId: { type: String, value: '' },
    canCreate: { type: Boolean, value: false },
  },

  data: {
    state: 'loading', // loading | ready | error
    items: [],
    total: 0,
  },

  observers: {
    cobuildingId(id) {
      if (id) this.load()
    },
  },

  pageLifetimes: {
    show() {
      if (this.loaded) this.load()
    },
  },

  methods: {
    async load() {
      const id = this.data.cobuildingId
      if (!this.data.items.length) this.setData({ state: 'loading' })
      try {
        const res = await activity.listActivities({ when: 'UPCOMING', cobuildingId: id, size: SHOWN })
        if (id !== this.data.cobuildingId) return
        this.loaded = true
        this.setData({
          state: 'ready',
          total: res.total || 0,
          items: (res.items || []).slice(0, SHOWN).map((a) => ({
            id: a.id,
            title: a.title,
            when: timeSpan(a.startAt, a.endAt),
            typeLabel: activityLabel('type', a.type),
            statusLabel: activityLabel('status', a.status),
            tone: activityTone('status', a.status),
          })),
        })
      } catch (err) {
        if (!this.data.items.length) this.setData({ state: 'error' })
      }
    },

    onOpen(e) {
      wx.navigateTo({ url: routes.activityDetail(e.currentTarget.dataset.id) })
    },

    onAll() {
      wx.navigateTo({ url: routes.activityList({ cobuildingId: this.data.cobuildingId }) })
    },

    onCreate() {
      wx.navigateTo({ url: routes.activityCreate(this.data.cobuildingId) })
    },
  },
})
