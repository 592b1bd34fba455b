// Activities and check-in: creating and changing an activity, the lists, checking in (by location, rotating
// code or mini-program code), the organiser's rotating code and mini-program code, attendance, review and
// 补签. One function per endpoint; ids are strings, times ISO-8601 with offset.
const { request, download } = require('./http')
const { seg, query } = require('./path')

const BASE = '/api/mp/activities'
const one = (id) => `${BASE}/${seg(id)}`

/**
 * Pioneer or unit liaison of the co-building. body: {clientId, type, title, description?, startAt, endAt,
 * place?: {name, latitude, longitude, radiusMeters}, checkinOpensAt?, checkinClosesAt?, photoRequired?,
 * expectedUserIds?}. → 201 ActivityView; the same clientId again → 200 the same activity. 403 for other
 * members, 409 COBUILDING_CLOSED, 422 VALIDATION_FAILED with field errors.
 */
function createActivity(cobuildingId, body) {
  return request({ method: 'POST', path: `/api/mp/cobuildings/${seg(cobuildingId)}/activities`, data: body })
}

/** Any of the create fields but clientId. → ActivityView; 409 once ENDED or CANCELLED. */
function updateActivity(id, changes) {
  return request({ method: 'PATCH', path: one(id), data: changes })
}

/** → ActivityView with status CANCELLED and the reason. */
function cancelActivity(id, reason) {
  return request({ method: 'POST', path: `${one(id)}/cancel`, data: { reason } })
}

/**
 * The caller's co-buildings' activities. when: UPCOMING | PAST. → {items: [ActivitySummary {id, type, title,
 * startAt, endAt, placeName, status, cobuildingNames, checkedInCount, expectedCount, checkedIn}], page, size, total}.
 */
function listActivities({ when, cobuildingId, page, size } = {}) {
  return request({ method: 'GET', path: BASE, data: query({ when, cobuildingId, page, size }) })
}

/** ActivityView {…, place, checkinOpensAt, checkinClosesAt, photoRequired, myCheckin, expectedOfMe, canManage}; 404 if not visible. */
function getActivity(id) {
  return request({ method: 'GET', path: one(id) })
}

/**
 * body: {clientId, method: LOCATION | ROTATING_CODE | MINIPROGRAM_CODE, location?: {latitude, longitude,
 * accuracy}, code?, photoMediaIds?}. → 201 CheckinView; any retry by the same person → 200 the original.
 * 403 NOT_EXPECTED, 409 CHECKIN_CLOSED / ACTIVITY_CANCELLED, 422 on photoMediaIds.
 */
function checkIn(activityId, body) {
  return request({ method: 'POST', path: `${one(activityId)}/checkins`, data: body })
}

/** Organisers: → {code: '6 digits', validUntil, periodSeconds}. */
function getRotatingCode(activityId) {
  return request({ method: 'GET', path: `${one(activityId)}/rotating-code` })
}

/** The activity's mini-program code as a PNG in a temporary file: → its path (for <image> and the album). */
function downloadWxacode(activityId) {
  return download({ path: `${one(activityId)}/wxacode` })
}

/**
 * Organisers. status: ALL | ATTENDED | LATE | FLAGGED | ABSENT. → {counts: {expected, attended, late, flagged,
 * absent}, items: [{userId, displayName, avatarUrl, status: ATTENDED | LATE | ABSENT, checkin}], page, size, total}.
 */
function getAttendance(activityId, { status, page, size } = {}) {
  return request({ method: 'GET', path: `${one(activityId)}/attendance`, data: query({ status, page, size }) })
}

/** decision: CONFIRMED | OVERRULED, with an optional note. → the CheckinView with its review. */
function reviewCheckin(activityId, checkinId, { decision, note }) {
  return request({
    method: 'POST',
    path: `${one(activityId)}/checkins/${seg(checkinId)}/review`,
    data: query({ decision, note }),
  })
}

/** 补签: an organiser checks an absent member in, with a reason. → 201 CheckinView (200 on a retry). */
function checkInOnBehalf(activityId, { clientId, userId, reason }) {
  return request({ method: 'POST', path: `${one(activityId)}/checkins/on-behalf`, data: { clientId, userId, reason } })
}

module.exports = {
  createActivity,
  updateActivity,
  cancelActivity,
  listActivities,
  getActivity,
  checkIn,
  getRotatingCode,
  downloadWxacode,
  getAttendance,
  reviewCheckin,
  checkInOnBehalf,
}
