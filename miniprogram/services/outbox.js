// What the person typed and has not got onto the server yet: each conversation's half-typed
// draft and its messages still being sent or failed. Kept in wx storage, one entry per
// conversation and signed-in user, so leaving the room, a dropped connection or a restart of the
// app loses nothing. A pending message keeps its clientMsgId: sending it again is safe, since
// the server answers a repeated clientMsgId with the message it already stored.
const chat = require('./chat')

const PREFIX = 'chat.outbox'
const USER_KEY = 'user' // services/auth.js keeps the signed-in user there

// Per user: a phone handed on to a colleague must not show them the first person's drafts.
function owner() {
  const user = wx.getStorageSync(USER_KEY)
  return (user && user.id) || ''
}

const isImage = (pending) => pending.type === 'IMAGE'

const indexKey = () => `${PREFIX}.${owner()}`
const entryKey = (conversationId) => `${PREFIX}.${owner()}.${conversationId}`

function readStorage(key, fallback) {
  try {
    const value = wx.getStorageSync(key)
    return value || fallback
  } catch (e) {
    return fallback
  }
}

function writeStorage(key, value) {
  try {
    if (value === null) wx.removeStorageSync(key)
    else wx.setStorageSync(key, value)
  } catch (e) {
    // Storage full or unavailable: the page still holds it for as long as it is open.
    console.error('outbox write failed', e && e.errMsg)
  }
}

/** The conversations that have something kept. */
function conversations() {
  const list = readStorage(indexKey(), [])
  return Array.isArray(list) ? list : []
}

/**
 * {draft, pending: [...]} of one conversation. A pending text is {clientMsgId, text, createdAt}; a pending image
 * {clientMsgId, type: 'IMAGE', localPath, size, mediaId (null until its upload finished), createdAt}.
 */
function read(conversationId) {
  const entry = readStorage(entryKey(conversationId), {})
  return {
    draft: typeof entry.draft === 'string' ? entry.draft : '',
    pending: Array.isArray(entry.pending) ? entry.pending : [],
  }
}

function write(conversationId, entry) {
  const empty = !entry.draft && !entry.pending.length
  writeStorage(entryKey(conversationId), empty ? null : entry)
  const list = conversations()
  const listed = list.indexOf(conversationId) >= 0
  if (empty && listed) {
    const rest = list.filter((id) => id !== conversationId)
    writeStorage(indexKey(), rest.length ? rest : null)
  }
  else if (!empty && !listed) writeStorage(indexKey(), [...list, conversationId])
}

function saveDraft(conversationId, draft) {
  const entry = read(conversationId)
  if (entry.draft === draft) return
  write(conversationId, { ...entry, draft })
}

/** Replaces the conversation's pending messages; only what is needed to send them again is kept. */
function savePending(conversationId, pending) {
  const kept = pending.map((p) =>
    isImage(p)
      ? {
          clientMsgId: p.clientMsgId,
          type: 'IMAGE',
          localPath: p.localPath,
          size: p.size || 0,
          mediaId: p.mediaId || null,
          createdAt: p.createdAt,
        }
      : { clientMsgId: p.clientMsgId, text: p.text, createdAt: p.createdAt },
  )
  write(conversationId, { ...read(conversationId), pending: kept })
}

function draftOf(conversationId) {
  return read(conversationId).draft
}

/** Sends one kept message as what it is; an image goes by the upload it already has. */
function sendKept(conversationId, message) {
  if (isImage(message)) return chat.sendImage(conversationId, { clientMsgId: message.clientMsgId, mediaId: message.mediaId })
  return chat.sendText(conversationId, { clientMsgId: message.clientMsgId, text: message.text })
}

// Network failures and server faults may pass: the same clientMsgId can be sent again safely.
const retryable = (err) => !err || !err.status || err.status >= 500

/**
 * Sends the kept messages (texts, and photos already uploaded) of every conversation `skip` does not exclude (a room that is open
 * sends its own), oldest first. A refused one (risky content, a closed conversation) would be
 * refused again: it leaves the outbox and its text becomes the draft, unless one is being typed.
 * A network failure stops that conversation until the next try.
 */
async function resendAll({ skip = () => false } = {}) {
  for (const conversationId of conversations()) {
    if (!skip(conversationId)) await resend(conversationId)
  }
}

async function resend(conversationId) {
  const { pending } = read(conversationId)
  for (const message of pending) {
    // A photo whose upload never finished needs its room (the file is uploaded from there): it waits, the rest goes.
    if (isImage(message) && !message.mediaId) continue
    try {
      await sendKept(conversationId, message)
    } catch (err) {
      if (retryable(err)) return
      const entry = read(conversationId)
      if (!entry.draft && !isImage(message)) write(conversationId, { ...entry, draft: message.text })
    }
    const entry = read(conversationId)
    write(conversationId, { ...entry, pending: entry.pending.filter((p) => p.clientMsgId !== message.clientMsgId) })
  }
}

module.exports = { read, saveDraft, savePending, draftOf, conversations, resendAll }
