// One row of a chat: an optional time separator, then a bubble (mine on the right, others on
// the left with name and avatar), a centred card, or a recall tombstone. Takes a view from
// utils/messages.js. Emits action {seq} on a long press of a stored bubble ({clientMsgId} of one
// not stored yet), resend {clientMsgId} on a tap of a failed one and preview {seq} / {clientMsgId} on a tap of
// a photo. The text is not selectable:
// a long press opens the room's action sheet, whose 复制 copies it whole.
const { assetUrl } = require('../../../../utils/asset-url')

Component({
  // The app-wide .tap (a fingertip-sized target) reaches the markup.
  options: { addGlobalClass: true },

  properties: {
    message: { type: Object, value: {} },
  },

  data: {
    avatarSrc: '',
  },

  observers: {
    // A view built elsewhere may still hold the server's path (/api/avatars/k), which <image> cannot load.
    'message.avatarUrl'(url) {
      this.setData({ avatarSrc: assetUrl(url) })
    },
  },

  methods: {
    onLongPress() {
      const { seq, clientMsgId } = this.data.message
      if (seq !== null && seq !== undefined) this.triggerEvent('action', { seq })
      else if (clientMsgId) this.triggerEvent('action', { clientMsgId })
    },

    onResend() {
      this.triggerEvent('resend', { clientMsgId: this.data.message.clientMsgId })
    },

    // The room opens the viewer: it knows every image of the conversation, so one can swipe through them.
    onPreview() {
      const { seq, clientMsgId } = this.data.message
      if (seq !== null && seq !== undefined) this.triggerEvent('preview', { seq })
      else if (clientMsgId) this.triggerEvent('preview', { clientMsgId })
    },
  },
})
