// 签到情况: the counts (应到/实到/迟到/异常/缺席), the people under each, confirming or overruling a flagged
// check-in with a note, and 补签 for an absent member with a reason and one clientId across retries.
const { setup, text, texts } = require('./harness')
const { json, problem, networkFail } = require('./wx-mock')
const { checkinView } = require('./activity-fixtures')

const { mock, load, render, settle } = setup()
const BASE = '/api/mp/activities/31'
const ATTENDANCE = `${BASE}/attendance`

let id
beforeAll(() => {
  id = load('packages/activity/attendance')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

const COUNTS = { expected: 4, attended: 2, late: 1, flagged: 1, absent: 2 }
const ROWS = [
  { userId: '201', displayName: '赵工', avatarUrl: null, status: 'ATTENDED', checkin: checkinView() },
  {
    userId: '101',
    displayName: '王老师',
    avatarUrl: null,
    status: 'LATE',
    checkin: checkinView({ id: '502', userId: '101', displayName: '王老师', flags: ['OUT_OF_RANGE', 'LATE'], distanceMeters: 860 }),
  },
  { userId: '200', displayName: '陈联络', avatarUrl: null, status: 'ABSENT', checkin: null },
]

function server(routes = {}) {
  mock.handle((req) => {
    const route = routes[`${req.method} ${req.path}`]
    if (route) return route(req)
    if (req.path === ATTENDANCE) {
      const status = req.data.status
      const items = ROWS.filter((r) => status === 'ALL' || r.status === status || (status === 'FLAGGED' && r.checkin && r.checkin.flags.length))
      return json(200, { counts: COUNTS, items, page: 0, size: 20, total: items.length })
    }
    return problem(404, 'NOT_FOUND', '资源不存在')
  })
}

async function open() {
  const page = render(id)
  page.instance.onLoad({ id: '31' })
  page.instance.onShow()
  await settle()
  return page
}

// The check-in record shown for the nth person (0-based) of those who have one.
const record = (page, n) => page.querySelectorAll('.record')[n]
const answerModalWith = (content, confirm = true) =>
  mock.wx.showModal.mockImplementationOnce((o) => setTimeout(() => o.success({ confirm, cancel: !confirm, content }), 0))

test('counts 应到/实到/迟到/异常/缺席 and everyone expected with their check-in', async () => {
  server()
  const page = await open()
  expect(texts(page, '.filter-label')).toEqual(['应到', '实到', '迟到', '异常', '缺席'])
  expect(texts(page, '.filter-count')).toEqual(['4', '2', '1', '1', '2'])
  expect(texts(page, '.person-name')).toEqual(['赵工', '王老师', '陈联络'])
  expect(texts(page, '.person-status')).toEqual(['已签到', '迟到', '缺席'])
  expect(texts(record(page, 1), '.flag')).toEqual(['超出范围', '迟到'])
  expect(text(record(page, 1), '.distance')).toBe('距活动地点 860 米')
  // Only the flagged check-in is for review, only the absent member for 补签.
  expect(page.querySelectorAll('.confirm')).toHaveLength(1)
  expect(page.querySelectorAll('.add-on-behalf')).toHaveLength(1)
  expect(mock.requests(ATTENDANCE)[0].data).toEqual({ status: 'ALL' })
})

test('a filter lists the people under it', async () => {
  server()
  const page = await open()
  page.querySelectorAll('.filter')[4].dispatchEvent('tap')
  await settle()
  expect(mock.requests(ATTENDANCE)[1].data).toEqual({ status: 'ABSENT' })
  expect(texts(page, '.person-name')).toEqual(['陈联络'])
})

test('驳回 with a note: the review is sent and shown, the buttons go, the counts are read again', async () => {
  server({
    [`POST ${BASE}/checkins/502/review`]: (req) =>
      json(200, { ...ROWS[1].checkin, review: { decision: req.data.decision, note: req.data.note, byName: '林先锋', at: '2026-03-12T15:00:00+08:00' } }),
  })
  const page = await open()
  answerModalWith('  定位在校外 ')
  page.querySelector('.overrule').dispatchEvent('tap')
  await settle(20)

  expect(mock.wx.showModal.mock.calls[0][0]).toMatchObject({ title: '驳回签到', editable: true })
  expect(mock.requests(`${BASE}/checkins/502/review`)[0].data).toEqual({ decision: 'OVERRULED', note: '定位在校外' })
  expect(text(record(page, 1), '.review-label')).toBe('已驳回')
  expect(text(record(page, 1), '.review-note')).toBe('定位在校外')
  expect(page.querySelectorAll('.confirm')).toHaveLength(0)
  // Overruled, the check-in no longer counts: 王老师 is absent, and no 补签 is offered over a reviewed check-in.
  expect(texts(page, '.person-status')).toEqual(['已签到', '缺席', '缺席'])
  expect(page.querySelectorAll('.add-on-behalf')).toHaveLength(1)
  expect(mock.requests(ATTENDANCE).length).toBe(2)
})

test('确认 without a note sends no note; backing out of the dialog sends nothing', async () => {
  server({ [`POST ${BASE}/checkins/502/review`]: () => json(200, { ...ROWS[1].checkin, review: { decision: 'CONFIRMED', byName: '林先锋' } }) })
  const page = await open()
  answerModalWith('', false)
  page.querySelector('.confirm').dispatchEvent('tap')
  await settle()
  expect(mock.requests(`${BASE}/checkins/502/review`)).toHaveLength(0)

  answerModalWith('')
  page.querySelector('.confirm').dispatchEvent('tap')
  await settle(20)
  expect(mock.requests(`${BASE}/checkins/502/review`)[0].data).toEqual({ decision: 'CONFIRMED' })
  expect(text(record(page, 1), '.review-label')).toBe('已确认')
})

test('补签 needs a reason, keeps its clientId across a lost answer, and turns the row into a check-in', async () => {
  let attempts = 0
  server({
    [`POST ${BASE}/checkins/on-behalf`]: (req) => {
      attempts += 1
      if (attempts === 1) return networkFail()
      return json(201, checkinView({ id: '503', userId: '200', displayName: '陈联络', method: 'ON_BEHALF', onBehalf: { byName: '林先锋', reason: req.data.reason } }))
    },
  })
  const page = await open()

  answerModalWith('')
  page.querySelector('.add-on-behalf').dispatchEvent('tap')
  await settle()
  expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '请填写补签原因', icon: 'none' })

  answerModalWith('现场签到时手机没电')
  page.querySelector('.add-on-behalf').dispatchEvent('tap')
  await settle(20)
  expect(text(page, '.banner')).toBe('网络不可用，请稍后重试')

  answerModalWith('现场签到时手机没电')
  page.querySelector('.add-on-behalf').dispatchEvent('tap')
  await settle(20)

  const sent = mock.requests(`${BASE}/checkins/on-behalf`).map((r) => r.data)
  expect(sent).toHaveLength(2)
  expect(sent[0]).toEqual({ clientId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), userId: '200', reason: '现场签到时手机没电' })
  expect(sent[1].clientId).toBe(sent[0].clientId)
  expect(texts(page, '.person-status')).toEqual(['已签到', '迟到', '已签到'])
  expect(text(record(page, 2), '.on-behalf')).toBe('由 林先锋 补签：现场签到时手机没电')
  expect(page.querySelector('.add-on-behalf')).toBeFalsy()
})

test('someone who may not see attendance gets the server’s reason', async () => {
  mock.handle(() => problem(403, 'FORBIDDEN', '没有权限'))
  const page = await open()
  expect(text(page, '.error-title')).toBe('没有权限')
})
