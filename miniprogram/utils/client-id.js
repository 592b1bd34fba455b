// An id the client gives a new draft or chat message, so a create retried after a lost answer returns
// the same one instead of making a second. Unique enough per user: time plus randomness, 8–64 of [A-Za-z0-9_-].
function newClientId(now = Date.now(), random = Math.random) {
  let tail = ''
  for (let i = 0; i < 12; i += 1) tail += Math.floor(random() * 36).toString(36)
  return `d${now.toString(36)}${tail}`
}

module.exports = { newClientId }
