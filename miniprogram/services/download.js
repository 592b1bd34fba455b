// The only caller of wx.downloadFile: files the server makes for the user (an activity's mini-program code PNG)
// come down with the token, like request(), and land in a temporary file that <image> and the album accept.
// A 401 logs in again once and retries, as http.js does for requests.
const { apiBaseUrl } = require('../config/index')
const { ApiError, networkError } = require('./errors')
const { TOKEN_KEY } = require('./http')

// wx.downloadFile writes whatever came back to the file, a problem detail included, and reading it back needs
// the file system API; the status alone says enough for a picture.
const TITLES = {
  403: '没有权限获取该文件',
  404: '文件不存在或已不可见',
  429: '操作太频繁，请稍后再试',
}

function send(path) {
  const token = wx.getStorageSync(TOKEN_KEY) || ''
  return new Promise((resolve, reject) => {
    wx.downloadFile({
      url: apiBaseUrl() + path,
      header: token ? { Authorization: `Bearer ${token}` } : {},
      success: resolve,
      fail: (err) => reject(networkError(err && err.errMsg)),
    })
  })
}

function failure(statusCode) {
  const title = TITLES[statusCode] || `服务暂时不可用（${statusCode}），请稍后重试`
  return new ApiError({ status: statusCode, code: `HTTP_${statusCode}`, title })
}

/**
 * Downloads `path` (an /api/... path) with the caller's token. Resolves with the temporary file path; rejects
 * with ApiError. `relogin` is the login to run once on 401 (auth.login), given by the caller because auth.js
 * requires http.js and this file must not start a cycle.
 */
async function downloadFile(path, { relogin } = {}) {
  let res = await send(path)
  if (res.statusCode === 401 && relogin) {
    await relogin()
    res = await send(path)
  }
  if (res.statusCode >= 200 && res.statusCode < 300 && res.tempFilePath) return res.tempFilePath
  throw failure(res.statusCode)
}

module.exports = { downloadFile }
