// A quiet offer to turn on WeChat notifications for a moment (utils/subscribe.js: CHECKIN, JOIN, BRIEFING). It
// shows only when the server has templates for the moment, and its tap asks WeChat at once (the dialog needs a
// tap). Emits done {accepted: [templateId]} after the member decided.
const subscribe = require('../../utils/subscribe')

Component({
  // The app-wide .tap (a fingertip-sized target) reaches the markup.
  options: { addGlobalClass: true },

  properties: {
    moment: { type: String, value: '' },
    label: { type: String, value: '开启消息提醒' },
    hint: { type: String, value: '' },
  },

  data: {
    shown: false,
    asking: false,
    accepted: false,
  },

  lifetimes: {
    attached() {
      this.prepare()
    },
  },

  methods: {
    prepare() {
      const moment = this.data.moment
      if (!moment) return
      subscribe.prepare(moment).then((shown) => {
        if (moment === this.data.moment) this.setData({ shown })
      })
    },

    onTap() {
      if (this.data.asking) return null
      this.setData({ asking: true })
      return subscribe.ask(this.data.moment).then((res) => {
        this.setData({ asking: false, accepted: res.accepted.length > 0 })
        if (res.asked) this.triggerEvent('done', { accepted: res.accepted })
      })
    },
  },
})
