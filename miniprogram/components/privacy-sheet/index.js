// The question WeChat asks before a privacy-controlled call, in our words: agree (the agree button must
// be WeChat's open-type="agreePrivacyAuthorization") or not. utils/privacy.js decides which sheet shows.
const privacy = require('../../utils/privacy')

Component({
  options: { addGlobalClass: true },

  data: { shown: false, agreeId: privacy.AGREE_BUTTON_ID },

  lifetimes: {
    attached() {
      privacy.register(this)
    },
    detached() {
      privacy.unregister(this)
    },
  },

  methods: {
    open() {
      this.setData({ shown: true })
    },

    close() {
      if (this.data.shown) this.setData({ shown: false })
    },

    onAgree() {
      privacy.answer('agree')
    },

    onDisagree() {
      privacy.answer('disagree')
      wx.showToast({ title: '未同意隐私保护指引，该功能暂不能使用', icon: 'none' })
    },

    onOpenContract() {
      wx.openPrivacyContract({
        fail: () => wx.showToast({ title: '隐私保护指引暂时打不开，可在「我的 › 隐私政策」查看', icon: 'none' }),
      })
    },
  },
})
