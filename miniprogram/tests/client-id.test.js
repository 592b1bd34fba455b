const { newClientId } = require('../utils/client-id')

test('client ids fit the server pattern and differ between drafts', () => {
  const a = newClientId()
  const b = newClientId()
  expect(a).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
  expect(b).not.toBe(a)
})

test('the same time and randomness give the same id (nothing hidden)', () => {
  expect(newClientId(1000, () => 0.5)).toBe(newClientId(1000, () => 0.5))
})
