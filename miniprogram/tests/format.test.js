const { formatDate, formatDateTime, todayInShanghai, addDays, label, tone } = require('../utils/format')

describe('dates are shown in Asia/Shanghai whatever the input offset', () => {
  test('an instant late on a UTC day is the next day in Shanghai', () => {
    expect(formatDate('2025-02-28T17:30:00Z')).toBe('2025-03-01')
    expect(formatDateTime('2025-02-28T17:30:00Z')).toBe('2025-03-01 01:30')
  })

  test('+08:00 input keeps its wall-clock time', () => {
    expect(formatDateTime('2025-12-31T23:59:00+08:00')).toBe('2025-12-31 23:59')
  })

  test('a date without time stays that date', () => {
    expect(formatDate('2025-09-01')).toBe('2025-09-01')
  })

  test('missing or unreadable values give an empty string', () => {
    expect(formatDate(null)).toBe('')
    expect(formatDateTime('not a date')).toBe('')
  })

  test('today follows the Shanghai calendar', () => {
    expect(todayInShanghai(Date.parse('2026-03-09T16:00:00Z'))).toBe('2026-03-10')
    expect(todayInShanghai(Date.parse('2026-03-09T15:59:59Z'))).toBe('2026-03-09')
  })

  test('addDays crosses months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
  })
})

describe('labels', () => {
  test.each([
    ['unitType', 'INSTITUTE', '科研院所'],
    ['mode', 'JOINT', '联合申报'],
    ['applicationStatus', 'SUBMITTED', '审核中'],
    ['applicationStatus', 'REJECTED', '未通过'],
    ['goalCategory', 'TALENT', '输出引进一名高层次人才'],
    ['cobuildingStatus', 'RECTIFYING', '整改中'],
    ['memberRole', 'UNIT_LIAISON', '共建联络员'],
    ['unitRole', 'LEAD', '牵头单位'],
  ])('%s %s is %s', (kind, value, text) => {
    expect(label(kind, value)).toBe(text)
  })

  test('unknown values show as themselves, empty ones as nothing', () => {
    expect(label('memberRole', 'OBSERVER')).toBe('OBSERVER')
    expect(label('memberRole', null)).toBe('')
  })

  test('tones tell success from danger', () => {
    expect(tone('applicationStatus', 'APPROVED')).toBe('success')
    expect(tone('cobuildingStatus', 'DELISTED')).toBe('danger')
    expect(tone('cobuildingStatus', 'SOMETHING_NEW')).toBe('muted')
  })
})

describe('relative times for conversations and chat', () => {
  const { formatRelative, formatChatTime } = require('../utils/format')
  const NOW = Date.parse('2026-03-10T15:00:00+08:00')

  test('the list says how long ago, then the clock, then the day', () => {
    expect(formatRelative('2026-03-10T14:59:30+08:00', NOW)).toBe('刚刚')
    expect(formatRelative('2026-03-10T14:35:00+08:00', NOW)).toBe('25分钟前')
    expect(formatRelative('2026-03-10T08:05:00+08:00', NOW)).toBe('08:05')
    expect(formatRelative('2026-03-09T23:59:00+08:00', NOW)).toBe('昨天')
    expect(formatRelative('2026-03-08T10:00:00+08:00', NOW)).toBe('03-08')
    expect(formatRelative('2025-12-31T10:00:00+08:00', NOW)).toBe('2025-12-31')
    expect(formatRelative(null, NOW)).toBe('')
  })

  test('days follow Shanghai, not UTC', () => {
    // 2026-03-09T16:30Z is already 00:30 on the 10th in Shanghai.
    expect(formatRelative('2026-03-09T16:30:00Z', NOW)).toBe('00:30')
  })

  test('chat separators always carry the clock time', () => {
    expect(formatChatTime('2026-03-10T09:07:00+08:00', NOW)).toBe('09:07')
    expect(formatChatTime('2026-03-09T21:00:00+08:00', NOW)).toBe('昨天 21:00')
    expect(formatChatTime('2026-01-02T08:00:00+08:00', NOW)).toBe('01-02 08:00')
    expect(formatChatTime('2024-06-01T08:00:00+08:00', NOW)).toBe('2024-06-01 08:00')
  })
})
