// 我的 (third tab): who is signed in (avatar, nickname, real name, editable through the profile sheet), the
// bureau's policy briefings (政策解读) and the policy assistant (问政策), the way to one's applications, to joining and to the privacy policy, and ending the sign-ins of every device
// (a lost phone). The profile sheet offers itself the first time while there is no nickname yet.
// Written with Component() (WeChat accepts it for pages) so that miniprogram-simulate can
// load it in tests.
const auth = require('../../services/auth')
const assistant = require('../../services/assistant')
const routes = require('../../utils/routes')
const profilePrompt = require('../../utils/profile-prompt')
const { assetUrl } = require('../../utils/asset-url')

Component({
  data: {
    status: 'loading', // loading | ready | error
    user: {},
    nickname: '',
    realName: '',
    avatar: '',
    sheetShown: false,
    errorTitle: '',
    openingAssistant: false,
  },

  lifetimes: {
    attached() {
      this.load()
    },
  },

  methods: {
    async load() {
      this.setData({ status: 'loading', errorTitle: '' })
      try {
        if (!auth.hasValidToken()) await auth.login()
        const user = await auth.me()
        this.showUser(user)
        this.setData({ status: 'ready' })
        if (profilePrompt.take('login', user) || profilePrompt.take('mine', user)) this.setData({ sheetShown: true })
      } catch (err) {
        // ApiError carries a Chinese title; anything else is a bug, not something to show raw.
        this.setData({ status: 'error', errorTitle: err.title || '出错了，请稍后重试' })
      }
    },

    showUser(user) {
      this.setData({
        user,
        nickname: user.nickname || '未设置昵称',
        realName: user.realName || '',
        avatar: assetUrl(user.avatarUrl),
      })
    },

    onRetry() {
      this.load()
    },

    onEditProfile() {
      this.setData({ sheetShown: true })
    },

    onAvatarChanged(e) {
      this.showUser(e.detail.user)
    },

    onProfileSaved(e) {
      this.showUser(e.detail.user)
      this.setData({ sheetShown: false })
    },

    onSheetClose() {
      this.setData({ sheetShown: false })
    },

    onOpenBriefings() {
      wx.navigateTo({ url: routes.briefingList() })
    },

    /** 问政策: the member's assistant conversation (made on first use), opened as any chat. */
    async onOpenAssistant() {
      if (this.data.openingAssistant) return
      this.setData({ openingAssistant: true })
      try {
        const conversation = await assistant.openAssistant()
        wx.navigateTo({ url: routes.chatRoom(conversation) })
      } catch (err) {
        wx.showToast({ title: err.title || '暂时打不开政策助手，请稍后重试', icon: 'none' })
      } finally {
        this.setData({ openingAssistant: false })
      }
    },

    onOpenApplications() {
      wx.navigateTo({ url: routes.applicationList() })
    },

    onOpenJoin() {
      wx.navigateTo({ url: routes.join() })
    },

    onOpenPrivacy() {
      wx.navigateTo({ url: routes.privacy() })
    },

    /** A lost or handed-on phone: every device is signed out; this one signs in again at once. */
    onLogoutEverywhere() {
      wx.showModal({
        title: '退出所有设备的登录',
        content: '所有手机上的登录都将失效，本机会自动重新登录。',
        success: async (res) => {
          if (!res.confirm) return
          try {
            await auth.logoutEverywhere()
            wx.showToast({ title: '已退出所有设备', icon: 'success' })
          } catch (err) {
            wx.showToast({ title: err.title || '操作失败，请稍后重试', icon: 'none' })
          }
          this.load()
        },
      })
    },
  },
})
