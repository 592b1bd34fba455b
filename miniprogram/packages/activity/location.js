// Where the phone is, for a check-in: asks for the location scope first (wx.getSetting, then wx.authorize) so
// a refusal is told apart from a phone that cannot find itself, then one high-accuracy fix in GCJ-02 (the
// coordinates wx.chooseLocation picked the activity's place in). Never throws: the page decides what to say.
const SCOPE = 'scope.userLocation'
// A high-accuracy fix may take seconds indoors; past this WeChat answers with what it has.
const HIGH_ACCURACY_MS = 5000

const errMsg = (err) => (err && err.errMsg) || ''
// A refusal: of the scope (auth deny / denied), or of the privacy guide, which the privacy sheet already explained.
const isRefusal = (err) => /auth den|authorize|privacy/i.test(errMsg(err))

async function authSetting() {
  try {
    const res = await new Promise((resolve, reject) => wx.getSetting({ success: resolve, fail: reject }))
    return (res && res.authSetting) || {}
  } catch (e) {
    return {}
  }
}

/**
 * → {status: 'ok', location: {latitude, longitude, accuracy}} | {status: 'denied'} (the person refused, now or
 * earlier: only the settings page can undo it) | {status: 'unavailable'} (no fix: GPS off, timeout).
 */
async function locate() {
  const setting = await authSetting()
  if (setting[SCOPE] === false) return { status: 'denied' }
  if (setting[SCOPE] !== true) {
    try {
      await new Promise((resolve, reject) => wx.authorize({ scope: SCOPE, success: resolve, fail: reject }))
    } catch (err) {
      return { status: 'denied' }
    }
  }
  try {
    const res = await new Promise((resolve, reject) =>
      wx.getLocation({
        type: 'gcj02',
        isHighAccuracy: true,
        highAccuracyExpireTime: HIGH_ACCURACY_MS,
        success: resolve,
        fail: reject,
      }),
    )
    return {
      status: 'ok',
      location: { latitude: res.latitude, longitude: res.longitude, accuracy: res.accuracy == null ? null : res.accuracy },
    }
  } catch (err) {
    return { status: isRefusal(err) ? 'denied' : 'unavailable' }
  }
}

/** Opens the settings page; resolves true when location is allowed on the way back. */
async function openLocationSetting() {
  try {
    const res = await new Promise((resolve, reject) => wx.openSetting({ success: resolve, fail: reject }))
    return Boolean(res && res.authSetting && res.authSetting[SCOPE])
  } catch (e) {
    return false
  }
}

module.exports = { locate, openLocationSetting, SCOPE }
