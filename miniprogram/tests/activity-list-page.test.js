// 活动 list: 即将开始/已结束 tabs, paged with the shared paged-list behaviour, one co-building's when opened
// from its home, and a tap opens the activity.
const { setup, text } = require('./harness')
const { json, problem } = require('./wx-mock')
const { summary, page } = require('./activity-fixtures')

const { mock, load, render, settle, simulate } = setup()

let id
beforeAll(() => {
  id = load('packages/activity/list')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

const titles = (p) => p.querySelectorAll('.item').map((item) => text(item, '.title'))

const rows = (n, from = 0) => Array.from({ length: n }, (_, i) => summary({ id: String(100 + from + i), title: `活动${from + i}` }))

async function open(options = {}) {
  const p = render(id)
  p.instance.onLoad(options)
  p.instance.onShow()
  await settle()
  return p
}

test('shows each activity with type, time, place, status and the count, and pages on reaching the bottom', async () => {
  mock.handle((req) => {
    const n = req.data.page || 0
    return json(200, page(n === 0 ? rows(2) : rows(1, 2), { page: n, size: 2, total: 3 }))
  })
  const p = await open()

  expect(titles(p)).toEqual(['活动0', '活动1'])
  const first = p.querySelector('.item')
  expect(text(first, '.type')).toBe('党组织活动')
  expect(text(first, '.when')).toBe('2026-03-12 14:30 – 16:00')
  expect(text(first, '.place')).toBe('闽江大学党员活动室')
  expect(text(first, '.status')).toBe('未开始')
  expect(text(first, '.count')).toBe('已签到 0/52')
  expect(mock.requests('/api/mp/activities')[0].data).toEqual({ when: 'UPCOMING' })

  p.instance.onReachBottom()
  await settle()
  expect(titles(p)).toEqual(['活动0', '活动1', '活动2'])
  expect(mock.requests('/api/mp/activities')[1].data).toEqual({ when: 'UPCOMING', page: 1, size: 2 })
  expect(text(p, '.more')).toBe('没有更多了')

  // Everything is shown: the bottom asks for nothing more.
  p.instance.onReachBottom()
  await settle()
  expect(mock.requests('/api/mp/activities')).toHaveLength(2)
})

test('已结束 lists past activities of the co-building it was opened from', async () => {
  mock.handle((req) => json(200, page(req.data.when === 'PAST' ? [summary({ id: '7', title: '上月讲座', status: 'ENDED', checkedIn: true })] : rows(1))))
  const p = await open({ cobuildingId: '9' })
  expect(mock.requests('/api/mp/activities')[0].data).toEqual({ when: 'UPCOMING', cobuildingId: '9' })

  p.querySelectorAll('.tab')[1].dispatchEvent('tap')
  await settle()
  expect(mock.requests('/api/mp/activities')[1].data).toEqual({ when: 'PAST', cobuildingId: '9' })
  expect(titles(p)).toEqual(['上月讲座'])
  expect(text(p.querySelector('.item'), '.status')).toBe('已结束')
  expect(text(p.querySelector('.item'), '.mine')).toBe('我已签到')
})

test('a tap opens the activity; an empty list and a failure say so', async () => {
  mock.handle(() => json(200, page([summary()])))
  const p = await open()
  p.querySelector('.item').querySelector('.activity-item').dispatchEvent('tap')
  await simulate.sleep(0)
  expect(mock.wx.navigateTo).toHaveBeenCalledWith({ url: '/packages/activity/detail?id=31' })

  mock.handle(() => json(200, page([])))
  const empty = await open()
  expect(text(empty, '.state-empty')).toBe('近期没有活动')

  mock.handle(() => problem(503, 'TRY_AGAIN', '服务繁忙，请稍后重试'))
  const failed = await open()
  expect(text(failed, '.error-title')).toBe('服务繁忙，请稍后重试')
})
