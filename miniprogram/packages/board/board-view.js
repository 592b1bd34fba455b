// What the board page shows of a BoardView: labels in Chinese, dates as the plaque reads them, bars as
// widths, photos as absolute links, and the progress table as one list of every task (overdue first).
// Pure, so the page stays thin and the rules are tested without a page.
const { CATEGORIES, CATEGORY_LABELS, CATEGORY_SHORT, GOAL_STATUS_LABELS, taskStatusLabel } = require('../../utils/goal-labels')
const { formatDate, label } = require('../../utils/format')
const { assetUrl } = require('../../utils/asset-url')

const HIGHLIGHT_KINDS = { PROGRESS: '进展亮点', STAGE_SUMMARY: '阶段总结' }
const UNAVAILABLE = { WITHDRAWN: '该先锋号已退出', DELISTED: '该先锋号已摘牌' }

/** The scene of the board's mini-program code ('b=<publicId>', URL-encoded once more by WeChat) → the publicId, or ''. */
function decodeBoardScene(scene) {
  if (!scene || typeof scene !== 'string') return ''
  let text
  try {
    text = decodeURIComponent(scene)
  } catch (e) {
    return ''
  }
  const match = /^b=([A-Za-z0-9_-]{1,64})$/.exec(text)
  return match ? match[1] : ''
}

const clamp = (n) => Math.max(0, Math.min(100, Math.round(Number(n) || 0)))

// Amounts come as JSON numbers; a whole number shows without decimals.
function amount(value) {
  if (value === null || value === undefined || value === '') return ''
  const n = Number(value)
  return Number.isFinite(n) ? String(n) : String(value)
}

function photosOf(list) {
  return (list || [])
    .filter((p) => p && (p.thumbUrl || p.url))
    .map((p) => ({ id: String(p.id), thumbUrl: assetUrl(p.thumbUrl || p.url), url: assetUrl(p.url || p.thumbUrl) }))
}

function dateSpan(from, to) {
  if (from && to) return `${from} 至 ${to}`
  return to ? `截止 ${to}` : from || ''
}

function taskView(task, goal) {
  const latest = task.latestProgress
  return {
    id: String(task.id),
    key: `t${task.id}`,
    title: task.title,
    goalTitle: goal.title,
    categoryShort: CATEGORY_SHORT[goal.category] || '',
    owners: (task.owners || []).join('、'),
    dates: dateSpan(task.plannedStart, task.dueDate),
    dueDate: task.dueDate || '',
    percent: clamp(task.percent),
    overdue: Boolean(task.overdue),
    done: task.status === 'DONE',
    statusLabel: taskStatusLabel(task),
    weight: task.weight,
    latest: latest
      ? { note: latest.note || '', at: formatDate(latest.reportedAt), percent: clamp(latest.percent), photos: photosOf(latest.photos) }
      : null,
  }
}

// The progress table: overdue first, then by due date, then by id, as the members' own table orders it.
function byUrgency(a, b) {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1
  return Number(a.id) - Number(b.id)
}

function goalView(goal) {
  const target = amount(goal.targetAmount)
  const achieved = amount(goal.achievedAmount)
  const unit = goal.targetUnit || ''
  return {
    id: String(goal.id),
    key: `g${goal.id}`,
    category: goal.category,
    categoryShort: CATEGORY_SHORT[goal.category] || '',
    title: goal.title,
    description: goal.description || '',
    targetText: goal.targetText || '',
    amountText: target ? `已完成 ${achieved || 0}${unit} / 目标 ${target}${unit}` : '',
    targetDate: goal.targetDate ? `目标日期 ${goal.targetDate}` : '',
    statusLabel: GOAL_STATUS_LABELS[goal.status] || '',
    achieved: goal.status === 'ACHIEVED',
    completion: clamp(goal.completion),
    taskCount: (goal.tasks || []).length,
  }
}

/** The five categories in their fixed order, whatever the server sent (a missing one shows as 0). */
function categoriesOf(list) {
  const byCategory = {}
  ;(list || []).forEach((c) => {
    byCategory[c.category] = c
  })
  return CATEGORIES.map((category) => {
    const c = byCategory[category] || {}
    return {
      category,
      label: CATEGORY_LABELS[category] || category,
      short: CATEGORY_SHORT[category] || category,
      completion: clamp(c.completion),
      goalCount: Number(c.goalCount) || 0,
    }
  })
}

/** The page's view of a BoardView. `available: false` keeps only the heading and the notice. */
function boardView(board) {
  const head = {
    publicId: board.publicId,
    name: board.name || '',
    status: board.status || '',
    plaqueText: board.plaqueDate ? `授牌日期 ${board.plaqueDate}` : '尚未授牌',
    available: board.available !== false,
  }
  if (!head.available) return { ...head, notice: UNAVAILABLE[board.status] || '该先锋号已退出或已摘牌' }
  const goals = board.goals || []
  const tasks = []
  goals.forEach((g) => (g.tasks || []).forEach((t) => tasks.push(taskView(t, g))))
  tasks.sort(byUrgency)
  const checklist = board.checklist || {}
  return {
    ...head,
    notice: '',
    units: (board.units || []).map((u, i) => ({ key: `u${i}`, name: u.name, roleLabel: label('unitRole', u.role) })),
    stageText: `第${board.stage || 1}阶段`,
    categories: categoriesOf(board.categories),
    goals: goals.map(goalView),
    tasks,
    overdueCount: tasks.filter((t) => t.overdue).length,
    checklist: {
      confirmed: Number(checklist.confirmed) || 0,
      ticked: Number(checklist.ticked) || 0,
      total: Number(checklist.total) || 0,
      percent: checklist.total ? clamp((100 * checklist.confirmed) / checklist.total) : 0,
    },
    highlights: (board.highlights || []).map((h, i) => ({
      key: `h${i}`,
      kindLabel: HIGHLIGHT_KINDS[h.kind] || '亮点',
      title: h.title || '',
      text: h.text || '',
      at: formatDate(h.markedAt),
      photos: photosOf(h.photos),
    })),
  }
}

module.exports = { boardView, decodeBoardScene }
