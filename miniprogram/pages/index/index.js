// 我的 (second tab): who is signed in, and the way to one's applications and to joining.
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
  },
})
