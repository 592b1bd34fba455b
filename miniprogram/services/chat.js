// Conversations and messages. One function per endpoint; sending is always HTTP, never the socket.
const { request } = require('./http')
const { seg, query } = require('./path')

const BASE = '/api/mp/conversations'
const one = (id) => `${BASE}/${seg(id)}`

/**
 * {items: [{id, type: GROUP|DIRECT, title, cobuildingId, peer, lastMessage: {seq, preview, createdAt},
 * unread, maxSeq, lastReadSeq, writable, memberCount, announcement}], page, size, total}, latest activity
 * first. memberCount: a group's current members, 2 for a one-to-one; announcement: a group's 群公告 or null.
 */
function listConversations({ page, size } = {}) {
  return request({ method: 'GET', path: BASE, data: query({ page, size }) })
}

/** One conversation as a list line: {id, type, title, peer, writable, unread, maxSeq, lastReadSeq, memberCount, announcement, …}; 404 if not mine. */
function getConversation(id) {
  return request({ method: 'GET', path: one(id) })
}

/** Messages after `afterSeq`, ascending: {items, hasMore}. */
function syncMessages(conversationId, afterSeq, limit = 50) {
  return request({ method: 'GET', path: `${one(conversationId)}/messages`, data: { afterSeq, limit } })
}

/** The `limit` messages before `beforeSeq`, ascending: {items, hasMore}. Without beforeSeq: the latest ones. */
function historyMessages(conversationId, beforeSeq, limit = 30) {
  return request({ method: 'GET', path: `${one(conversationId)}/messages`, data: query({ beforeSeq, limit }) })
}

/** → the Message (201; a retry with the same clientMsgId answers 200 with the same message). */
function sendText(conversationId, { clientMsgId, text }) {
  return request({
    method: 'POST',
    path: `${one(conversationId)}/messages`,
    data: { clientMsgId, type: 'TEXT', text },
  })
}

/**
 * An uploaded photo (POST /api/mp/media, purpose CHAT) as a message: {clientMsgId, type: 'IMAGE', mediaId}, no text.
 * → the Message with `image` (signed links); same retry rule as sendText. 422 when the media is not my own image.
 */
function sendImage(conversationId, { clientMsgId, mediaId }) {
  return request({
    method: 'POST',
    path: `${one(conversationId)}/messages`,
    data: { clientMsgId, type: 'IMAGE', mediaId: String(mediaId) },
  })
}

/** Marks everything up to `seq` read. → null (204). */
function markRead(conversationId, seq) {
  return request({ method: 'POST', path: `${one(conversationId)}/read`, data: { seq } })
}

/** Own message within 2 minutes. → the recalled Message; 409 RECALL_WINDOW_PASSED / 403 otherwise. */
function recallMessage(conversationId, seq) {
  return request({ method: 'POST', path: `${one(conversationId)}/messages/${seg(seq)}/recall` })
}

/**
 * A one-to-one conversation, found or created: {cobuildingId} with that co-building's bureau
 * liaison, or {userId} with a member of a shared co-building. → the conversation view (201 new,
 * 200 existing); 409 NO_BUREAU_LIAISON, 404, 422 for oneself.
 */
function openDirect({ cobuildingId, userId }) {
  return request({ method: 'POST', path: `${BASE}/direct`, data: query({ cobuildingId, userId }) })
}

module.exports = {
  listConversations,
  getConversation,
  syncMessages,
  historyMessages,
  sendText,
  sendImage,
  markRead,
  recallMessage,
  openDirect,
}
