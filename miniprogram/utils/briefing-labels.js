// The eight briefing categories (BriefingCategory on the server) in the order the list's tabs show them, with the
// names the bureau uses, and how an application deadline (申报截止) reads.
const { todayInShanghai, formatDate } = require('./format')

const CATEGORIES = [
  { value: 'RD_SUBSIDY', label: '研发投入财政奖补', short: '研发奖补' },
  { value: 'RD_DEDUCTION', label: '研发费用加计扣除', short: '加计扣除' },
  { value: 'INNOVATION_VOUCHER', label: '科技创新券', short: '创新券' },
  { value: 'HIGH_TECH_ENTERPRISE', label: '高新技术企业认定', short: '高企认定' },
  { value: 'RESULT_REGISTRATION', label: '科技成果登记', short: '成果登记' },
  { value: 'TECH_CONTRACT', label: '技术合同登记', short: '技术合同' },
  { value: 'TRAINING', label: '培训通知', short: '培训' },
  { value: 'OTHER', label: '其他', short: '其他' },
]

const CATEGORY_LABELS = {}
const CATEGORY_SHORT = {}
CATEGORIES.forEach((c) => {
  CATEGORY_LABELS[c.value] = c.label
  CATEGORY_SHORT[c.value] = c.short
})

/** An unknown category (a newer server) still reads as something. */
const categoryLabel = (value) => CATEGORY_LABELS[value] || '政策解读'


const SOON_DAYS = 14 // the server lists deadlines this close first, and so does the badge

function daysBetween(from, to) {
  const [y1, m1, d1] = from.split('-').map(Number)
  const [y2, m2, d2] = to.split('-').map(Number)
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86400000)
}

/**
 * An application deadline (申报截止, '2026-12-15') as the list and detail show it: {text: '截止 12月15日', state:
 * 'soon' (within 14 days, today included) | 'past' | 'open', badge: '即将截止' | '已截止' | ''}; null without one.
 */
function deadlineOf(applyDeadline, now = Date.now()) {
  if (!applyDeadline || !/^\d{4}-\d{2}-\d{2}/.test(applyDeadline)) return null
  const date = applyDeadline.slice(0, 10)
  const [y, m, d] = date.split('-').map(Number)
  const today = todayInShanghai(now)
  const left = daysBetween(today, date)
  const sameYear = today.slice(0, 4) === String(y)
  const text = `截止 ${sameYear ? '' : `${y}年`}${m}月${d}日`
  if (left < 0) return { text, state: 'past', badge: '已截止' }
  if (left <= SOON_DAYS) return { text, state: 'soon', badge: left === 0 ? '今天截止' : '即将截止' }
  return { text, state: 'open', badge: '' }
}

/** A publishing time as a date ('2026-12-01'); '' without one. */
const publishedDate = (iso) => formatDate(iso)

module.exports = { CATEGORIES, CATEGORY_LABELS, CATEGORY_SHORT, SOON_DAYS, categoryLabel, deadlineOf, publishedDate }
