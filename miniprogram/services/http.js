// The only caller of wx.request / wx.uploadFile / wx.downloadFile. Everything else goes through
// request(), upload() and download(), which add the token, map errors to ApiError and
// recover from an expired token by logging in again once.
const { apiBaseUrl } = require('../config/index')
const { ApiError, networkError } = require('./errors')

const TOKEN_KEY = 'token'

let loginHandler = null
let pendingLogin = null

/** auth.js registers its login here; http.js cannot require auth.js (auth.js requires us). */
function setLoginHandler(fn) {
  loginHandler = fn
}

function storedToken() {
  return wx.getStorageSync(TOKEN_KEY) || ''
}

function authHeader(auth) {
  const token = auth ? storedToken() : ''
  return token ? { Authorization: `Bearer ${token}` } : {}
}

// Both senders resolve with the raw response; only a transport failure rejects.
function sendRequest({ method = 'GET', path, data, auth }) {
  return new Promise((resolve, reject) => {
    wx.request({
      url: apiBaseUrl() + path,
      method,
      data,
      header: authHeader(auth),
      success: resolve,
      fail: (err) => reject(networkError(err && err.errMsg)),
    })
  })
}

function sendUpload({ path, filePath, name = 'file', formData, auth, onProgress, abort }) {
  return new Promise((resolve, reject) => {
    if (abort && abort.aborted) {
      reject(abortedError())
      return
    }
    const task = wx.uploadFile({
      url: apiBaseUrl() + path,
      filePath,
      name,
      formData,
      header: authHeader(auth),
      success: resolve,
      fail: (err) => reject(abort && abort.aborted ? abortedError() : networkError(err && err.errMsg)),
    })
    if (onProgress && task && typeof task.onProgressUpdate === 'function') {
      task.onProgressUpdate((res) =>
        onProgress({
          progress: res.progress,
          totalBytesSent: res.totalBytesSent,
          totalBytesExpectedToSend: res.totalBytesExpectedToSend,
        }),
      )
    }
    // The phone answers an abort with fail (sometimes a moment later): settle at once so the caller is free.
    if (abort) abort.attach(task, () => reject(abortedError()))
  })
}

function sendDownload({ path, auth }) {
  return new Promise((resolve, reject) => {
    wx.downloadFile({
      url: apiBaseUrl() + path,
      header: authHeader(auth),
      success: resolve,
      fail: (err) => reject(networkError(err && err.errMsg)),
    })
  })
}

function abortedError() {
  return new ApiError({ status: 0, code: 'UPLOAD_ABORTED', title: '已取消上传' })
}

/**
 * A handle to cancel an upload from outside: pass it as upload({abort}) and call abort() — the running
 * UploadTask is aborted, the upload rejects with code UPLOAD_ABORTED, and a 401 retry is never started.
 */
function uploadAbort() {
  let task = null
  let settle = null
  const handle = {
    aborted: false,
    abort() {
      if (handle.aborted) return
      handle.aborted = true
      if (task && typeof task.abort === 'function') task.abort()
      if (settle) settle()
    },
    /** http.js's side: the task now running and how to reject its promise. */
    attach(nextTask, reject) {
      task = nextTask
      settle = reject
    },
  }
  return handle
}

// wx.request parses JSON itself when it can; wx.uploadFile always hands back a string.
function parseBody(data) {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data)
  } catch (e) {
    return data
  }
}

function isProblem(body) {
  return body !== null && typeof body === 'object' && typeof body.title === 'string'
}

function toApiError(status, body) {
  if (isProblem(body)) {
    return new ApiError({
      status,
      code: body.code || `HTTP_${status}`,
      title: body.title,
      detail: body.detail,
      requestId: body.requestId,
      // Field errors of a 422: {path: message}. Anything else in that slot is not ours to show.
      errors: body.errors && typeof body.errors === 'object' && !Array.isArray(body.errors) ? body.errors : null,
    })
  }
  // Not one of ours (a proxy or gateway page): keep its text out of the UI.
  return new ApiError({ status, code: `HTTP_${status}`, title: `服务暂时不可用（${status}），请稍后重试` })
}

function toResult({ statusCode, data }) {
  const body = parseBody(data)
  if (statusCode >= 200 && statusCode < 300) return statusCode === 204 ? null : body
  throw toApiError(statusCode, body)
}

// Resolves once a token newer than the one the failed call carried is stored.
// Callers that hit 401 together wait on one login instead of starting their own.
async function renewToken(sentToken, response) {
  const current = storedToken()
  if (current && current !== sentToken) return // someone else already logged in again
  if (!loginHandler) throw toApiError(response.statusCode, parseBody(response.data))
  if (!pendingLogin) {
    pendingLogin = Promise.resolve().then(() => loginHandler())
    const clear = () => {
      pendingLogin = null
    }
    pendingLogin.then(clear, clear)
  }
  await pendingLogin
}

// wx.downloadFile writes whatever came back into the file, a problem detail included, and reading it back needs
// the file system API: for a failed download the status alone says enough.
const DOWNLOAD_TITLES = {
  403: '没有权限获取该文件',
  404: '文件不存在或已不可见',
  429: '操作太频繁，请稍后再试',
}

function toDownloadedFile({ statusCode, tempFilePath }) {
  if (statusCode >= 200 && statusCode < 300 && tempFilePath) return tempFilePath
  const title = DOWNLOAD_TITLES[statusCode] || `服务暂时不可用（${statusCode}），请稍后重试`
  throw new ApiError({ status: statusCode, code: `HTTP_${statusCode}`, title })
}

async function call(send, options, result = toResult) {
  const { auth = true, relogin = true } = options
  const sentToken = auth ? storedToken() : ''
  const response = await send(options)
  if (response.statusCode === 401 && auth && relogin) {
    await renewToken(sentToken, response)
    // Exactly one retry: a second 401 is the caller's error, never another login.
    return result(await send(options))
  }
  return result(response)
}

/**
 * JSON request. Resolves with the response body (null for 204), rejects with ApiError.
 * auth: send the token; relogin: on 401 log in again and retry once (false for logout,
 * where logging in just to log out makes no sense).
 */
function request({ method = 'GET', path, data, auth = true, relogin = true }) {
  return call(sendRequest, { method, path, data, auth, relogin })
}

/**
 * Multipart upload of a local file; same result and error rules as request().
 * onProgress({progress (0–100), totalBytesSent, totalBytesExpectedToSend}) follows the UploadTask (a 401
 * retry starts again from 0); abort: a handle from uploadAbort() to cancel it.
 */
function upload({ path, filePath, name = 'file', formData, auth = true, relogin = true, onProgress, abort }) {
  return call(sendUpload, { path, filePath, name, formData, auth, relogin, onProgress, abort })
}

/**
 * Downloads a file the server makes for the user (an activity's mini-program code) with the token, into a
 * temporary file that <image> and the album accept. Resolves with its path; rejects with ApiError; a 401 logs in
 * again once, shared with request().
 */
function download({ path, auth = true, relogin = true }) {
  return call(sendDownload, { path, auth, relogin }, toDownloadedFile)
}

module.exports = { request, upload, uploadAbort, download, setLoginHandler, TOKEN_KEY }
