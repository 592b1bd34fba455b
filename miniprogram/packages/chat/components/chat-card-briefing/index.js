// A policy briefing from the bureau: {briefingId, title, summary, category, applyDeadline, changeNote?} — tapping
// it opens the briefing (which records the read); a correction's card says what changed. An older card without
// briefingId ({title, summary, url}) keeps its 复制原文链接: the mini-program cannot open an arbitrary web page.
const { copyText } = require('../../clipboard')
const routes = require('../../../../utils/routes')
const { categoryLabel, deadlineOf } = require('../../../../utils/briefing-labels')

Component({
  // The app-wide .tap (a fingertip-sized target) reaches the markup.
  options: { addGlobalClass: true },

  properties: {
    payload: { type: Object, value: null },
  },

  data: { title: '', summary: '', url: '', briefingId: '', category: '', deadline: '', changeNote: '' },

  observers: {
    payload(p) {
      const card = p || {}
      const hasId = card.briefingId !== undefined && card.briefingId !== null && card.briefingId !== ''
      const deadline = deadlineOf(card.applyDeadline)
      this.setData({
        title: card.title || '',
        summary: card.summary || '',
        url: hasId ? '' : card.url || '',
        briefingId: hasId ? String(card.briefingId) : '',
        category: card.category ? categoryLabel(card.category) : '',
        deadline: deadline ? `申报${deadline.text}` : '',
        changeNote: card.changeNote || '',
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
