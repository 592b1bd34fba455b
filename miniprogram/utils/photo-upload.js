// A photo from the phone to the server, the same way wherever one is taken (check-in, chat, avatar): shrink it
// when it is big, upload it with progress, and try again by itself while the network is what failed. The server's refusals (too large, not a JPG/PNG, unreadable) are final: trying the
// same file again cannot help, so they come back at once with the server's Chinese title.
const media = require('../services/media')

const COMPRESS_ABOVE_BYTES = 1024 * 1024 // phone photos of 3–8 MB upload in a fraction of the time once compressed
const COMPRESS_QUALITY = 80
const RETRY_DELAYS_MS = [1000, 3000, 8000] // weak signal at a venue: give it a few seconds, then leave it to the person

// Our titles for the answers of something in front of the server (a proxy's 413 page carries none of ours).
const STATUS_TITLES = { 413: '图片太大，请换一张', 415: '只支持 JPG 或 PNG 图片' }

/** Worth another try with the same file: the network, a server fault or "try again", never a refusal or an abort. */
function retryable(err) {
  if (!err || err.code === 'UPLOAD_ABORTED') return false
  return !err.status || err.status >= 500 || err.status === 429
}

/** What to tell the person about a failed upload. */
function uploadErrorTitle(err) {
  if (!err) return '上传失败，请重试'
  const ours = err.code && !/^HTTP_/.test(err.code)
  if (!ours && STATUS_TITLES[err.status]) return STATUS_TITLES[err.status]
  return err.title || '上传失败，请重试'
}

/** The path to upload: a compressed copy when the file is over 1 MB, else (or when compressing fails) the file itself. */
function compressIfLarge({ path, size }) {
  if (!(size > COMPRESS_ABOVE_BYTES)) return Promise.resolve(path)
  return new Promise((resolve) => {
    wx.compressImage({
      src: path,
      quality: COMPRESS_QUALITY,
      success: (res) => resolve((res && res.tempFilePath) || path),
      fail: () => resolve(path), // the server takes up to 10 MB: the original is still worth a try
    })
  })
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Compress (when large) and upload one photo → the server's MediaView. onProgress(0–100); abort: a handle from
 * http.js uploadAbort(). Network failures are retried after each of retryDelaysMs; onRetry(attempt) says so.
 */
async function uploadPhoto(file, { purpose, onProgress, abort, retryDelaysMs = RETRY_DELAYS_MS, onRetry } = {}) {
  const path = await compressIfLarge(file)
  const progress = onProgress ? ({ progress: p }) => onProgress(p) : undefined
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await media.uploadMedia(path, purpose, { onProgress: progress, abort })
    } catch (err) {
      if (!retryable(err) || attempt >= retryDelaysMs.length || (abort && abort.aborted)) throw err
      await wait(retryDelaysMs[attempt])
      // Cancelled while waiting: the next try rejects at once with UPLOAD_ABORTED, without sending.
      if (onRetry && !(abort && abort.aborted)) onRetry(attempt + 1)
    }
  }
}

module.exports = {
  compressIfLarge,
  uploadPhoto,
  retryable,
  uploadErrorTitle,
  COMPRESS_ABOVE_BYTES,
  COMPRESS_QUALITY,
  RETRY_DELAYS_MS,
}
