// 隐私政策: what personal information the mini-program uses and why, what is coming and not used yet, and
// the full privacy guide (隐私保护指引) WeChat keeps for this AppID.
const { IN_USE, COMING } = require('../../utils/privacy-uses')

Component({
  data: { inUse: IN_USE, coming: COMING },

  methods: {
    onOpenContract() {
      wx.openPrivacyContract({
        fail: () => wx.showToast({ title: '完整的隐私保护指引暂时打不开，请稍后重试', icon: 'none' }),
      })
    },
  },
})
