// When to offer the profile sheet to someone without a nickname: right after a login, after their first
// join, and the first time they open 我的. Each moment asks once (remembered in storage), so a person who
// taps 以后再说 is not asked again on every visit; 我的 still lets them edit at any time.
const KEY = 'profilePrompts'

const needsProfile = (user) => !user || !String(user.nickname || '').trim()

function state() {
  const stored = wx.getStorageSync(KEY)
  return stored && typeof stored === 'object' ? stored : {}
}

/** Called by the login: a person who arrives without a nickname is asked on the next page that can ask. */
function afterLogin(user) {
  if (needsProfile(user)) wx.setStorageSync(KEY, { ...state(), loginPending: true })
}

/** A login without a nickname is waiting for a page to offer the sheet (cheap: storage only). */
function loginPending() {
  return Boolean(state().loginPending)
}

/** True (and remembered) when the sheet should show now for `moment`: 'login' | 'join' | 'mine'. */
function take(moment, user) {
  const s = state()
  if (!needsProfile(user)) {
    if (s.loginPending) wx.setStorageSync(KEY, { ...s, loginPending: false })
    return false
  }
  if (moment === 'login') {
    if (!s.loginPending) return false
    wx.setStorageSync(KEY, { ...s, loginPending: false })
    return true
  }
  if (s[moment]) return false
  wx.setStorageSync(KEY, { ...s, [moment]: true, loginPending: false })
  return true
}

module.exports = { needsProfile, afterLogin, loginPending, take }
