// One path segment from an id: ids are strings from the server, but never trust them to be URL-safe.
const seg = (id) => encodeURIComponent(String(id))

// Query parameters for a GET, leaving out the ones not given (wx.request would send "undefined").
function query(params) {
  const out = {}
  Object.keys(params || {}).forEach((k) => {
    if (params[k] !== undefined && params[k] !== null) out[k] = params[k]
  })
  return out
}

module.exports = { seg, query }
