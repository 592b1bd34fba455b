// Photos and files (CONTRACT: media). One function per endpoint; choosing, compressing and retrying live in
// utils/photo-upload.js.
const { request, upload } = require('./http')
const { seg } = require('./path')

const PURPOSES = ['CHECKIN', 'PROGRESS', 'CHAT', 'AVATAR', 'ATTACHMENT', 'RECTIFICATION']

/**
 * POST /api/mp/media, multipart `file` + form field `purpose` (one of PURPOSES) → 201 MediaView
 * {id, purpose, contentType, size, width, height, url, thumbUrl, capturedAt, checkStatus, hidden, createdAt};
 * url/thumbUrl are signed relative links (utils/asset-url.js makes them absolute).
 * Refusals: 413 FILE_TOO_LARGE, 415 MEDIA_TYPE_UNSUPPORTED, 422 IMAGE_TOO_LARGE / IMAGE_UNREADABLE / VALIDATION_FAILED.
 * onProgress and abort as http.js upload() takes them.
 */
function uploadMedia(filePath, purpose, { onProgress, abort } = {}) {
  return upload({ path: '/api/mp/media', filePath, name: 'file', formData: { purpose }, onProgress, abort })
}

/** GET /api/mp/media/{id}: my own upload with fresh links; 404 for anyone else's. */
function getMedia(id) {
  return request({ method: 'GET', path: `/api/mp/media/${seg(id)}` })
}

module.exports = { uploadMedia, getMedia, PURPOSES }
