// The profile sheet offered once after a login that left the person without a nickname, on whichever tab the
// login happened: a Behavior, so 消息 and 我的先锋号 offer it the same way.
const auth = require('../services/auth')
const profilePrompt = require('../utils/profile-prompt')

module.exports = Behavior({
  methods: {
    async offerProfile() {
      if (!profilePrompt.loginPending()) return
      const user = await auth.currentUser().catch(() => null)
      if (user && profilePrompt.take('login', user)) this.setData({ user, sheetShown: true })
    },

    onProfileDone() {
      this.setData({ sheetShown: false })
    },
  },
})
