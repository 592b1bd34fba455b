// Dialogs and toasts shared by pages, as a Behavior so every page asks the same way.
module.exports = Behavior({
  methods: {
    /** Resolves true when the user confirms. */
    confirm({ title = '', content, confirmText = '确定' }) {
      return new Promise((resolve) => {
        wx.showModal({
          title,
          content,
          confirmText,
          confirmColor: '#c8161d',
          success: (res) => resolve(Boolean(res && res.confirm)),
          fail: () => resolve(false),
        })
      })
    },

    toast(title, icon = 'none') {
      wx.showToast({ title, icon })
    },
  },
})
