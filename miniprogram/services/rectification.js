// 限期整改 of a co-building (after an evaluation's RECTIFY verdict): the member's view of it and the report the
// pioneer or a unit liaison sends before the deadline. One function per endpoint; ids are strings, dates
// 2027-05-31, times ISO-8601 with offset.
const { request } = require('./http')
const { seg } = require('./path')

const rectification = (cobuildingId) => `/api/mp/cobuildings/${seg(cobuildingId)}/rectification`

/**
 * Any active member: the open rectification, or the latest one. → RectificationView {id, cobuildingId,
 * cobuildingName, occasion ("2027年3月集中评估"), orderNote, orderedAt, deadline, status: OPEN | SUBMITTED | PASSED |
 * FAILED, overdue (the deadline passed without a report, flagged by the nightly job) and overdueAt, report: null |
 * {text, photos: [MediaLinks {id, contentType, url, thumbUrl, width, height}], submittedBy: {id, displayName},
 * submittedAt}, review: null | {passed, comment, reviewedBy: {displayName}, reviewedAt}, canSubmit (the reader may
 * send, or send again, a report now: the server's word, from the role, the status and the deadline)}.
 * 404 RECTIFICATION_NOT_FOUND when the co-building never had one, 404 for a non-member.
 */
function getRectification(cobuildingId) {
  return request({ method: 'GET', path: rectification(cobuildingId) })
}

/**
 * Pioneer or unit liaison, while OPEN or SUBMITTED (a new report replaces the last) and until the end of the deadline
 * day (Shanghai). body: {text (1..2000), mediaIds (0..9 own RECTIFICATION uploads), clientId (≤ 64)} — the clientId
 * of the report stored answers that report again. → RectificationView. 409 RECTIFICATION_DEADLINE_PASSED after the
 * deadline, 409 RECTIFICATION_CLOSED once reviewed, 404 RECTIFICATION_NOT_FOUND, 403 for another member,
 * 422 CONTENT_RISKY or errors.text / errors.mediaIds, 503 WX_UNAVAILABLE while WeChat cannot check the text.
 */
function submitRectificationReport(cobuildingId, { text, mediaIds, clientId } = {}) {
  return request({ method: 'PUT', path: `${rectification(cobuildingId)}/report`, data: { text, mediaIds, clientId } })
}

module.exports = { getRectification, submitRectificationReport }
