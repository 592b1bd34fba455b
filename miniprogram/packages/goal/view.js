// What the goal pages show of the server's views: labels, amounts, photo links, and the Chinese words for
// the refusals the five ones can meet. Pure functions; the pages stay thin.
const labels = require('../../utils/goal-labels')
const { formatDateTime } = require('../../utils/format')
const { assetUrl } = require('../../utils/asset-url')

/** 12 → '12', 12.5 → '12.5', null → ''. Amounts arrive as JSON numbers. */
function amountText(amount) {
  if (amount === null || amount === undefined || amount === '') return ''
  const n = Number(amount)
  if (!Number.isFinite(n)) return ''
  return String(Math.round(n * 100) / 100)
}

/** '3 / 5 项', '3 项' without a target, '' when neither is known. */
function achievedText(achieved, target, unit) {
  const u = unit || ''
  const t = amountText(target)
  const a = amountText(achieved) || '0'
  if (t) return `${a} / ${t} ${u}`.trim()
  if (amountText(achieved) && Number(achieved) > 0) return `${a} ${u}`.trim()
  return ''
}

const TASK_TONES = { NOT_STARTED: 'tag-muted', IN_PROGRESS: 'tag-info', DONE: 'tag-success' }
const GOAL_TONES = { ACTIVE: 'tag-info', ACHIEVED: 'tag-success', DROPPED: 'tag-muted' }

function person(p) {
  const who = p || {}
  return { userId: String(who.userId || ''), displayName: who.displayName || '成员', avatarUrl: assetUrl(who.avatarUrl) }
}

function photosOf(photos) {
  if (!Array.isArray(photos)) return []
  return photos
    .filter((p) => p && (p.thumbUrl || p.url))
    .map((p) => ({ key: String(p.id || p.url), thumb: assetUrl(p.thumbUrl || p.url), original: assetUrl(p.url || p.thumbUrl) }))
}

function decorateGoal(goal) {
  return {
    ...goal,
    id: String(goal.id),
    categoryLabel: labels.CATEGORY_LABELS[goal.category] || '',
    categoryShort: labels.CATEGORY_SHORT[goal.category] || '',
    statusLabel: labels.GOAL_STATUS_LABELS[goal.status] || '',
    statusTone: GOAL_TONES[goal.status] || 'tag-muted',
    completion: Number(goal.completion) || 0,
    achievedText: achievedText(goal.achievedAmount, goal.targetAmount, goal.targetUnit),
    overdueCount: Number(goal.overdueCount) || 0,
  }
}

function decorateProgress(p) {
  return {
    ...p,
    id: String(p.id),
    reporter: person(p.reporter),
    photos: photosOf(p.photos),
    at: formatDateTime(p.reportedAt),
    achievedText: amountText(p.achievedAmount),
    // Only a change is worth a "from → to"; the first report of a task starts from 0.
    moved: typeof p.previousPercent === 'number' && p.previousPercent !== p.percent,
  }
}

function decorateTask(task) {
  return {
    ...task,
    id: String(task.id),
    statusLabel: labels.taskStatusLabel(task),
    statusTone: task.overdue ? 'tag-danger' : TASK_TONES[task.status] || 'tag-muted',
    owners: (task.owners || []).map(person),
    ownerNames: (task.owners || []).map((o) => o.displayName).join('、'),
    percent: Number(task.percent) || 0,
    achievedText: amountText(task.achievedAmount),
    categoryShort: labels.CATEGORY_SHORT[task.category] || '',
    latestProgress: task.latestProgress ? decorateProgress(task.latestProgress) : null,
  }
}

/** Overdue ones first; otherwise the server's order (by due date) is kept. */
function overdueFirst(tasks) {
  return [...tasks.filter((t) => t.overdue), ...tasks.filter((t) => !t.overdue)]
}

// Refusals whose server title is generic: the code, then the status, says what to tell the person.
const CODE_MESSAGES = {
  GOAL_HAS_PROGRESS: '已有进展的目标不能删除，可将状态设为已放弃',
  TASK_HAS_PROGRESS: '已有进展的任务不能删除，可将状态改为已完成或调整截止日期',
  TASK_DONE: '任务已完成，不能再更新进展',
  COBUILDING_CLOSED: '本先锋号已退出共建，目标与进度只能查看',
  GOAL_NOT_FOUND: '目标不存在或你已不在本先锋号中',
  TASK_NOT_FOUND: '任务不存在或你已不在本先锋号中',
  COBUILDING_NOT_FOUND: '先锋号不存在或你已不在其中',
  // What members write here is published, so it passes WeChat's text check first.
  CONTENT_RISKY: '内容未通过微信安全检查，请修改文字后再提交',
  WX_UNAVAILABLE: '微信内容检查暂时不可用，未保存，请稍后再点一次',
}

function failureMessage(err, fallback = '操作失败，请稍后重试') {
  const e = err || {}
  if (CODE_MESSAGES[e.code]) return CODE_MESSAGES[e.code]
  if (e.status === 403) return '只有科技党建先锋可以这样做'
  if (e.status === 0) return '网络不佳，请稍后重试'
  return e.title || fallback
}

/** A 422's field errors split into the form's fields and the rest (shown on the banner). */
function splitErrors(serverErrors, fields) {
  const errors = {}
  const other = []
  Object.keys(serverErrors || {}).forEach((key) => {
    const field = key.split(/[.[]/)[0]
    if (fields.indexOf(field) >= 0) errors[field] = errors[field] || serverErrors[key]
    else other.push(serverErrors[key])
  })
  return { errors, other }
}

module.exports = {
  amountText,
  achievedText,
  person,
  photosOf,
  decorateGoal,
  decorateTask,
  decorateProgress,
  overdueFirst,
  failureMessage,
  splitErrors,
}
