const { normalizeInviteCode, inviteCodeProblem, codeFromScene, codeFromScan } = require('../utils/invite-code')

describe('normalizeInviteCode', () => {
  test.each([
    ['abcd-efgh', 'ABCDEFGH'],
    [' ab cd ef gh ', 'ABCDEFGH'],
    ['ABCD—EFGH', 'ABCDEFGH'], // an em dash from an input method
    ['abcd\u3000efgh', 'ABCDEFGH'], // full-width space
  ])('%j → %s', (input, code) => {
    expect(normalizeInviteCode(input)).toBe(code)
    expect(inviteCodeProblem(code)).toBe('')
  })
})

test.each([
  ['', '请输入邀请码'],
  ['ABCDEFG', '邀请码为 8 位字母或数字，请核对'],
  ['ABCDEFGH2', '邀请码为 8 位字母或数字，请核对'],
  ['ABCDEFG0', '邀请码为 8 位字母或数字，请核对'], // 0 is not in the alphabet
  ['ABCDEFGI', '邀请码为 8 位字母或数字，请核对'], // nor is I
])('%j is not a code', (code, message) => {
  expect(inviteCodeProblem(code)).toBe(message)
})

describe('codeFromScene', () => {
  test('reads inv= from the URL-encoded scene', () => {
    expect(codeFromScene('inv%3DK7M2QX9P')).toBe('K7M2QX9P')
    expect(codeFromScene('inv=K7M2QX9P')).toBe('K7M2QX9P')
  })

  test('anything else gives no code', () => {
    expect(codeFromScene('foo%3Dbar')).toBe('')
    expect(codeFromScene('inv%3D0000')).toBe('')
    expect(codeFromScene(undefined)).toBe('')
  })
})

describe('codeFromScan', () => {
  test('a scanned mini-program code carries the scene in its path', () => {
    expect(codeFromScan({ scanType: 'WX_CODE', path: 'packages/cobuilding/join?scene=inv%3DK7M2QX9P', result: '' })).toBe(
      'K7M2QX9P',
    )
  })

  test('a shared-card style path with code= works too', () => {
    expect(codeFromScan({ path: 'packages/cobuilding/join?code=k7m2-qx9p' })).toBe('K7M2QX9P')
  })

  test('a QR code with a URL or with the bare code', () => {
    expect(codeFromScan({ result: 'https://example.invalid/j?inv=K7M2QX9P' })).toBe('K7M2QX9P')
    expect(codeFromScan({ result: 'k7m2 qx9p' })).toBe('K7M2QX9P')
  })

  test('an unrelated QR code gives no code', () => {
    expect(codeFromScan({ result: 'https://example.invalid/something' })).toBe('')
    expect(codeFromScan({ result: 'hello world' })).toBe('')
    expect(codeFromScan(null)).toBe('')
  })
})
