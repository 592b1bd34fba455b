// Display helpers: dates in the programme's zone (Asia/Shanghai) and Chinese labels for the API's enums.

// Shanghai has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact
// and does not depend on the phone's own time zone.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000

const pad = (n) => String(n).padStart(2, '0')

function shanghaiParts(ms) {
  const d = new Date(ms + SHANGHAI_OFFSET_MS)
  return {
    y: d.getUTCFullYear(),
    m: pad(d.getUTCMonth() + 1),
    d: pad(d.getUTCDate()),
    hh: pad(d.getUTCHours()),
    mm: pad(d.getUTCMinutes()),
  }
}

function parse(iso) {
  if (!iso) return NaN
  return Date.parse(iso)
}

/** '2025-03-01T00:30:00+08:00' → '2025-03-01'; '' for a missing or unreadable value. */
function formatDate(iso) {
  const ms = parse(iso)
  if (Number.isNaN(ms)) return ''
  const p = shanghaiParts(ms)
  return `${p.y}-${p.m}-${p.d}`
}

/** '2025-03-01T00:30:00+08:00' → '2025-03-01 00:30'. */
function formatDateTime(iso) {
  const ms = parse(iso)
  if (Number.isNaN(ms)) return ''
  const p = shanghaiParts(ms)
  return `${p.y}-${p.m}-${p.d} ${p.hh}:${p.mm}`
}

/** Today's calendar date in Shanghai as 'YYYY-MM-DD'. */
function todayInShanghai(now = Date.now()) {
  const p = shanghaiParts(now)
  return `${p.y}-${p.m}-${p.d}`
}

/** 'YYYY-MM-DD' plus n calendar days. */
function addDays(date, n) {
  const [y, m, d] = date.split('-').map(Number)
  const shifted = new Date(Date.UTC(y, m - 1, d + n))
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`
}

// Which Shanghai calendar day an instant falls on, relative to now: 'today', 'yesterday', 'year' or 'older'.
function dayOf(ms, now) {
  const date = formatDate(new Date(ms).toISOString())
  const today = todayInShanghai(now)
  if (date === today) return 'today'
  if (date === addDays(today, -1)) return 'yesterday'
  return date.slice(0, 4) === today.slice(0, 4) ? 'year' : 'older'
}

/** A conversation's last activity: 刚刚, N分钟前, 14:05, 昨天, 03-08, 2025-12-31. */
function formatRelative(iso, now = Date.now()) {
  const ms = parse(iso)
  if (Number.isNaN(ms)) return ''
  const ago = now - ms
  if (ago >= 0 && ago < 60 * 1000) return '刚刚'
  if (ago >= 0 && ago < 60 * 60 * 1000) return `${Math.floor(ago / 60000)}分钟前`
  const p = shanghaiParts(ms)
  const day = dayOf(ms, now)
  if (day === 'today') return `${p.hh}:${p.mm}`
  if (day === 'yesterday') return '昨天'
  return day === 'year' ? `${p.m}-${p.d}` : `${p.y}-${p.m}-${p.d}`
}

/** The time separator between chat messages: 14:05, 昨天 14:05, 03-08 14:05, 2025-12-31 14:05. */
function formatChatTime(iso, now = Date.now()) {
  const ms = parse(iso)
  if (Number.isNaN(ms)) return ''
  const p = shanghaiParts(ms)
  const time = `${p.hh}:${p.mm}`
  const day = dayOf(ms, now)
  if (day === 'today') return time
  if (day === 'yesterday') return `昨天 ${time}`
  return day === 'year' ? `${p.m}-${p.d} ${time}` : `${p.y}-${p.m}-${p.d} ${time}`
}

// Enum values in display order with their labels. Arrays, because pickers need an order.
const UNIT_TYPES = [
  { value: 'UNIVERSITY', label: '高校' },
  { value: 'INSTITUTE', label: '科研院所' },
  { value: 'ENTERPRISE', label: '科技企业' },
  { value: 'OTHER', label: '其他' },
]
const MODES = [
  { value: 'SOLO', label: '独立申报' },
  { value: 'JOINT', label: '联合申报' },
]
const GOAL_CATEGORIES = [
  { value: 'BASE', label: '打造一个党建阵地' },
  { value: 'PROBLEMS', label: '攻关一批技术难题' },
  { value: 'LEADERS', label: '培养一批学科技术带头人' },
  { value: 'TALENT', label: '输出引进一名高层次人才' },
  { value: 'ACHIEVEMENTS', label: '转化一批重大科技成果' },
]
const APPLICATION_STATUSES = [
  { value: 'DRAFT', label: '草稿', tone: 'muted' },
  { value: 'SUBMITTED', label: '审核中', tone: 'info' },
  { value: 'RETURNED', label: '已退回', tone: 'warning' },
  { value: 'APPROVED', label: '已通过', tone: 'success' },
  { value: 'REJECTED', label: '未通过', tone: 'danger' },
  { value: 'WITHDRAWN', label: '已撤回', tone: 'muted' },
]
const COBUILDING_STATUSES = [
  { value: 'ACTIVE', label: '共建中', tone: 'info' },
  { value: 'AWARDED', label: '已授牌', tone: 'success' },
  { value: 'RECTIFYING', label: '整改中', tone: 'warning' },
  { value: 'DELISTED', label: '已摘牌', tone: 'danger' },
  { value: 'WITHDRAWN', label: '已退出', tone: 'muted' },
]
// 整改 of a co-building; OVERDUE is shown for an open one past its deadline (utils/rectification.js).
const RECTIFICATION_STATUSES = [
  { value: 'OPEN', label: '待提交', tone: 'warning' },
  { value: 'SUBMITTED', label: '已提交', tone: 'info' },
  { value: 'PASSED', label: '已通过', tone: 'success' },
  { value: 'FAILED', label: '未通过', tone: 'danger' },
  { value: 'OVERDUE', label: '已逾期', tone: 'danger' },
]
const MEMBER_ROLES = [
  { value: 'PIONEER', label: '科技党建先锋' },
  { value: 'UNIT_LIAISON', label: '共建联络员' },
  { value: 'MEMBER', label: '成员' },
]
const UNIT_ROLES = [
  { value: 'LEAD', label: '牵头单位' },
  { value: 'PARTNER', label: '共建单位' },
]

const LISTS = {
  unitType: UNIT_TYPES,
  mode: MODES,
  goalCategory: GOAL_CATEGORIES,
  applicationStatus: APPLICATION_STATUSES,
  cobuildingStatus: COBUILDING_STATUSES,
  rectificationStatus: RECTIFICATION_STATUSES,
  memberRole: MEMBER_ROLES,
  unitRole: UNIT_ROLES,
}

function entry(kind, value) {
  return (LISTS[kind] || []).find((e) => e.value === value)
}

/** Label of an enum value; an unknown value (a newer server) shows as itself rather than vanishing. */
function label(kind, value) {
  if (value === null || value === undefined || value === '') return ''
  const found = entry(kind, value)
  return found ? found.label : String(value)
}

/** Colour family of a status for status-tag: muted | info | warning | success | danger. */
function tone(kind, value) {
  const found = entry(kind, value)
  return (found && found.tone) || 'muted'
}

module.exports = {
  formatDate,
  formatDateTime,
  formatRelative,
  formatChatTime,
  todayInShanghai,
  addDays,
  label,
  tone,
  UNIT_TYPES,
  MODES,
  GOAL_CATEGORIES,
  APPLICATION_STATUSES,
  COBUILDING_STATUSES,
  RECTIFICATION_STATUSES,
  MEMBER_ROLES,
  UNIT_ROLES,
}
