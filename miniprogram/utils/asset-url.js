const { apiBaseUrl } = require('../config/index')

// The server hands out its own files (avatars today, photos later) as paths such as
// '/api/avatars/k1'; <image> needs an absolute URL. Anything else (https://…, a local temp
// path the page chose a moment ago) is already usable as it is.
function assetUrl(path) {
  if (!path) return ''
  return path.startsWith('/') ? apiBaseUrl() + path : path
}

module.exports = { assetUrl }
