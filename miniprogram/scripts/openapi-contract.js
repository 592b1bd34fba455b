// Does the server offer what the mini-program calls? Compares recorded calls ({method, path} with concrete
// ids, e.g. GET /api/mp/cobuildings/9) with the paths of an OpenAPI document, where ids are templates
// (/api/mp/cobuildings/{id}). Used by tests/services-contract.test.js against the snapshot the server's
// tests write to docs/api/openapi.json.
const fs = require('fs')

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options']

class SpecMissingError extends Error {}

/** The parsed OpenAPI document at `file`; a missing or unreadable file says what to do about it. */
function loadSpec(file) {
  let text
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (e) {
    throw new SpecMissingError(
      `OpenAPI snapshot not found at ${file}. The server's tests write it (docs/api/openapi.json at the ` +
        'repository root): run them, or merge the branch that commits it, then run this test again. ' +
        'To check against a copy kept elsewhere, set OPENAPI_SPEC to its path.',
    )
  }
  let spec
  try {
    spec = JSON.parse(text)
  } catch (e) {
    throw new SpecMissingError(`OpenAPI snapshot at ${file} is not JSON: ${e.message}`)
  }
  if (!spec || typeof spec.paths !== 'object' || spec.paths === null) {
    throw new SpecMissingError(`OpenAPI snapshot at ${file} has no "paths" object`)
  }
  return spec
}

const escapeRegExp = (text) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&')

// '/api/mp/cobuildings/{id}/members/{userId}' → a pattern where each {param} is exactly one path segment.
function templatePattern(template) {
  const source = template
    .split(/(\{[^}/]+\})/)
    .map((part) => (/^\{[^}/]+\}$/.test(part) ? '[^/]+' : escapeRegExp(part)))
    .join('')
  return new RegExp(`^${source}$`)
}

/** Every operation of the spec as {method: 'GET', template, pattern}. */
function operations(spec) {
  const out = []
  Object.keys(spec.paths).forEach((template) => {
    const item = spec.paths[template] || {}
    METHODS.filter((m) => item[m]).forEach((m) => {
      out.push({ method: m.toUpperCase(), template, pattern: templatePattern(template) })
    })
  })
  return out
}

// A call's path without query or fragment; encoded segments stay encoded, as they travel.
const bare = (path) => String(path).split(/[?#]/)[0]

/** The spec's operation that serves `method path`, or null. A literal path wins over a template. */
function findOperation(ops, method, path) {
  const m = String(method || 'GET').toUpperCase()
  const p = bare(path)
  const candidates = ops.filter((op) => op.method === m && op.pattern.test(p))
  return candidates.find((op) => op.template === p) || candidates[0] || null
}

/** The calls (deduplicated, as 'METHOD path' strings) that no operation of the spec serves. */
function missingCalls(spec, calls) {
  const ops = operations(spec)
  const missing = new Set()
  calls.forEach((c) => {
    if (!findOperation(ops, c.method, c.path)) missing.add(`${String(c.method || 'GET').toUpperCase()} ${bare(c.path)}`)
  })
  return [...missing].sort()
}

module.exports = { loadSpec, operations, findOperation, missingCalls, templatePattern, SpecMissingError }
