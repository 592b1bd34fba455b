// The service tests' way in: `call(fn, reply)` answers `reply` to the one request `fn` makes,
// checks it carried the token, and hands back {result, sent}.
function serviceCall(mock) {
  return async function call(fn, reply) {
    mock.handle(() => reply)
    const result = await fn()
    const sent = mock.requests()
    expect(sent).toHaveLength(1)
    expect(sent[0].header.Authorization).toBe('Bearer tok-1')
    return { result, sent: sent[0] }
  }
}

module.exports = { serviceCall }
