// One invitation as the pioneer sees it: the code, whom it admits, how long and how often.
// A usable one can be shared as a card (the page's onShareAppMessage reads data-code),
// shown as a mini-program code, copied or revoked. Emits showcode, copy and revoke.
const { label, formatDateTime } = require('../../../../utils/format')

function stateOf(inv) {
  if (inv.revoked) return { state: 'revoked', stateLabel: '已撤销' }
  if (inv.usable) return { state: 'usable', stateLabel: '可使用' }
  if (inv.maxUses && inv.uses >= inv.maxUses) return { state: 'used-up', stateLabel: '已用完' }
  return { state: 'expired', stateLabel: '已失效' }
}

Component({
  options: { addGlobalClass: true },

  properties: {
    invitation: { type: Object, value: {} },
    highlight: { type: Boolean, value: false },
  },

  data: { view: {} },

  observers: {
    invitation(inv) {
      const code = (inv && inv.code) || ''
      this.setData({
        view: {
          ...stateOf(inv || {}),
          // Shown in two groups of four to read it out; joining accepts the dash.
          displayCode: code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code,
          roleLabel: label('memberRole', inv && inv.role),
          expiresText: formatDateTime(inv && inv.expiresAt),
        },
      })
    },
  },

  methods: {
    onShowCode() {
      this.triggerEvent('showcode', { id: this.data.invitation.id, code: this.data.invitation.code })
    },

    onCopy() {
      this.triggerEvent('copy', { code: this.data.invitation.code })
    },

    onRevoke() {
      this.triggerEvent('revoke', { id: this.data.invitation.id, code: this.data.invitation.code })
    },
  },
})
