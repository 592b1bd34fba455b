// Loading auth.js registers its login as http.js's re-login handler, before any page runs.
const auth = require('./services/auth')
const socket = require('./services/socket')
const outbox = require('./services/outbox')

// The chat connection follows the app: it is revived at once when the app is shown again or the
// network returns, instead of waiting out a backoff, and what could not be sent goes out again.
function watchConnection() {
  wx.onNetworkStatusChange((res) => {
    // Back online without a valid token: the next page's request logs in and starts the socket.
    if (res.isConnected && !auth.hasValidToken()) return
    socket.networkChanged(res)
  })
  // Every (re)connect: messages kept from before (a failed send, an app closed mid-send). A room
  // that is open sends its own, with its bubbles.
  socket.listen((event) => {
    if (event.type === 'open') outbox.resendAll({ skip: socket.isWatched })
  })
}

App({
  onLaunch() {
    // Before any page can make a privacy-controlled call: WeChat's question is answered by our privacy sheet.
    require('./utils/privacy').install()
    // A returning user's chat goes live at once; a first-time user's starts on the 消息 tab's
    // onShow, once its first request has logged in.
    if (auth.hasValidToken()) socket.start()
    watchConnection()
  },

  onShow() {
    if (auth.hasValidToken()) socket.reconnectNow()
  },

  onHide() {
    socket.pause()
  },
})
