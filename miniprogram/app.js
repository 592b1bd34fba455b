// Loading auth.js registers its login as http.js's re-login handler, before any page runs.
const auth = require('./services/auth')
const socket = require('./services/socket')

App({
  onLaunch() {
    // Before any page can make a privacy-controlled call: WeChat's question is answered by our privacy sheet.
    require('./utils/privacy').install()
    // A returning user's chat goes live at once; a first-time user's starts on the 消息 tab's
    // onShow, once its first request has logged in.
    if (auth.hasValidToken()) socket.start()
  },
})
