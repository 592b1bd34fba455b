// A policy briefing from the bureau: {title, summary, url}. The mini-program cannot open an
// arbitrary web page, so the link is copied for the browser.
const { copyText } = require('../../clipboard')
Component({
  // The app-wide .tap (a fingertip-sized target) reaches the markup.
  options: { addGlobalClass: true },

  properties: {
    payload: { type: Object, value: null },
  },

  data: { title: '', summary: '', url: '' },

  observers: {
    payload(p) {
      const card = p || {}
      this.setData({ title: card.title || '', summary: card.summary || '', url: card.url || '' })
    },
  },

  methods: {
    onCopyLink() {
      copyText(this.data.url)
    },
  },
})
