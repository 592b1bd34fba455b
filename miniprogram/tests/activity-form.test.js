// The activity form as data (packages/activity/form.js) and the shared activity helpers (utils/activity.js):
// what is refused before sending, the body sent, an activity turned back into the form, the scene of a
// mini-program code.
global.wx = require('./wx-mock').createWxMock().wx
const form = require('../packages/activity/form')
const { decodeScene, flagLabels, activityLabel, timeSpan, ACTIVITY_TYPES } = require('../utils/activity')

// 2026-03-10 10:00 in Shanghai.
const NOW = Date.parse('2026-03-10T10:00:00+08:00')

function filled(overrides = {}) {
  return {
    ...form.emptyForm(NOW),
    type: 'LECTURE',
    title: '  高企认定政策讲座 ',
    description: '主讲：科技局',
    place: { name: '闽江大学报告厅', address: '大学城', latitude: 26.07, longitude: 119.29 },
    ...overrides,
  }
}

describe('validate', () => {
  test('an empty form names each missing field in Chinese', () => {
    const errors = form.validate({ ...form.emptyForm(NOW) }, { now: NOW })
    expect(errors).toEqual({ type: '请选择活动类型', title: '请填写活动名称' })
  })

  test('the new form starts tomorrow 09:00–11:00 with the contract defaults', () => {
    const f = form.emptyForm(NOW)
    expect(f).toMatchObject({ startDate: '2026-03-11', startTime: '09:00', endDate: '2026-03-11', endTime: '11:00' })
    expect(f).toMatchObject({ radiusMeters: 200, opensBefore: 30, closes: 'END', expectedScope: 'ALL', photoRequired: false })
  })

  test('times: a start in the past (when creating) and an end not after the start are refused', () => {
    expect(form.validate(filled({ startDate: '2026-03-10', startTime: '09:00' }), { now: NOW }).start).toBe('开始时间须晚于现在')
    expect(form.validate(filled({ startDate: '2026-03-10', startTime: '09:00' }), { now: NOW, creating: false }).start).toBeUndefined()
    expect(form.validate(filled({ endTime: '09:00' }), { now: NOW }).end).toBe('结束时间须晚于开始时间')
    expect(form.validate(filled({ endDate: '2026-03-10' }), { now: NOW }).end).toBe('结束时间须晚于开始时间')
    expect(form.validate(filled({ endDate: '2026-03-18', endTime: '09:01' }), { now: NOW }).end).toBe('活动最长 7 天')
    expect(form.validate(filled({ endDate: '2026-03-18', endTime: '09:00' }), { now: NOW }).end).toBeUndefined()
  })

  test('lengths, the check-in window and chosen members', () => {
    expect(form.validate(filled({ title: '讲'.repeat(61) }), { now: NOW }).title).toBe('活动名称最多 60 个字')
    expect(form.validate(filled({ title: '讲'.repeat(60) }), { now: NOW }).title).toBeUndefined()
    expect(form.validate(filled({ description: '字'.repeat(2001) }), { now: NOW }).description).toBe('活动介绍最多 2000 个字')
    // closes 3 h after a 2 h activity's start: past its end.
    expect(form.validate(filled({ closes: 60, endTime: '09:30' }), { now: NOW }).window).toBe('签到截止不能晚于活动结束')
    expect(form.validate(filled({ expectedScope: 'LISTED' }), { now: NOW }).expected).toBe('请至少选择一名应到成员')
    expect(form.validate(filled({ expectedScope: 'LISTED', expectedUserIds: ['201'] }), { now: NOW })).toEqual({})
    expect(form.validate(filled({ radiusMeters: 10 }), { now: NOW }).place).toBe('签到范围须在 20–5000 米之间')
  })
})

describe('toPayload', () => {
  test('a create: Shanghai wall clock with offset, the place with its radius, the window, the members', () => {
    const body = form.toPayload(filled({ radiusMeters: 500, photoRequired: true, expectedScope: 'LISTED', expectedUserIds: ['201', '200'] }))
    expect(body).toEqual({
      type: 'LECTURE',
      title: '高企认定政策讲座',
      description: '主讲：科技局',
      startAt: '2026-03-11T09:00:00+08:00',
      endAt: '2026-03-11T11:00:00+08:00',
      place: { name: '闽江大学报告厅', latitude: 26.07, longitude: 119.29, radiusMeters: 500 },
      checkinOpensAt: '2026-03-11T00:30:00.000Z', // 08:30 in Shanghai
      checkinClosesAt: '2026-03-11T11:00:00+08:00',
      photoRequired: true,
      expectedUserIds: ['201', '200'],
    })
  })

  test('online (no place): place null, and an edit says online: true; all members send no list', () => {
    const body = form.toPayload(filled({ place: null, closes: 15, opensBefore: 0 }))
    expect(body.place).toBeNull()
    expect(body).not.toHaveProperty('online')
    expect(form.toPayload(filled({ place: null }), { creating: false }).online).toBe(true)
    expect(form.toPayload(filled({}), { creating: false })).not.toHaveProperty('online')
    expect(body.checkinOpensAt).toBe(new Date(Date.parse('2026-03-11T09:00:00+08:00')).toISOString())
    expect(body.checkinClosesAt).toBe(new Date(Date.parse('2026-03-11T09:15:00+08:00')).toISOString())
    expect(body).not.toHaveProperty('expectedUserIds')
  })

  test('an edit sends the member list only when it was chosen again', () => {
    const kept = { ...filled({ expectedScope: 'LISTED' }), expectedChanged: false }
    expect(form.toPayload(kept, { creating: false })).not.toHaveProperty('expectedUserIds')
    const chosen = { ...kept, expectedChanged: true, expectedUserIds: ['201'] }
    expect(form.toPayload(chosen, { creating: false }).expectedUserIds).toEqual(['201'])
    const everyone = { ...chosen, expectedScope: 'ALL' }
    expect(form.toPayload(everyone, { creating: false }).expectedUserIds).toEqual([])
  })
})

test('fromView turns an activity back into the form, window offsets to the nearest choice', () => {
  const f = form.fromView({
    type: 'SALON',
    title: '沙龙',
    description: null,
    startAt: '2026-03-12T06:30:00Z',
    endAt: '2026-03-12T08:00:00Z',
    place: { name: '会议室', latitude: 1, longitude: 2, radiusMeters: 1000 },
    checkinOpensAt: '2026-03-12T05:30:00Z',
    checkinClosesAt: '2026-03-12T07:00:00Z',
    photoRequired: true,
    expected: { scope: 'LISTED', count: 3 },
  })
  expect(f).toMatchObject({
    type: 'SALON',
    description: '',
    startDate: '2026-03-12',
    startTime: '14:30',
    endTime: '16:00',
    radiusMeters: 1000,
    opensBefore: 60,
    closes: 30,
    photoRequired: true,
    expectedScope: 'LISTED',
    expectedCount: 3,
    expectedChanged: false,
  })
  expect(f.place).toMatchObject({ name: '会议室', latitude: 1, longitude: 2 })
})

test('server field errors land on the form fields; others come back apart', () => {
  expect(form.serverErrors({ startAt: '开始时间无效', 'place.radiusMeters': '范围太大', 'expectedUserIds[0]': '不是成员', foo: '其他' })).toEqual({
    errors: { start: '开始时间无效', place: '范围太大', expected: '不是成员' },
    other: ['其他'],
  })
})

test('members may create every type but the bureau’s 送政策上门', () => {
  expect(form.MEMBER_TYPES.map((t) => t.label)).toEqual(['党组织活动', '业务分享会', '科研对接会', '培训', '讲座', '沙龙', '创新竞赛'])
  expect(ACTIVITY_TYPES.find((t) => t.value === 'POLICY_SESSION').label).toBe('送政策上门')
})

describe('utils/activity', () => {
  test('the scene of a mini-program code, URL-encoded as WeChat hands it over', () => {
    expect(decodeScene('a%3D12%26k%3DXyZ_-9')).toEqual({ activityId: '12', key: 'XyZ_-9' })
    expect(decodeScene('a=12&k=abc')).toEqual({ activityId: '12', key: 'abc' })
    expect(decodeScene('k%3Dabc%26a%3D7')).toEqual({ activityId: '7', key: 'abc' })
    expect(decodeScene('inv%3DK7M2QX9P')).toBeNull()
    expect(decodeScene('a%3Dx%26k%3Dabc')).toBeNull()
    expect(decodeScene('a%3D12')).toBeNull()
    expect(decodeScene('%E0%A4%A')).toBeNull()
    expect(decodeScene(undefined)).toBeNull()
  })

  test('flags in Chinese; an unknown value shows as itself', () => {
    expect(flagLabels(['OUT_OF_RANGE', 'LATE', 'NO_LOCATION', 'CODE_MISMATCH', 'STALE_PHOTO', 'NEW_ONE'])).toEqual([
      '超出范围',
      '迟到',
      '未定位',
      '签到码不符',
      '照片非现场拍摄',
      'NEW_ONE',
    ])
    expect(flagLabels(null)).toEqual([])
    expect(activityLabel('status', 'CANCELLED')).toBe('已取消')
  })

  test('a time span shows the date once when start and end share it', () => {
    expect(timeSpan('2026-03-12T06:30:00Z', '2026-03-12T08:00:00Z')).toBe('2026-03-12 14:30 – 16:00')
    expect(timeSpan('2026-03-12T06:30:00Z', '2026-03-13T08:00:00Z')).toBe('2026-03-12 14:30 – 2026-03-13 16:00')
    expect(timeSpan(null, null)).toBe('')
  })
})
