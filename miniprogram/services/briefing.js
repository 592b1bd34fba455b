// Policy briefings (政策解读) the bureau publishes to the member's co-buildings: the list, one briefing (reading it
// records the read receipt on the server), the member's intent to apply (意向申报), and an attachment's file.
// Ids are strings; applyDeadline a date (2026-12-15), publishedAt/correctedAt ISO times with offset.
const { request, download } = require('./http')
const { seg, query } = require('./path')

const BASE = '/api/mp/briefings'
const one = (id) => `${BASE}/${seg(id)}`

/**
 * query: {category, q, page, size}; only the filters given are sent. → {items: [BriefingSummary {id, category, title,
 * summary, applyDeadline, publishedAt, read, intended}], page, size, total}: deadlines within 14 days first, then
 * newest first. Only briefings targeted at the caller.
 */
function listBriefings({ category, q, page, size } = {}) {
  return request({ method: 'GET', path: BASE, data: query({ category, q: q || undefined, page, size }) })
}

/**
 * → BriefingView {id, version, category, title, summary, bodyHtml (sanitised by the server), attachments: [{id, name,
 * contentType, size, url}], applyDeadline, publishedAt, correctedAt, changeNote, read: true, intended}. Records the
 * read receipt (idempotent). 404 when it is not targeted at the caller (or unpublished).
 */
function getBriefing(id) {
  return request({ method: 'GET', path: one(id) })
}

/** 意向申报. → {intended: true}; idempotent, so a retry after a lost answer is harmless. */
function setIntent(id) {
  return request({ method: 'PUT', path: `${one(id)}/intent` })
}

/** Withdraws the intent. → {intended: false}; idempotent. */
function clearIntent(id) {
  return request({ method: 'DELETE', path: `${one(id)}/intent` })
}

/**
 * An attachment of a BriefingView ({url}: a signed media link, the signature is the permission) downloaded into a
 * temporary file wx.openDocument can show. Resolves with its path; rejects with ApiError.
 */
function downloadAttachment(attachment) {
  const url = attachment && attachment.url
  if (!url || typeof url !== 'string') return Promise.reject(new TypeError('attachment without url'))
  return download({ path: url, auth: false })
}

module.exports = { listBriefings, getBriefing, setIntent, clearIntent, downloadAttachment }
