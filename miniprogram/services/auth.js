// Login, logout and the caller's own profile. One function per endpoint.
const { request, setLoginHandler, TOKEN_KEY } = require('./http')
const { ApiError } = require('./errors')
const socket = require('./socket')
const profilePrompt = require('../utils/profile-prompt')
const { uploadPhoto } = require('../utils/photo-upload')

const EXPIRES_KEY = 'expiresAt'
// The signed-in user ({id, nickname, avatarUrl, …}), kept so chat can tell my messages from others'.
const USER_KEY = 'user'

function wxLoginError(errMsg) {
  return new ApiError({ status: 0, code: 'WX_LOGIN_FAILED', title: '微信登录失败，请稍后重试', detail: errMsg || '' })
}

function wxLoginCode() {
  return new Promise((resolve, reject) => {
    wx.login({
      success: (res) => (res && res.code ? resolve(res.code) : reject(wxLoginError(res && res.errMsg))),
      fail: (err) => reject(wxLoginError(err && err.errMsg)),
    })
  })
}

/** wx.login → POST /api/mp/auth/login; stores the token. Resolves with {token, expiresAt, user}. */
async function login() {
  const code = await wxLoginCode()
  // auth: false — this call creates the token, and its 401 (WX_CODE_INVALID) must not trigger a login.
  const session = await request({ method: 'POST', path: '/api/mp/auth/login', data: { code }, auth: false })
  wx.setStorageSync(TOKEN_KEY, session.token)
  wx.setStorageSync(EXPIRES_KEY, session.expiresAt)
  if (session.user) wx.setStorageSync(USER_KEY, session.user)
  profilePrompt.afterLogin(session.user)
  return session
}

/** A stored token that has not expired yet (the server may still have revoked it; http.js copes). */
function hasValidToken() {
  if (!wx.getStorageSync(TOKEN_KEY)) return false
  const expiresAt = Date.parse(wx.getStorageSync(EXPIRES_KEY))
  return Number.isNaN(expiresAt) || expiresAt > Date.now()
}

/** Ends the session and closes the chat socket. Local storage is cleared even when the server cannot be reached. */
function logout() {
  return endSessions('/api/mp/auth/logout')
}

/**
 * Ends every session of this person on every device (a lost or handed-on phone), this one included: the
 * server closes their sockets too. The next call here signs in afresh through wx.login.
 */
function logoutEverywhere() {
  return endSessions('/api/mp/auth/logout-all')
}

async function endSessions(path) {
  socket.stop()
  try {
    if (wx.getStorageSync(TOKEN_KEY)) {
      await request({ method: 'POST', path, relogin: false })
    }
  } finally {
    wx.removeStorageSync(TOKEN_KEY)
    wx.removeStorageSync(EXPIRES_KEY)
    wx.removeStorageSync(USER_KEY)
  }
}

function me() {
  return request({ method: 'GET', path: '/api/mp/me' })
}

/** The signed-in user as stored at login; asks GET /api/mp/me (and keeps the answer) when none is stored. */
async function currentUser() {
  const stored = wx.getStorageSync(USER_KEY)
  if (stored && stored.id) return stored
  const user = await me()
  wx.setStorageSync(USER_KEY, user)
  return user
}

/** Only the given fields are sent: JSON serialisation drops the undefined ones. Keeps the answer as the stored user. */
async function updateMe({ nickname, avatarUrl, realName }) {
  return remember(await request({ method: 'PUT', path: '/api/mp/me', data: { nickname, avatarUrl, realName } }))
}

/**
 * The avatar chooseAvatar picked (a local temp path) becomes the member's: uploaded as media (purpose AVATAR, retried
 * while the network fails) and then set with PATCH /api/mp/me. Resolves with the member, whose avatarUrl is a signed
 * link to the new avatar. Rejects with the upload's refusal (413 FILE_TOO_LARGE, 415 MEDIA_TYPE_UNSUPPORTED, 422 …).
 */
async function uploadAvatar(filePath, { retryDelaysMs } = {}) {
  const media = await uploadPhoto({ path: filePath }, { purpose: 'AVATAR', retryDelaysMs })
  return setAvatar(media.id)
}

/** PATCH /api/mp/me {avatarMediaId}: one of my uploads (purpose AVATAR) as my avatar → the member, kept as stored user. */
async function setAvatar(mediaId) {
  return remember(await request({ method: 'PATCH', path: '/api/mp/me', data: { avatarMediaId: String(mediaId) } }))
}

function remember(user) {
  if (user && user.id) wx.setStorageSync(USER_KEY, user)
  return user
}

setLoginHandler(login)

module.exports = { login, logout, logoutEverywhere, me, currentUser, updateMe, uploadAvatar, setAvatar, hasValidToken }
