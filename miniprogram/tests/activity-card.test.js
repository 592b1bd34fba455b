// Activities outside their subpackage: the chat's ACTIVITY card (type, title, time, place, status, the live
// "已签到 x/y" that card-update frames change in place; a tap opens the activity) and the 活动 section of a
// co-building's home (the next activities, all of them, and 发起活动 for its pioneer and unit liaisons).
const { setup, text, texts } = require('./harness')
const { json, problem } = require('./wx-mock')
const { cobuildingView } = require('./fixtures')
const { summary, page: listPage } = require('./activity-fixtures')

const { mock, load, render, settle, simulate } = setup()

let cardId
let homeId
beforeAll(() => {
  cardId = load('packages/chat/components/chat-card-activity/index')
  homeId = load('packages/cobuilding/home')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

const PAYLOAD = {
  activityId: '31',
  title: '主题党日',
  type: 'RESEARCH_MEETING',
  startAt: '2026-03-12T14:30:00+08:00',
  endAt: '2026-03-12T16:00:00+08:00',
  placeName: '闽江大学党员活动室',
  status: 'ONGOING',
  checkedIn: 37,
  expected: 52,
  text: '已签到 37/52',
}

describe('the chat’s ACTIVITY card', () => {
  test('shows type, title, time, place, status and the count; a tap opens the activity', async () => {
    const card = render(cardId, { payload: PAYLOAD })
    expect(text(card, '.kind')).toBe('科研对接会')
    expect(text(card, '.title')).toBe('主题党日')
    expect(text(card, '.when')).toBe('时间：2026-03-12 14:30 – 16:00')
    expect(text(card, '.place')).toBe('地点：闽江大学党员活动室')
    expect(text(card, '.status')).toBe('进行中')
    expect(text(card, '.text')).toBe('已签到 37/52')

    card.querySelector('.card').dispatchEvent('tap')
    await simulate.sleep(0)
    expect(mock.wx.navigateTo).toHaveBeenCalledWith({ url: '/packages/activity/detail?id=31' })
  })

  test('a new payload (a card-update) changes the count and status in place', async () => {
    const card = render(cardId, { payload: PAYLOAD })
    card.setData({ payload: { ...PAYLOAD, checkedIn: 52, text: '已签到 52/52', status: 'ENDED' } })
    await simulate.sleep(0)
    expect(text(card, '.text')).toBe('已签到 52/52')
    expect(text(card, '.status')).toBe('已结束')

    // A payload without the ready-made text still shows the count.
    card.setData({ payload: { ...PAYLOAD, text: undefined, checkedIn: 3, expected: 9, status: 'CANCELLED' } })
    await simulate.sleep(0)
    expect(text(card, '.text')).toBe('已签到 3/9')
    expect(card.querySelector('.status-cancelled')).toBeTruthy()
  })

  test('a card without an activity id (an old one) opens nothing', async () => {
    const card = render(cardId, { payload: { title: '植树活动', place: '西湖公园' } })
    expect(text(card, '.place')).toBe('地点：西湖公园')
    expect(card.querySelector('.open-hint')).toBeFalsy()
    card.querySelector('.card').dispatchEvent('tap')
    await simulate.sleep(0)
    expect(mock.wx.navigateTo).not.toHaveBeenCalled()
  })
})

describe('the 活动 section of a co-building’s home', () => {
  function server(view, activities) {
    mock.handle((req) => {
      if (req.path === '/api/mp/cobuildings/9') return json(200, view)
      if (req.path === '/api/mp/cobuildings/9/invitations') return json(200, listPage([]))
      if (req.path === '/api/mp/activities') return typeof activities === 'function' ? activities(req) : json(200, activities)
      return problem(404, 'NOT_FOUND', '资源不存在')
    })
  }

  async function open() {
    const home = render(homeId)
    home.instance.onLoad({ id: '9' })
    await settle(20)
    return home.querySelector('.activity-section')
  }

  test('lists the co-building’s next activities and opens one; 全部活动 opens the list', async () => {
    server(cobuildingView({ myRole: 'MEMBER' }), listPage([summary(), summary({ id: '32', title: '高企政策讲座', type: 'LECTURE' })], { total: 5 }))
    const section = await open()

    expect(mock.requests('/api/mp/activities')[0].data).toEqual({ when: 'UPCOMING', cobuildingId: '9', size: 3 })
    expect(texts(section, '.row-title')).toEqual(['主题党日', '高企政策讲座'])
    expect(texts(section, '.row-meta')).toEqual(['党组织活动 · 2026-03-12 14:30 – 16:00', '讲座 · 2026-03-12 14:30 – 16:00'])
    expect(section.querySelector('.create')).toBeFalsy() // a member does not organise

    section.querySelectorAll('.row')[1].dispatchEvent('tap')
    section.querySelector('.all').dispatchEvent('tap')
    await simulate.sleep(0)
    expect(mock.wx.navigateTo.mock.calls.map(([o]) => o.url)).toEqual([
      '/packages/activity/detail?id=32',
      '/packages/activity/list?cobuildingId=9',
    ])
  })

  test.each([
    ['PIONEER', true, true],
    ['UNIT_LIAISON', true, true],
    ['MEMBER', true, false],
    ['PIONEER', false, false],
  ])('%s of a co-building (writable: %s) may start one: %s', async (myRole, writable, can) => {
    server(cobuildingView({ myRole, writable }), listPage([]))
    const section = await open()
    expect(text(section, '.empty')).toBe('近期没有活动')
    expect(Boolean(section.querySelector('.create'))).toBe(can)
    if (!can) return
    section.querySelector('.create').dispatchEvent('tap')
    await simulate.sleep(0)
    expect(mock.wx.navigateTo).toHaveBeenCalledWith({ url: '/packages/activity/edit?cobuildingId=9' })
  })

  test('a failed load offers a retry', async () => {
    let fail = true
    server(cobuildingView(), () => (fail ? problem(503, 'TRY_AGAIN', '服务繁忙') : json(200, listPage([summary()]))))
    const section = await open()
    expect(text(section, '.load-error')).toBe('活动加载失败，点此重试')
    fail = false
    section.querySelector('.load-error').dispatchEvent('tap')
    await settle()
    expect(texts(section, '.row-title')).toEqual(['主题党日'])
  })
})
