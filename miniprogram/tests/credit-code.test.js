const {
  isValidCreditCode,
  creditCodeProblem,
  normalizeCreditCode,
  checkCharacter,
  ALPHABET,
} = require('../utils/credit-code')

test('the standard example is valid and its check character is computed', () => {
  expect(isValidCreditCode('91350100M000100Y43')).toBe(true)
  expect(checkCharacter('91350100M000100Y4')).toBe('3')
})

test.each([
  ['91350100M000100Y44', '统一社会信用代码校验位不正确'],
  ['91350100M000100Y4', '统一社会信用代码应为 18 位'],
  ['91350100M000100Y433', '统一社会信用代码应为 18 位'],
  ['91350100M000100I43', '统一社会信用代码含有无效字符'], // I is not in the alphabet
  ['91350100m000100Y43', '统一社会信用代码含有无效字符'], // lower case is not the written form
])('%s is rejected: %s', (code, message) => {
  expect(isValidCreditCode(code)).toBe(false)
  expect(creditCodeProblem(code)).toBe(message)
})

test('a check value of 0 maps to the character 0, not 31', () => {
  // Find a body whose weighted sum is a multiple of 31 by varying its last character
  // (its weight 28 is coprime to 31, so one of the 31 characters hits every residue).
  const body16 = '9135010000000000'
  const body = [...ALPHABET].map((c) => body16 + c).find((b) => checkCharacter(b) === '0')
  expect(body).toBeDefined()
  expect(isValidCreditCode(`${body}0`)).toBe(true)
})

test('normalising upper-cases and drops spaces', () => {
  expect(normalizeCreditCode(' 9135 0100m000100y43 ')).toBe('91350100M000100Y43')
  expect(isValidCreditCode(normalizeCreditCode('91350100m000100y43'))).toBe(true)
})
