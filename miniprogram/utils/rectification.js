// 限期整改 as the member sees it: the rectification's status in words, the deadline with the days left, who may
// report, and what a refusal of a report means. Pure, and in the main package: the co-building pages and the chat's
// plaque cards (another subpackage) both use it.
const { todayInShanghai } = require('./format')

const TEXT_MAX = 2000 // the server's limit, counted as it counts (UTF-16 units, a JS string's length)
const MAX_PHOTOS = 9

// The pioneer and the unit liaisons answer for the co-building's rectification.
const REPORTERS = ['PIONEER', 'UNIT_LIAISON']

const KNOWN = ['OPEN', 'SUBMITTED', 'PASSED', 'FAILED']

const DAY_MS = 24 * 60 * 60 * 1000

function dayNumber(date) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(date || ''))
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : NaN
}

/** Calendar days from today (Shanghai) to the deadline 'YYYY-MM-DD': 0 on the day itself, negative after; NaN unknown. */
function daysLeft(deadline, now = Date.now()) {
  return dayNumber(deadline) - dayNumber(todayInShanghai(now))
}

/** 还剩 3 天 / 今天截止 / 已超过截止日期 2 天; '' without a deadline. */
function daysLeftText(deadline, now = Date.now()) {
  const days = daysLeft(deadline, now)
  if (Number.isNaN(days)) return ''
  if (days > 0) return `还剩 ${days} 天`
  if (days === 0) return '今天截止'
  return `已超过截止日期 ${-days} 天`
}

/**
 * The days left as the person should read them: while a report may still go, and for a missing one past its
 * deadline; '' once reviewed, or for a report sent in time that waits past the deadline for its review.
 */
function countdownText(rectification, now = Date.now()) {
  const status = shownStatus(rectification, now)
  const pending = (status === 'OPEN' || status === 'SUBMITTED') && daysLeft(rectification.deadline, now) >= 0
  return status === 'OVERDUE' || pending ? daysLeftText(rectification.deadline, now) : ''
}

/** Past its deadline without a report: the server's flag, or the calendar before the nightly job sets it. */
function isOverdue(rectification, now = Date.now()) {
  if (!rectification || rectification.status !== 'OPEN') return false
  return Boolean(rectification.overdue) || daysLeft(rectification.deadline, now) < 0
}

/**
 * The status to show (labels in utils/format.js, kind rectificationStatus): the server's OPEN | SUBMITTED | PASSED |
 * FAILED, or OVERDUE for an open one past its deadline; an unknown one (a newer server) as itself.
 */
function shownStatus(rectification, now = Date.now()) {
  if (isOverdue(rectification, now)) return 'OVERDUE'
  const status = rectification && rectification.status
  return KNOWN.indexOf(status) >= 0 ? status : String(status || '')
}

/**
 * Whether the reader may send a report (or send one again, replacing the last) now: the server's canSubmit, which
 * weighs the role, the status and the deadline day (still open on the day itself) as the report endpoint does.
 */
const acceptsReport = (rectification) => Boolean(rectification && rectification.canSubmit)

// Who answers for a rectification: the page's "who reports" note and the chat's plaque cards.
const mayReport = (role) => REPORTERS.indexOf(role) >= 0

/** Why the report form cannot be sent yet, by field ({text, photos}); null when it can. */
function validateReport({ text, photoIds, uploading, photosFailed }) {
  const errors = {}
  const trimmed = String(text || '').trim()
  if (!trimmed) errors.text = '请填写整改情况'
  else if (trimmed.length > TEXT_MAX) errors.text = `整改情况不超过 ${TEXT_MAX} 字（现 ${trimmed.length} 字）`
  if (uploading) errors.photos = '照片还在上传，请稍候'
  else if (photosFailed) errors.photos = '有照片没有上传成功，请点照片重试或删除'
  else if ((photoIds || []).length > MAX_PHOTOS) errors.photos = `照片最多 ${MAX_PHOTOS} 张`
  return Object.keys(errors).length ? errors : null
}

// Refusals of a report whose server title is generic: the code decides what to tell the person, and whether the
// rectification on screen is out of date (`reload`).
const REFUSALS = {
  RECTIFICATION_DEADLINE_PASSED: { message: '整改期限已过，不能再提交整改报告，请联系局共建联络员', reload: true },
  RECTIFICATION_NOT_FOUND: { message: '当前没有需要提交的整改任务，已为你刷新', reload: true },
  RECTIFICATION_CLOSED: { message: '整改已复核，不能再提交整改报告，已为你刷新', reload: true },
  PLAQUE_TRANSITION_INVALID: { message: '整改状态已变化（可能已经复核），已为你刷新', reload: true },
  CONTENT_RISKY: { message: '整改情况未通过微信安全检查，请修改文字后再提交' },
  WX_UNAVAILABLE: { message: '微信内容检查暂时不可用，报告未提交，请稍后再点一次（不会重复提交）', retry: true },
  RATE_LIMITED: { message: '操作太频繁，请稍后再点一次（不会重复提交）', retry: true },
  FILE_TOO_LARGE: { message: '有照片太大，请删除后换一张' },
  IMAGE_TOO_LARGE: { message: '有照片尺寸太大，请删除后换一张' },
  IMAGE_UNREADABLE: { message: '有照片无法读取，请删除后换一张' },
  MEDIA_TYPE_UNSUPPORTED: { message: '只支持 JPG 或 PNG 照片，请删除后换一张' },
}

/**
 * What a failed report tells the person: {message, reload (the view is stale), retry (the same tap may go again:
 * nothing was stored, or we cannot know — the clientId makes a second landing harmless)}.
 */
function reportRefusal(err) {
  const e = err || {}
  if (REFUSALS[e.code]) return { reload: false, retry: false, ...REFUSALS[e.code] }
  if (!e.status) return { message: '网络不佳，整改报告未确认提交，请再点一次（不会重复提交）', reload: false, retry: true }
  if (e.status >= 500) return { message: '服务暂时不可用，整改报告未确认提交，请稍后再点一次（不会重复提交）', reload: false, retry: true }
  if (e.status === 403) return { message: '只有科技党建先锋和共建联络员可以提交整改报告', reload: true, retry: false }
  if (e.status === 404) return { message: '先锋号不存在，或你已不在该先锋号中', reload: false, retry: false }
  return { message: e.title || '提交失败，请稍后重试', reload: e.status === 409, retry: false }
}

module.exports = {
  TEXT_MAX,
  MAX_PHOTOS,
  daysLeft,
  daysLeftText,
  countdownText,
  isOverdue,
  shownStatus,
  acceptsReport,
  mayReport,
  validateReport,
  reportRefusal,
}
