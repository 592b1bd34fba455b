// How chat messages look: the view of one message (bubble, card or tombstone), time
// separators, list previews and unread badges. Pure, so pages and components stay thin.
const { formatChatTime } = require('./format')
const { assetUrl } = require('./asset-url')

const RECALL_WINDOW_MS = 2 * 60 * 1000 // the server refuses recalls after this
const SEPARATOR_GAP_MS = 5 * 60 * 1000
const KNOWN_CARDS = ['ACTIVITY', 'CHECKIN', 'PROGRESS', 'BRIEFING', 'ANSWER', 'SYSTEM']
const CARD_LABELS = { ACTIVITY: '活动', CHECKIN: '签到', PROGRESS: '进展', BRIEFING: '政策解读', ANSWER: '问政策', SYSTEM: '通知' }

const senderOf = (m) => m.sender || { type: 'SYSTEM', id: null, displayName: '' }

function isMine(message, myId) {
  const sender = senderOf(message)
  return Boolean(myId) && sender.type === 'MEMBER' && String(sender.id) === String(myId)
}

/** Own, not recalled, and young enough for the server to accept a recall. */
function canRecall(message, myId, now = Date.now()) {
  const age = now - Date.parse(message.createdAt)
  return isMine(message, myId) && !message.recalled && age >= 0 && age <= RECALL_WINDOW_MS
}

// A message the bureau took down says so: naming its sender would blame them for the recall.
function recallNotice(message, mine) {
  if (message.recalledBy === 'BUREAU') return '该消息已被管理员撤回'
  return mine ? '你撤回了一条消息' : `${senderOf(message).displayName || '对方'} 撤回了一条消息`
}

// Text withheld by the content check: what stands in its place.
function withheldNote(message) {
  // An image WeChat's check judged risky comes without links (hidden everywhere): the sender sees why.
  if (message.type === 'IMAGE' && message.contentCheck === 'BLOCKED') return '图片未通过安全检测'
  if (message.contentCheck === 'BLOCKED') return '该消息未通过内容审核'
  if (message.contentCheck === 'PENDING' && message.text === null) return '消息审核中'
  return ''
}

/**
 * A plaque decision that orders a rectification (a SYSTEM card {kind: 'PLAQUE', decision: 'RECTIFY', title, text,
 * deadline, note, cobuildingId}): the card where the pioneer and unit liaisons start the report.
 */
function asksRectification(message) {
  const payload = message && !message.recalled && message.type === 'CARD' ? message.payload : null
  return Boolean(payload) && payload.kind === 'PLAQUE' && payload.decision === 'RECTIFY'
}

/**
 * What the chat shows for a server message:
 * - kind 'tombstone': {notice}
 * - kind 'card': {cardType (an unknown one becomes 'SYSTEM', the generic card), payload, messageId (what a card's
 *   own action names, e.g. forwarding an ANSWER), canRectify (a RECTIFY plaque card offers the report)}
 * - kind 'bubble': {mine, name, avatarUrl, initial, isBureau, text, imageUrl, note, checking}
 * reader: what the room knows of the one reading — {rectifies: the server lets them report on the rectification now}.
 */
function messageView(message, myId, reader = {}) {
  const sender = senderOf(message)
  const mine = isMine(message, myId)
  const base = { key: `m${message.seq}`, seq: message.seq, createdAt: message.createdAt, mine }
  if (message.recalled) return { ...base, kind: 'tombstone', notice: recallNotice(message, mine) }
  if (message.type === 'CARD' || sender.type === 'SYSTEM') {
    const cardType = KNOWN_CARDS.indexOf(message.cardType) >= 0 ? message.cardType : 'SYSTEM'
    // A plain system text has no payload: show its text in the system card.
    const payload = message.payload || { title: '', text: message.text || '' }
    const canRectify = Boolean(reader.rectifies) && asksRectification(message)
    return { ...base, kind: 'card', cardType, payload, messageId: message.id ? String(message.id) : '', canRectify }
  }
  const name = sender.displayName || ''
  const image = imageOf(message)
  const note = withheldNote(message)
  return {
    ...base,
    kind: 'bubble',
    name,
    avatarUrl: assetUrl(sender.avatarUrl),
    initial: name.slice(0, 1) || '?',
    isBureau: sender.type === 'ADMIN',
    text: image ? '' : message.text || (message.type === 'IMAGE' && !note ? '[图片]' : ''),
    // Server files come as signed paths (/api/media/1/thumb?exp&sig); <image> needs them absolute.
    imageUrl: image ? assetUrl(image.thumbUrl || image.url) : '',
    imageStyle: image ? imageBox(image.width, image.height) : '',
    note,
    checking: mine && message.contentCheck === 'PENDING' && message.text !== null,
    state: 'sent',
  }
}

/** An IMAGE message's links (MediaLinks) when it has them: a hidden image comes as image: null. */
function imageOf(message) {
  const image = message.type === 'IMAGE' ? message.image : null
  return image && (image.thumbUrl || image.url) ? image : null
}

/** The original of an IMAGE message, absolute, for the viewer; '' without one. */
function originalUrl(message) {
  const image = imageOf(message)
  return image ? assetUrl(image.url || image.thumbUrl) : ''
}

// A bubble the size of the photo's shape (at most 320 × 420 rpx), so the list does not jump when it loads.
const IMAGE_BOX_RPX = { width: 320, height: 420 }
function imageBox(width, height) {
  if (!(width > 0 && height > 0)) return `width: ${IMAGE_BOX_RPX.width}rpx; height: ${IMAGE_BOX_RPX.width}rpx;`
  const scale = Math.min(IMAGE_BOX_RPX.width / width, IMAGE_BOX_RPX.height / height)
  const w = Math.max(Math.round(width * scale), 120)
  const h = Math.max(Math.round(height * scale), 120)
  return `width: ${w}rpx; height: ${h}rpx;`
}

/**
 * A message of mine the server has not stored yet: state 'sending' or 'failed', and for a photo also
 * 'uploading' with its progress (0–100). A photo shows from the phone's own file until the server's arrives.
 */
function pendingView({ clientMsgId, text, type, localPath, width, height, progress, state, createdAt }) {
  const image = type === 'IMAGE'
  return {
    key: `c${clientMsgId}`,
    clientMsgId,
    seq: null,
    createdAt,
    mine: true,
    kind: 'bubble',
    name: '',
    text: image ? '' : text,
    imageUrl: image ? localPath || '' : '',
    imageStyle: image ? imageBox(width, height) : '', // the phone's file of its shape; unknown (kept over a restart): square
    progress: image && state === 'uploading' ? progress || 0 : null,
    note: '',
    checking: false,
    state,
  }
}

/** Sets timeLabel on the first view and on every one more than 5 minutes after the one before. */
function withTimeSeparators(views, now = Date.now()) {
  let previous = NaN
  return views.map((view) => {
    const at = Date.parse(view.createdAt)
    const gap = Number.isNaN(previous) || at - previous > SEPARATOR_GAP_MS
    if (!Number.isNaN(at)) previous = at
    return { ...view, timeLabel: gap ? formatChatTime(view.createdAt, now) : '' }
  })
}

/** Messages by seq, ascending; a later copy of a seq (an update, a recall) replaces the earlier. */
function mergeMessages(list, incoming) {
  const bySeq = new Map(list.map((m) => [m.seq, m]))
  incoming.forEach((m) => bySeq.set(m.seq, m))
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq)
}

/** One line for the conversation list, computed from a message that arrived live. */
function previewOf(message, myId) {
  if (message.recalled) return recallNotice(message, isMine(message, myId))
  if (message.type === 'CARD') {
    const title = (message.payload && message.payload.title) || ''
    return `[${CARD_LABELS[message.cardType] || '消息'}] ${title}`.trim()
  }
  if (message.type === 'IMAGE') return '[图片]'
  return message.text || withheldNote(message) || ''
}

/** The unread count as a badge: '' for none, '99+' past 99. */
function badgeText(count) {
  if (!count || count < 0) return ''
  return count > 99 ? '99+' : String(count)
}

module.exports = {
  isMine,
  asksRectification,
  canRecall,
  messageView,
  pendingView,
  originalUrl,
  withTimeSeparators,
  mergeMessages,
  previewOf,
  badgeText,
  RECALL_WINDOW_MS,
}
