// One activity in a list: type, title, time, place, status and how many checked in; tapping opens it.
const { activityLabel, activityTone, timeSpan } = require('../../../../utils/activity')

Component({
  options: { addGlobalClass: true },

  properties: {
    activity: { type: Object, value: {} },
  },

  data: { typeLabel: '', statusLabel: '', tone: 'muted', when: '', count: '', cobuildings: '' },

  observers: {
    activity(a) {
      const item = a || {}
      const expected = item.expectedCount
      this.setData({
        typeLabel: activityLabel('type', item.type),
        statusLabel: activityLabel('status', item.status),
        tone: activityTone('status', item.status),
        when: timeSpan(item.startAt, item.endAt),
        count: expected ? `已签到 ${item.checkedInCount || 0}/${expected}` : '',
        cobuildings: (item.cobuildingNames || []).join('、'),
      })
    },
  },

  methods: {
    onTap() {
      this.triggerEvent('open', { id: this.data.activity.id })
    },
  },
})
