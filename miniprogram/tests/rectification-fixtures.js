// Server answers of the rectification (限期整改) feature, shaped as services/rectification.js documents them.
// Deadlines are relative to today in Shanghai, so the days left do not depend on when the tests run.
const { addDays, todayInShanghai } = require('../utils/format')
const { mediaLinks, message, SYSTEM } = require('./fixtures')

/** 'YYYY-MM-DD' `n` days from today (Shanghai); negative for the past. */
const inDays = (n) => addDays(todayInShanghai(), n)

function rectificationView(overrides = {}) {
  return {
    id: '31',
    cobuildingId: '9',
    occasion: '2027年3月集中评估',
    sourceRef: 'round:12',
    orderedAt: '2027-03-20T10:00:00+08:00',
    deadline: inDays(10),
    status: 'OPEN',
    overdueAt: null,
    reportText: null,
    photos: [],
    submittedBy: null,
    submittedAt: null,
    reviewComment: null,
    reviewedAt: null,
    ...overrides,
  }
}

/** The same rectification once a report was sent. */
function submittedView(overrides = {}) {
  return rectificationView({
    status: 'SUBMITTED',
    reportText: '活动室已按“八有”标准整改完毕',
    photos: [mediaLinks('81'), mediaLinks('82')],
    submittedBy: { userId: '100', displayName: '林先锋' },
    submittedAt: '2027-04-02T15:30:00+08:00',
    ...overrides,
  })
}

/** The payload of a plaque decision's SYSTEM card (chat/StatusCards on the server). */
function plaque(decision, overrides = {}) {
  return {
    kind: 'PLAQUE',
    title: '2027年3月集中评估结果',
    text: decision === 'RECTIFY' ? '限期整改，截止 2027-05-31' : '授予牌匾',
    decision,
    deadline: decision === 'RECTIFY' ? '2027-05-31' : null,
    note: null,
    cobuildingId: '9',
    ...overrides,
  }
}

/** A plaque decision as the group chat delivers it. */
const plaqueMessage = (seq, decision, overrides = {}) =>
  message(seq, { sender: SYSTEM, type: 'CARD', cardType: 'SYSTEM', text: null, payload: plaque(decision, overrides) })

module.exports = { inDays, rectificationView, submittedView, plaque, plaqueMessage }
