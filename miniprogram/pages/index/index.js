// 我的 (second tab): who is signed in, the way to one's applications and to joining, and ending
// the sign-ins of every device (a lost phone).
// Written with Component() (WeChat accepts it for pages) so that miniprogram-simulate can
// load it in tests.
const auth = require('../../services/auth')
const routes = require('../../utils/routes')

Component({
  data: {
    status: 'loading', // loading | ready | error
    nickname: '',
    errorTitle: '',
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
        this.setData({ status: 'ready', nickname: user.nickname || '未设置昵称' })
      } catch (err) {
        // ApiError carries a Chinese title; anything else is a bug, not something to show raw.
        this.setData({ status: 'error', errorTitle: err.title || '出错了，请稍后重试' })
      }
    },

    onRetry() {
      this.load()
    },

    onOpenApplications() {
      wx.navigateTo({ url: routes.applicationList() })
    },

    onOpenJoin() {
      wx.navigateTo({ url: routes.join() })
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
