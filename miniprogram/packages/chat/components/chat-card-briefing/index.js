// A policy briefing from the bureau: {briefingId, title, summary, category, applyDeadline, version, withdrawn?} —
// tapping it opens the briefing (which records the read); a correction updates the card in place (and a note of the
// change arrives as a system card); a withdrawn one says so and opens nothing. An older card without briefingId
// ({title, summary, url}) keeps its 复制原文链接: the mini-program cannot open an arbitrary web page.
const { copyText } = require('../../clipboard')
const routes = require('../../../../utils/routes')
const { categoryLabel, deadlineOf } = require('../../../../utils/briefing-labels')

Component({
  // The app-wide .tap (a fingertip-sized target) reaches the markup.
  options: { addGlobalClass: true },

  properties: {
    payload: { type: Object, value: null },
  },

  data: { title: '', summary: '', url: '', briefingId: '', category: '', deadline: '', changeNote: '', withdrawn: false },

  observers: {
    payload(p) {
      const card = p || {}
      const hasId = card.briefingId !== undefined && card.briefingId !== null && card.briefingId !== ''
      const withdrawn = card.withdrawn === true
      const deadline = withdrawn ? null : deadlineOf(card.applyDeadline)
      this.setData({
        title: card.title || '',
        summary: card.summary || '',
        url: hasId ? '' : card.url || '',
        // A withdrawn briefing is no longer readable (the detail answers 404): nothing to open.
        briefingId: hasId && !withdrawn ? String(card.briefingId) : '',
        category: card.category ? categoryLabel(card.category) : '',
        deadline: deadline ? `申报${deadline.text}` : '',
        changeNote: card.changeNote || '',
        withdrawn,
      })
    },
  },

  methods: {
    onOpen() {
      if (this.data.briefingId) wx.navigateTo({ url: routes.briefingDetail(this.data.briefingId) })
    },

    onCopyLink() {
      copyText(this.data.url)
    },
  },
})
