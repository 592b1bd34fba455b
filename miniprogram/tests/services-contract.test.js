// Contract check: every request the services make (method + path) exists in the server's OpenAPI,
// as the server's own tests snapshot it to docs/api/openapi.json at the repository root.
// The calls are recorded, not parsed from the source: each exported function of each service that
// talks HTTP is called with the wx mock, and whatever reaches wx.request / wx.uploadFile is what counts.
const fs = require('fs')
const path = require('path')
const { createWxMock, json } = require('./wx-mock')
const { loadSpec, missingCalls } = require('../scripts/openapi-contract')

const mock = createWxMock()
global.wx = mock.wx

const SERVICES = path.join(__dirname, '..', 'services')
// OPENAPI_SPEC points at another copy (kept outside the repository) to check against a running branch.
const SPEC = process.env.OPENAPI_SPEC || path.join(__dirname, '..', '..', 'docs', 'api', 'openapi.json')
const CALL_TIMEOUT_MS = 2000

// A service that talks HTTP goes through http.js's request() / upload(); socket.js opens the WebSocket
// (not an OpenAPI path) and reaches HTTP only through chat.js, which is recorded itself.
const talksHttp = (source) => /\b(request|upload)\(\{/.test(source)
const endpointModules = () =>
  fs
    .readdirSync(SERVICES)
    .filter((f) => f.endsWith('.js') && f !== 'http.js')
    .filter((f) => talksHttp(fs.readFileSync(path.join(SERVICES, f), 'utf8')))
    .sort()

const settle = (promise) =>
  Promise.race([Promise.resolve(promise).catch(() => null), new Promise((r) => setTimeout(r, CALL_TIMEOUT_MS))])

// module file → [{method, path}] it sent, every exported function called once.
async function record() {
  const byModule = {}
  for (const file of endpointModules()) {
    const service = require(path.join(SERVICES, file))
    const calls = []
    for (const name of Object.keys(service).filter((k) => typeof service[k] === 'function')) {
      mock.reset()
      mock.storage.set('token', 'tok-1')
      mock.storage.set('expiresAt', '2999-01-01T00:00:00Z')
      mock.handle(() => json(200, {}))
      let result
      try {
        result = service[name]('1', '2', '3')
      } catch (e) {
        result = null // a function that needs other arguments still counts with what it sent
      }
      await settle(result)
      calls.push(...mock.requests().map((r) => ({ method: r.method, path: r.path, fn: `${file}:${name}` })))
    }
    byModule[file] = calls
  }
  return byModule
}

let recorded
beforeAll(async () => {
  recorded = await record()
}, 60000)

test('the recorder sees the calls of every service that talks HTTP', () => {
  expect(Object.keys(recorded)).toEqual(expect.arrayContaining(['application.js', 'auth.js', 'cobuilding.js', 'unit.js']))
  Object.entries(recorded).forEach(([file, calls]) => {
    if (!calls.length) throw new Error(`${file} made no request when each of its functions was called`)
  })
  const all = Object.values(recorded).flat().map((c) => `${c.method} ${c.path}`)
  expect(all).toEqual(
    expect.arrayContaining(['POST /api/mp/auth/login', 'GET /api/mp/cobuildings/1', 'POST /api/mp/media', 'PATCH /api/mp/me', 'DELETE /api/mp/applications/1']),
  )
})

test('every path and method the services call exists in the server OpenAPI', () => {
  const spec = loadSpec(SPEC) // fails with what to do when the snapshot is missing
  const calls = Object.values(recorded).flat()
  const missing = missingCalls(spec, calls)
  const callers = (entry) =>
    [...new Set(calls.filter((c) => `${c.method} ${c.path.split('?')[0]}` === entry).map((c) => c.fn))].join(', ')
  if (missing.length) {
    throw new Error(
      `Not in ${path.relative(process.cwd(), SPEC)} (the server does not offer them):\n` +
        missing.map((m) => `  ${m}   ← ${callers(m)}`).join('\n'),
    )
  }
})
