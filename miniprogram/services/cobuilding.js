// Co-buildings (先锋号) the user belongs to, joining by invitation, and the pioneer's
// invitation and member management. One function per endpoint.
const { request } = require('./http')
const { seg, query } = require('./path')

const BASE = '/api/mp/cobuildings'
const one = (id) => `${BASE}/${seg(id)}`

/** {items: [{id, name, status, role, unitName}], page, size, total}. */
function listCobuildings({ page, size } = {}) {
  return request({ method: 'GET', path: BASE, data: query({ page, size }) })
}

/**
 * {id, name, status, plaqueDate, publicId, myRole, writable, units, memberGroups, bureauLiaison, announcement};
 * 404 if not a member.
 */
function getCobuilding(id) {
  return request({ method: 'GET', path: one(id) })
}

/** → {cobuildingId, cobuildingName, role, unitId, unitName, alreadyMember}. `code` must already be normalised. */
function joinByCode(code) {
  return request({ method: 'POST', path: '/api/mp/invitations/join', data: { code } })
}

/**
 * What a code admits to, before joining: {cobuildingName, leadUnitName, memberCount, pioneerName}. Same
 * problems (and attempt limit) as joinByCode for an unusable code. `code` must already be normalised.
 */
function previewInvitation(code) {
  return request({ method: 'GET', path: `/api/mp/invitations/${seg(code)}/preview` })
}

/**
 * Pioneer only. → 201 {id, code, role, unitId, unitName, expiresAt, maxUses, uses, revoked, usable}; 200 with the
 * same invitation when a retry carries the same `clientId`.
 */
function createInvitation(cobuildingId, { clientId, role, unitId, validDays, maxUses }) {
  return request({
    method: 'POST',
    path: `${one(cobuildingId)}/invitations`,
    data: { clientId, role, unitId, validDays, maxUses },
  })
}

function listInvitations(cobuildingId, { page, size } = {}) {
  return request({ method: 'GET', path: `${one(cobuildingId)}/invitations`, data: query({ page, size }) })
}

function revokeInvitation(cobuildingId, invitationId) {
  return request({ method: 'DELETE', path: `${one(cobuildingId)}/invitations/${seg(invitationId)}` })
}

/** → {image: 'data:image/png;base64,…', scene: 'inv=<CODE>', page}. */
function getInvitationWxacode(cobuildingId, invitationId) {
  return request({ method: 'GET', path: `${one(cobuildingId)}/invitations/${seg(invitationId)}/wxacode` })
}

function removeMember(cobuildingId, userId) {
  return request({ method: 'DELETE', path: `${one(cobuildingId)}/members/${seg(userId)}` })
}

/** Hands a partner unit's liaison role to another member of that unit. → the co-building view. */
function setUnitLiaison(cobuildingId, unitId, userId) {
  return request({ method: 'PUT', path: `${one(cobuildingId)}/units/${seg(unitId)}/liaison`, data: { userId } })
}

/**
 * Pioneer of an open co-building only: the 群公告 from now on ("" clears it), at most 500 characters.
 * → {announcement (null once cleared), updatedAt}. 422 CONTENT_RISKY when WeChat's check refuses it, 503 while
 * WeChat cannot check, 403 for another member, 409 COBUILDING_CLOSED.
 */
function setAnnouncement(cobuildingId, text) {
  return request({ method: 'PUT', path: `${one(cobuildingId)}/announcement`, data: { text } })
}

module.exports = {
  listCobuildings,
  getCobuilding,
  joinByCode,
  previewInvitation,
  createInvitation,
  listInvitations,
  revokeInvitation,
  getInvitationWxacode,
  removeMember,
  setUnitLiaison,
  setAnnouncement,
}
