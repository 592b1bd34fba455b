// A notice from the system, and the fallback for card types this version does not know: {title, text}, both
// optional. A plaque decision (kind PLAQUE: 授牌, 整改, 摘牌 … of an evaluation) adds its note; one ordering a
// rectification offers "提交整改报告" to whom the room says may report (canRectify).
const routes = require('../../../../utils/routes')

Component({
  // The app-wide .tap (a fingertip-sized target) reaches the markup.
  options: { addGlobalClass: true },

  properties: {
    payload: { type: Object, value: null },
    canRectify: { type: Boolean, value: false },
  },

  data: { title: '', text: '', note: '', cobuildingId: '' },

  observers: {
    payload(p) {
      const card = p || {}
      const plaque = card.kind === 'PLAQUE'
      this.setData({
        title: card.title || '',
        text: card.text || '',
        note: plaque && card.note ? card.note : '',
        cobuildingId: plaque && card.cobuildingId ? String(card.cobuildingId) : '',
      })
    },
  },

  methods: {
    onRectify() {
      if (this.data.cobuildingId) wx.navigateTo({ url: routes.rectification(this.data.cobuildingId) })
    },
  },
})
