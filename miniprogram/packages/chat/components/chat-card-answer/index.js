// The policy assistant's answer (posted by chat into the member's ASSISTANT conversation): {question, text, matched,
// sources: [{briefingId, title, quote}]}. Each source opens its briefing. When nothing matched, the member may hand
// the question to the bureau liaison of their co-building (services/assistant.forwardQuestion with this card's
// message id); the direct conversation it landed in then opens from the card.
const assistant = require('../../../../services/assistant')
const routes = require('../../../../utils/routes')

const LIMIT_QUOTE = 120 // a quote is a passage, not the briefing: the detail has the rest

function sourcesOf(card) {
  if (!Array.isArray(card.sources)) return []
  return card.sources
    .filter((s) => s && s.briefingId !== undefined && s.briefingId !== null)
    .map((s) => {
      const quote = String(s.quote || '')
      return {
        key: String(s.briefingId),
        briefingId: String(s.briefingId),
        title: s.title || '政策解读',
        quote: quote.length > LIMIT_QUOTE ? `${quote.slice(0, LIMIT_QUOTE)}…` : quote,
      }
    })
}

Component({
  // The app-wide .tap (a fingertip-sized target) reaches the markup.
  options: { addGlobalClass: true },

  properties: {
    payload: { type: Object, value: null },
    messageId: { type: String, value: '' },
  },

  data: {
    question: '',
    text: '',
    matched: true,
    sources: [],
    forwarding: false,
    forwarded: false,
    canOpen: false, // the forward answered with the conversation it landed in
    forwardError: '',
  },

  observers: {
    payload(p) {
      const card = p || {}
      this.setData({
        question: card.question || '',
        text: card.text || '',
        // Only an explicit false offers the liaison: an older or partial card should not.
        matched: card.matched !== false,
        sources: sourcesOf(card),
      })
    },
  },

  methods: {
    onOpenSource(e) {
      wx.navigateTo({ url: routes.briefingDetail(e.currentTarget.dataset.id) })
    },

    async onForward() {
      const { forwarding, forwarded } = this.data
      if (forwarding || forwarded || !this.data.messageId) return
      this.setData({ forwarding: true, forwardError: '' })
      try {
        const res = await assistant.forwardQuestion(this.data.messageId)
        const conversation = res && res.conversation
        this.conversation = conversation && conversation.id ? conversation : null
        this.setData({ forwarded: true, canOpen: Boolean(this.conversation) })
        wx.showToast({ title: '已转给局联络员', icon: 'success' })
      } catch (err) {
        // NO_LIAISON: nobody to ask yet. The title says so in words the member understands.
        this.setData({ forwardError: err.title || '转发失败，请稍后重试' })
      } finally {
        this.setData({ forwarding: false })
      }
    },

    /** After forwarding: the direct conversation with the liaison, where the answer will come. */
    onOpenConversation() {
      if (this.conversation) wx.navigateTo({ url: routes.chatRoom(this.conversation) })
    },
  },
})
