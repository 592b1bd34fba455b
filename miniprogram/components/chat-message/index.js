// One row of a chat: an optional time separator, then a bubble (mine on the right, others on
// the left with name and avatar), a centred card, or a recall tombstone. Takes a view from
// utils/messages.js. Emits action {seq} on a long press of a stored bubble and resend
// {clientMsgId} on a tap of a failed one.
Component({
  properties: {
    message: { type: Object, value: {} },
  },

  methods: {
    onLongPress() {
      const { seq } = this.data.message
      if (seq !== null && seq !== undefined) this.triggerEvent('action', { seq })
    },

    onResend() {
      this.triggerEvent('resend', { clientMsgId: this.data.message.clientMsgId })
    },

    onPreview() {
      const url = this.data.message.imageUrl
      wx.previewImage({ urls: [url], current: url })
    },
  },
})
