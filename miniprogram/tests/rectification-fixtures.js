// Server answers of the rectification (限期整改) feature, shaped as the server's RectificationView and the PLAQUE
// SYSTEM card (docs/api/openapi.json, chat/StatusCards).
// Deadlines are relative to today in Shanghai, so the days left do not depend on when the tests run.
const { addDays, todayInShanghai } = require('../utils/format')
const { mediaLinks, message, SYSTEM } = require('./fixtures')

/** 'YYYY-MM-DD' `n` days from today (Shanghai); negative for the past. */
const inDays = (n) => addDays(todayInShanghai(), n)

/**
 * A RectificationView (server: cobuild/RectificationView) as the pioneer reads it. canSubmit, unless given, is what
 * the server answers a pioneer: open (OPEN or SUBMITTED) and the deadline not yet past in Shanghai.
 */
function rectificationView(overrides = {}) {
  const view = {
    id: '31',
    cobuildingId: '9',
    cobuildingName: '城东科技党建先锋号',
    occasion: '2027年3月集中评估',
    orderNote: null,
    orderedAt: '2027-03-20T10:00:00+08:00',
    deadline: inDays(10),
    status: 'OPEN',
    overdue: false,
    overdueAt: null,
    report: null,
    review: null,
    ...overrides,
  }
  const open = view.status === 'OPEN' || view.status === 'SUBMITTED'
  const canSubmit = 'canSubmit' in overrides ? overrides.canSubmit : open && view.deadline >= inDays(0)
  return { ...view, canSubmit }
}

/** A report as the view carries it. */
function report(overrides = {}) {
  return {
    text: '活动室已按“八有”标准整改完毕',
    photos: [mediaLinks('81'), mediaLinks('82')],
    submittedBy: { id: '100', displayName: '林先锋' },
    submittedAt: '2027-04-02T15:30:00+08:00',
    ...overrides,
  }
}

/** The bureau's re-check as a member sees it: who reviewed by name only. */
function review(passed, overrides = {}) {
  return {
    passed,
    comment: null,
    reviewedBy: { displayName: '张联络' },
    reviewedAt: '2027-04-10T09:00:00+08:00',
    ...overrides,
  }
}

/** The same rectification once a report was sent; `reportOverrides` change the report itself. */
function submittedView(overrides = {}, reportOverrides = {}) {
  return rectificationView({ status: 'SUBMITTED', report: report(reportOverrides), ...overrides })
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

module.exports = { inDays, rectificationView, submittedView, report, review, plaque, plaqueMessage }
