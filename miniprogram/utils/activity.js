// Activities as people see them: Chinese names of the API's enums, an activity's time span, and the scene of
// an activity's mini-program code. In the main package because the chat card and the co-building home show
// activities too, and a subpackage cannot require another's files.
const { formatDateTime } = require('./format')

/** 活动类型. POLICY_SESSION (送政策上门) is the bureau's own: members see it but cannot create one. */
const ACTIVITY_TYPES = [
  { value: 'PARTY_ACTIVITY', label: '党组织活动' },
  { value: 'BUSINESS_SHARING', label: '业务分享会' },
  { value: 'RESEARCH_MEETING', label: '科研对接会' },
  { value: 'TRAINING', label: '培训' },
  { value: 'LECTURE', label: '讲座' },
  { value: 'SALON', label: '沙龙' },
  { value: 'COMPETITION', label: '创新竞赛' },
  { value: 'POLICY_SESSION', label: '送政策上门', bureauOnly: true },
]

const ACTIVITY_STATUSES = [
  { value: 'SCHEDULED', label: '未开始', tone: 'info' },
  { value: 'ONGOING', label: '进行中', tone: 'success' },
  { value: 'ENDED', label: '已结束', tone: 'muted' },
  { value: 'CANCELLED', label: '已取消', tone: 'danger' },
]

/** Anomalies the server flags on a check-in (flagged, not refused). */
const CHECKIN_FLAGS = [
  { value: 'OUT_OF_RANGE', label: '超出范围' },
  { value: 'LATE', label: '迟到' },
  { value: 'NO_LOCATION', label: '未定位' },
  { value: 'CODE_MISMATCH', label: '签到码不符' },
  { value: 'STALE_PHOTO', label: '照片非现场拍摄' },
]

const CHECKIN_METHODS = [
  { value: 'LOCATION', label: '定位签到' },
  { value: 'ROTATING_CODE', label: '签到码签到' },
  { value: 'MINIPROGRAM_CODE', label: '扫码签到' },
  { value: 'ON_BEHALF', label: '补签' },
]

const ATTENDANCE_STATUSES = [
  { value: 'ATTENDED', label: '已签到', tone: 'success' },
  { value: 'LATE', label: '迟到', tone: 'warning' },
  { value: 'ABSENT', label: '缺席', tone: 'muted' },
]

const REVIEW_DECISIONS = [
  { value: 'CONFIRMED', label: '已确认', tone: 'success' },
  { value: 'OVERRULED', label: '已驳回', tone: 'danger' },
]

const LISTS = {
  type: ACTIVITY_TYPES,
  status: ACTIVITY_STATUSES,
  flag: CHECKIN_FLAGS,
  method: CHECKIN_METHODS,
  attendance: ATTENDANCE_STATUSES,
  review: REVIEW_DECISIONS,
}

const entry = (kind, value) => (LISTS[kind] || []).find((e) => e.value === value)

/** Chinese name of an enum value; an unknown one (a newer server) shows as itself. */
function activityLabel(kind, value) {
  if (value === null || value === undefined || value === '') return ''
  const found = entry(kind, value)
  return found ? found.label : String(value)
}

/** Colour family for a tag: muted | info | warning | success | danger. */
function activityTone(kind, value) {
  const found = entry(kind, value)
  return (found && found.tone) || 'muted'
}

/** ['OUT_OF_RANGE', 'LATE'] → ['超出范围', '迟到']. */
function flagLabels(flags) {
  return (Array.isArray(flags) ? flags : []).map((f) => activityLabel('flag', f))
}

/** '2026-03-12 14:30 – 16:00' on one day, both dates otherwise; '' without a start. */
function timeSpan(startAt, endAt) {
  const start = formatDateTime(startAt)
  if (!start) return ''
  const end = formatDateTime(endAt)
  if (!end) return start
  return end.slice(0, 10) === start.slice(0, 10) ? `${start} – ${end.slice(11)}` : `${start} – ${end}`
}

/**
 * The scene of an activity's mini-program code, as WeChat hands it to the page (options.scene, URL-encoded):
 * 'a%3D12%26k%3DXyZ' → {activityId: '12', key: 'XyZ'}; null when it is not one of ours.
 */
function decodeScene(scene) {
  if (!scene || typeof scene !== 'string') return null
  let text
  try {
    text = decodeURIComponent(scene)
  } catch (e) {
    return null
  }
  const params = {}
  text.split('&').forEach((pair) => {
    const at = pair.indexOf('=')
    if (at > 0) params[pair.slice(0, at)] = pair.slice(at + 1)
  })
  if (!/^\d+$/.test(params.a || '') || !params.k) return null
  return { activityId: params.a, key: params.k }
}

module.exports = {
  ACTIVITY_TYPES,
  ACTIVITY_STATUSES,
  CHECKIN_FLAGS,
  CHECKIN_METHODS,
  ATTENDANCE_STATUSES,
  activityLabel,
  activityTone,
  flagLabels,
  timeSpan,
  decodeScene,
}
