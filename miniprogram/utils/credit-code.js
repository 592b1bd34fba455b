// 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a
// 31-letter alphabet; the last one is a check character over the first 17.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const LENGTH = 18

/** The check character for the first 17 characters, or '' if one is outside the alphabet. */
function checkCharacter(first17) {
  let sum = 0
  for (let i = 0; i < WEIGHTS.length; i += 1) {
    const value = ALPHABET.indexOf(first17[i])
    if (value < 0) return ''
    sum += value * WEIGHTS[i]
  }
  return ALPHABET[(31 - (sum % 31)) % 31]
}

/** Chinese reason why the code is not valid, or '' when it is. The caller decides whether it is required. */
function creditCodeProblem(code) {
  const text = String(code || '')
  if (text.length !== LENGTH) return '统一社会信用代码应为 18 位'
  if ([...text].some((c) => ALPHABET.indexOf(c) < 0)) return '统一社会信用代码含有无效字符'
  if (checkCharacter(text.slice(0, 17)) !== text[17]) return '统一社会信用代码校验位不正确'
  return ''
}

function isValidCreditCode(code) {
  return creditCodeProblem(code) === ''
}

/** What a user types, in the form the code is written: upper case, no spaces. */
function normalizeCreditCode(input) {
  return String(input || '')
    .replace(/\s+/g, '')
    .toUpperCase()
}

module.exports = { isValidCreditCode, creditCodeProblem, normalizeCreditCode, checkCharacter, ALPHABET }
