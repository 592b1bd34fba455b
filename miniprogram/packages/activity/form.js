// The create/edit form of an activity as plain data: its empty state, the form of an existing activity, the
// checks made before sending (the server checks again and its field errors land on the same fields), and the
// body sent. Dates and times are the wall clock in Shanghai, as the pickers show them.
const { formatDateTime, todayInShanghai, addDays } = require('../../utils/format')
const { ACTIVITY_TYPES } = require('../../utils/activity')

const LIMITS = { title: 60, description: 2000, radiusMin: 20, radiusMax: 5000, days: 7 }
const RADII = [50, 100, 200, 500, 1000, 3000]
const DEFAULT_RADIUS = 200
// When check-in opens: minutes before the start. The contract's default is 30.
const OPENS_BEFORE = [0, 15, 30, 60, 120]
const DEFAULT_OPENS_BEFORE = 30
// When it closes: at the end (the default), or this many minutes after the start.
const CLOSES = ['END', 15, 30, 60]
const MINUTE = 60 * 1000
const DAY = 24 * 60 * MINUTE

/** Types a member may create: every one but the bureau's own 送政策上门. */
const MEMBER_TYPES = ACTIVITY_TYPES.filter((t) => !t.bureauOnly)

const opensLabel = (m) => (m === 0 ? '活动开始时' : `开始前 ${m} 分钟`)
const closesLabel = (c) => (c === 'END' ? '活动结束时' : `开始后 ${c} 分钟`)
const radiusLabel = (r) => (r >= 1000 ? `${r / 1000} 公里内` : `${r} 米内`)

function toIso(date, time) {
  if (!date || !time) return null
  return `${date}T${time}:00+08:00`
}

function parts(iso) {
  const text = formatDateTime(iso)
  return text ? { date: text.slice(0, 10), time: text.slice(11) } : { date: '', time: '' }
}

const ms = (iso) => (iso ? Date.parse(iso) : NaN)

function emptyForm(now = Date.now()) {
  const day = addDays(todayInShanghai(now), 1)
  return {
    type: '',
    title: '',
    description: '',
    startDate: day,
    startTime: '09:00',
    endDate: day,
    endTime: '11:00',
    place: null, // {name, address, latitude, longitude}; null = online, no geofence
    radiusMeters: DEFAULT_RADIUS,
    opensBefore: DEFAULT_OPENS_BEFORE,
    closes: 'END',
    photoRequired: false,
    expectedScope: 'ALL', // ALL | LISTED
    expectedUserIds: [],
    expectedCount: 0,
    expectedChanged: false, // edit: send the list only when it was chosen again
  }
}

// The option nearest to what the activity has (an admin may have set another value).
const nearest = (options, value) =>
  options.reduce((best, o) => (Math.abs(o - value) < Math.abs(best - value) ? o : best), options[0])

function fromView(view) {
  const start = parts(view.startAt)
  const end = parts(view.endAt)
  const startMs = ms(view.startAt)
  const opensBefore = Number.isNaN(ms(view.checkinOpensAt))
    ? DEFAULT_OPENS_BEFORE
    : nearest(OPENS_BEFORE, Math.round((startMs - ms(view.checkinOpensAt)) / MINUTE))
  let closes = 'END'
  const closesMs = ms(view.checkinClosesAt)
  if (!Number.isNaN(closesMs) && closesMs !== ms(view.endAt)) {
    closes = nearest(CLOSES.filter((c) => c !== 'END'), Math.round((closesMs - startMs) / MINUTE))
  }
  const place = view.place
  return {
    ...emptyForm(),
    type: view.type || '',
    title: view.title || '',
    description: view.description || '',
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    place: place ? { name: place.name, address: '', latitude: place.latitude, longitude: place.longitude } : null,
    radiusMeters: place && place.radiusMeters ? place.radiusMeters : DEFAULT_RADIUS,
    opensBefore,
    closes,
    photoRequired: Boolean(view.photoRequired),
    expectedScope: view.expected && view.expected.scope === 'LISTED' ? 'LISTED' : 'ALL',
    expectedCount: (view.expected && view.expected.count) || 0,
  }
}

/** Field → Chinese message; empty when the form may be sent. `creating`: a start in the past is refused. */
function validate(form, { now = Date.now(), creating = true } = {}) {
  const errors = {}
  if (!form.type) errors.type = '请选择活动类型'
  const title = (form.title || '').trim()
  if (!title) errors.title = '请填写活动名称'
  else if (title.length > LIMITS.title) errors.title = `活动名称最多 ${LIMITS.title} 个字`
  if ((form.description || '').trim().length > LIMITS.description) {
    errors.description = `活动介绍最多 ${LIMITS.description} 个字`
  }
  const start = ms(toIso(form.startDate, form.startTime))
  const end = ms(toIso(form.endDate, form.endTime))
  if (Number.isNaN(start)) errors.start = '请选择开始时间'
  else if (creating && start <= now) errors.start = '开始时间须晚于现在'
  if (Number.isNaN(end)) errors.end = '请选择结束时间'
  else if (!Number.isNaN(start) && end <= start) errors.end = '结束时间须晚于开始时间'
  else if (!Number.isNaN(start) && end - start > LIMITS.days * DAY) errors.end = `活动最长 ${LIMITS.days} 天`
  if (form.place) {
    const r = Number(form.radiusMeters)
    if (!(r >= LIMITS.radiusMin && r <= LIMITS.radiusMax)) errors.place = `签到范围须在 ${LIMITS.radiusMin}–${LIMITS.radiusMax} 米之间`
  }
  if (form.closes !== 'END' && !Number.isNaN(start) && !Number.isNaN(end) && start + form.closes * MINUTE > end) {
    errors.window = '签到截止不能晚于活动结束'
  }
  if (form.expectedScope === 'LISTED' && (creating || form.expectedChanged) && !form.expectedUserIds.length) {
    errors.expected = '请至少选择一名应到成员'
  }
  return errors
}

/**
 * The request body (without clientId). Edits send the list of expected members only when it was chosen again
 * (an empty list: everyone again).
 */
function toPayload(form, { creating = true } = {}) {
  const startAt = toIso(form.startDate, form.startTime)
  const endAt = toIso(form.endDate, form.endTime)
  const start = ms(startAt)
  const body = {
    type: form.type,
    title: form.title.trim(),
    description: (form.description || '').trim(),
    startAt,
    endAt,
    // An edit names only what it changes, so "no place" is said with online: true (below), not with null.
    place: form.place
      ? {
          name: form.place.name,
          latitude: form.place.latitude,
          longitude: form.place.longitude,
          radiusMeters: Number(form.radiusMeters),
        }
      : null,
    checkinOpensAt: new Date(start - form.opensBefore * MINUTE).toISOString(),
    checkinClosesAt: form.closes === 'END' ? endAt : new Date(start + form.closes * MINUTE).toISOString(),
    photoRequired: Boolean(form.photoRequired),
  }
  if (!creating && !form.place) body.online = true
  if (form.expectedScope === 'LISTED' && (creating || form.expectedChanged)) body.expectedUserIds = form.expectedUserIds.slice()
  // An edit back to everyone: the server reads an empty list as "all members".
  else if (!creating && form.expectedChanged) body.expectedUserIds = []
  return body
}

// Server field paths (422 errors) → the form's fields.
function fieldOf(path) {
  const head = String(path).split(/[.[]/)[0]
  const map = {
    type: 'type',
    title: 'title',
    description: 'description',
    startAt: 'start',
    endAt: 'end',
    place: 'place',
    checkinOpensAt: 'window',
    checkinClosesAt: 'window',
    photoRequired: 'photoRequired',
    expectedUserIds: 'expected',
  }
  return map[head] || null
}

/** A 422's {path: message} on the form's fields; what fits no field comes back as `other`. */
function serverErrors(errors) {
  const out = {}
  const other = []
  Object.keys(errors || {}).forEach((path) => {
    const field = fieldOf(path)
    if (field) out[field] = out[field] || errors[path]
    else other.push(errors[path])
  })
  return { errors: out, other }
}

module.exports = {
  LIMITS,
  RADII,
  OPENS_BEFORE,
  CLOSES,
  MEMBER_TYPES,
  opensLabel,
  closesLabel,
  radiusLabel,
  emptyForm,
  fromView,
  validate,
  toPayload,
  serverErrors,
  toIso,
}
