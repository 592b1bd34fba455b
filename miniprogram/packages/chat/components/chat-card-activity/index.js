// An activity notice: {title, startAt, place, text}.
const { formatDateTime } = require('../../../../utils/format')

Component({
  properties: {
    payload: { type: Object, value: null },
  },

  data: { title: '', when: '', place: '', text: '' },

  observers: {
    payload(p) {
      const card = p || {}
      this.setData({
        title: card.title || '',
        when: formatDateTime(card.startAt),
        place: card.place || '',
        text: card.text || '',
      })
    },
  },
})
