// utils/rectification.js: days left by the Shanghai calendar, the status shown (an open one past its deadline is
// 已逾期), when a report may still go, and the form's rules.
const r = require('../utils/rectification')
const { label } = require('../utils/format')

// 2027-05-30 23:30 in Shanghai (15:30 UTC): still the 30th there, whatever the phone's zone.
const NOW = Date.parse('2027-05-30T15:30:00Z')

test('days left count calendar days in Shanghai', () => {
  expect(r.daysLeft('2027-05-31', NOW)).toBe(1)
  expect(r.daysLeftText('2027-05-31', NOW)).toBe('还剩 1 天')
  expect(r.daysLeftText('2027-05-30', NOW)).toBe('今天截止')
  expect(r.daysLeftText('2027-05-27', NOW)).toBe('已超过截止日期 3 天')
  // Half an hour later it is the 31st in Shanghai.
  expect(r.daysLeftText('2027-05-31', NOW + 60 * 60 * 1000)).toBe('今天截止')
  expect(r.daysLeftText(null, NOW)).toBe('')
})

test('the countdown shows while a report may go and for a missing one, not for one sent in time or reviewed', () => {
  const open = { status: 'OPEN', deadline: '2027-06-02', overdue: false, overdueAt: null }
  expect(r.countdownText(open, NOW)).toBe('还剩 3 天')
  expect(r.countdownText({ ...open, status: 'SUBMITTED' }, NOW)).toBe('还剩 3 天')
  expect(r.countdownText({ ...open, deadline: '2027-05-28' }, NOW)).toBe('已超过截止日期 2 天')
  expect(r.countdownText({ ...open, status: 'SUBMITTED', deadline: '2027-05-28' }, NOW)).toBe('')
  expect(r.countdownText({ ...open, status: 'PASSED' }, NOW)).toBe('')
})

test('the status shown: an open one past its deadline, or flagged, is OVERDUE; others are the server’s', () => {
  const open = { status: 'OPEN', deadline: '2027-05-31', overdue: false, overdueAt: null }
  expect(r.shownStatus(open, NOW)).toBe('OPEN')
  expect(r.shownStatus({ ...open, deadline: '2027-05-29' }, NOW)).toBe('OVERDUE')
  expect(r.shownStatus({ ...open, overdue: true, overdueAt: '2027-05-30T00:10:00+08:00' }, NOW)).toBe('OVERDUE')
  // Sent in time, reviewed later: never overdue.
  expect(r.shownStatus({ ...open, status: 'SUBMITTED', deadline: '2027-05-29' }, NOW)).toBe('SUBMITTED')
  expect(r.shownStatus({ ...open, status: 'REOPENED' }, NOW)).toBe('REOPENED')
  expect(['OPEN', 'SUBMITTED', 'PASSED', 'FAILED', 'OVERDUE'].map((s) => label('rectificationStatus', s))).toEqual([
    '待提交',
    '已提交',
    '已通过',
    '未通过',
    '已逾期',
  ])
})

test('a report may go when the server says so: its canSubmit, whatever the calendar', () => {
  expect(r.acceptsReport({ status: 'OPEN', deadline: '2027-05-30', canSubmit: true })).toBe(true)
  expect(r.acceptsReport({ status: 'SUBMITTED', deadline: '2027-05-30', canSubmit: false })).toBe(false)
  expect(r.acceptsReport({ status: 'OPEN', deadline: '2027-05-30' })).toBe(false)
  expect(r.acceptsReport(null)).toBe(false)
})

test('the pioneer and unit liaisons report; members do not', () => {
  expect(['PIONEER', 'UNIT_LIAISON', 'MEMBER', undefined].map(r.mayReport)).toEqual([true, true, false, false])
})

test('the form: 1–2000 characters after trimming, at most nine photos, none still uploading or failed', () => {
  const ok = { text: ' 已整改 ', photoIds: [], uploading: false, photosFailed: false }
  expect(r.validateReport(ok)).toBeNull()
  expect(r.validateReport({ ...ok, text: ' \n ' })).toEqual({ text: '请填写整改情况' })
  expect(r.validateReport({ ...ok, text: `${'a'.repeat(2000)}  ` })).toBeNull()
  expect(r.validateReport({ ...ok, text: 'a'.repeat(2001) })).toEqual({ text: '整改情况不超过 2000 字（现 2001 字）' })
  expect(r.validateReport({ ...ok, photoIds: Array.from({ length: 9 }, (_, i) => String(i)) })).toBeNull()
  expect(r.validateReport({ ...ok, photoIds: Array.from({ length: 10 }, (_, i) => String(i)) })).toEqual({ photos: '照片最多 9 张' })
})

test('refusals: which reload the view and which may simply be tapped again', () => {
  expect(r.reportRefusal({ status: 409, code: 'RECTIFICATION_DEADLINE_PASSED' })).toMatchObject({ reload: true, retry: false })
  expect(r.reportRefusal({ status: 0, code: 'NETWORK_ERROR' })).toMatchObject({ reload: false, retry: true })
  expect(r.reportRefusal({ status: 503, code: 'WX_UNAVAILABLE' })).toMatchObject({ reload: false, retry: true })
  expect(r.reportRefusal({ status: 422, code: 'CONTENT_RISKY' })).toMatchObject({ reload: false, retry: false })
  // Reviewed meanwhile: nothing more can be sent, and the review is worth seeing.
  expect(r.reportRefusal({ status: 409, code: 'RECTIFICATION_CLOSED' })).toEqual({
    message: '整改已复核，不能再提交整改报告，已为你刷新',
    reload: true,
    retry: false,
  })
  // An unknown conflict: the server's title, and a fresh look at the rectification.
  expect(r.reportRefusal({ status: 409, code: 'SOMETHING_NEW', title: '状态冲突' })).toEqual({ message: '状态冲突', reload: true, retry: false })
})
