// Someone checked in at an activity: {title, text, at}.
const { formatDateTime } = require('../../../../utils/format')

Component({
  properties: {
    payload: { type: Object, value: null },
  },

  data: { title: '', text: '', at: '' },

  observers: {
    payload(p) {
      const card = p || {}
      this.setData({ title: card.title || '', text: card.text || '', at: formatDateTime(card.at) })
    },
  },
})
