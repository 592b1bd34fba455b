// Invitation codes: 8 characters from an alphabet without 0/O and 1/I, so they survive being read aloud.
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
const LENGTH = 8
// Spaces (also the full-width one) and the dashes people or input methods put in when copying a code.
const SEPARATORS = /[\s\u3000\-\u2010-\u2015\uFF0D_]/g

/** What the user typed, as the server spells codes: upper case without separators. */
function normalizeInviteCode(input) {
  return String(input || '')
    .replace(SEPARATORS, '')
    .toUpperCase()
}

/** Chinese reason why the (already normalised) code cannot be a code, or ''. */
function inviteCodeProblem(code) {
  if (!code) return '请输入邀请码'
  if (code.length !== LENGTH || [...code].some((c) => ALPHABET.indexOf(c) < 0)) {
    return '邀请码为 8 位字母或数字，请核对'
  }
  return ''
}

function safeDecode(text) {
  try {
    return decodeURIComponent(text)
  } catch (e) {
    return text
  }
}

// 'a=1&b=2' → {a: '1', b: '2'}, values decoded.
function parseQuery(query) {
  const params = {}
  for (const pair of String(query || '').split('&')) {
    if (!pair) continue
    const at = pair.indexOf('=')
    const key = at < 0 ? pair : pair.slice(0, at)
    params[safeDecode(key)] = at < 0 ? '' : safeDecode(pair.slice(at + 1).replace(/\+/g, ' '))
  }
  return params
}

function validOrEmpty(raw) {
  const code = normalizeInviteCode(raw)
  return inviteCodeProblem(code) ? '' : code
}

/**
 * The code inside a mini-program code's scene. WeChat hands the scene to the page URL-encoded
 * (`inv%3DABCD2345`); it reads `inv=<CODE>` once decoded.
 */
function codeFromScene(scene) {
  const params = parseQuery(safeDecode(String(scene || '')))
  return params.inv ? validOrEmpty(params.inv) : ''
}

// A page path or URL with a query: `code=` (shared card), `scene=` (mini-program code) or `inv=`.
function codeFromQuery(query) {
  const params = parseQuery(query)
  if (params.code) return validOrEmpty(params.code)
  if (params.scene) return codeFromScene(params.scene)
  if (params.inv) return validOrEmpty(params.inv)
  return ''
}

/**
 * The code in a wx.scanCode result: a scanned mini-program code carries it in `path`
 * (`packages/cobuilding/join?scene=inv%3D…`); a printed QR code or text carries it in `result`.
 */
function codeFromScan(res) {
  const { path = '', result = '' } = res || {}
  if (path.indexOf('?') >= 0) {
    const code = codeFromQuery(path.slice(path.indexOf('?') + 1))
    if (code) return code
  }
  if (result.indexOf('?') >= 0) return codeFromQuery(result.slice(result.indexOf('?') + 1))
  if (result.indexOf('=') >= 0) return codeFromQuery(result)
  return validOrEmpty(result)
}

module.exports = { normalizeInviteCode, inviteCodeProblem, codeFromScene, codeFromScan, ALPHABET, LENGTH }
