// An activity in the group chat: {activityId, title, type, startAt, endAt, placeName, status, checkedIn,
// expected, text: "已签到 37/52"}. The server updates the payload in place (card-update frames) as people
// check in, and the room hands the new payload down: the count on screen follows. Tapping opens the activity.
const { activityLabel, timeSpan } = require('../../../../utils/activity')
const routes = require('../../../../utils/routes')

function countText(card) {
  if (card.text) return card.text
  if (typeof card.checkedIn === 'number' && card.expected) return `已签到 ${card.checkedIn}/${card.expected}`
  return ''
}

Component({
  options: { addGlobalClass: true },

  properties: {
    payload: { type: Object, value: null },
  },

  data: { title: '', kind: '活动通知', when: '', place: '', status: '', cancelled: false, text: '', activityId: '' },

  observers: {
    payload(p) {
      const card = p || {}
      this.setData({
        title: card.title || '',
        kind: activityLabel('type', card.type) || '活动通知',
        when: timeSpan(card.startAt, card.endAt),
        // Cards posted before activities had their own payload named the place `place`.
        place: card.placeName || card.place || '',
        status: activityLabel('status', card.status),
        cancelled: card.status === 'CANCELLED',
        text: countText(card),
        activityId: card.activityId ? String(card.activityId) : '',
      })
    },
  },

  methods: {
    onOpen() {
      if (this.data.activityId) wx.navigateTo({ url: routes.activityDetail(this.data.activityId) })
    },
  },
})
