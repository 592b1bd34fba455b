// The contract checker itself, against a tiny spec: templates match concrete ids, methods count,
// nothing matches across segments, and a missing snapshot fails with a message saying what to do.
const os = require('os')
const path = require('path')
const { loadSpec, operations, findOperation, missingCalls, SpecMissingError } = require('../scripts/openapi-contract')

const FIXTURE = path.join(__dirname, 'openapi-fixture.json')
const spec = loadSpec(FIXTURE)
const ops = operations(spec)

test('lists each method of each path', () => {
  expect(ops.map((o) => `${o.method} ${o.template}`)).toEqual([
    'GET /api/mp/me',
    'PUT /api/mp/me',
    'GET /api/mp/cobuildings/{id}',
    'DELETE /api/mp/cobuildings/{id}/members/{userId}',
    'POST /api/mp/invitations/join',
    'GET /api/mp/invitations/{code}/preview',
    'GET /api/mp/a.b',
  ])
})

test('a template matches concrete (also encoded) ids, one segment per parameter', () => {
  expect(findOperation(ops, 'GET', '/api/mp/cobuildings/9').template).toBe('/api/mp/cobuildings/{id}')
  expect(findOperation(ops, 'delete', '/api/mp/cobuildings/9/members/201').template).toBe(
    '/api/mp/cobuildings/{id}/members/{userId}',
  )
  expect(findOperation(ops, 'GET', '/api/mp/invitations/K7M2%2FX9P/preview')).not.toBeNull()
  expect(findOperation(ops, 'GET', '/api/mp/cobuildings/9/10')).toBeNull()
  expect(findOperation(ops, 'GET', '/api/mp/cobuildings/')).toBeNull()
})

test('the method must match too, and a query string is not part of the path', () => {
  expect(findOperation(ops, 'DELETE', '/api/mp/cobuildings/9')).toBeNull()
  expect(findOperation(ops, 'GET', '/api/mp/me?x=1')).not.toBeNull()
})

test('literal characters are literal', () => {
  expect(findOperation(ops, 'GET', '/api/mp/a.b')).not.toBeNull()
  expect(findOperation(ops, 'GET', '/api/mp/aXb')).toBeNull()
})

test('missingCalls names each unserved call once, sorted', () => {
  const calls = [
    { method: 'GET', path: '/api/mp/me' },
    { method: 'POST', path: '/api/mp/invitations/join' },
    { method: 'DELETE', path: '/api/mp/applications/5' },
    { method: 'DELETE', path: '/api/mp/applications/5' },
    { method: 'PATCH', path: '/api/mp/me' },
  ]
  expect(missingCalls(spec, calls)).toEqual(['DELETE /api/mp/applications/5', 'PATCH /api/mp/me'])
})

test('a missing snapshot fails with a message that says where it comes from', () => {
  const nowhere = path.join(os.tmpdir(), `no-such-openapi-${process.pid}.json`)
  expect(() => loadSpec(nowhere)).toThrow(SpecMissingError)
  expect(() => loadSpec(nowhere)).toThrow(/not found.*server's tests write it/)
})
