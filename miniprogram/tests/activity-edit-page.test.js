// 发起活动 / 编辑活动: checks before sending, the body sent (times in Shanghai with offset, place from the map
// with its radius, the window, photos, chosen members), one clientId across retries of a create, the server's
// field errors on the fields, and an edit that PATCHes.
const { setup, text } = require('./harness')
const { json, problem, networkFail } = require('./wx-mock')
const { cobuildingView } = require('./fixtures')
const { activityView } = require('./activity-fixtures')
const { todayInShanghai, addDays } = require('../utils/format')

const { mock, load, render, settle } = setup()
const CREATE = '/api/mp/cobuildings/9/activities'

let id
beforeAll(() => {
  id = load('packages/activity/edit')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

function server(routes = {}) {
  mock.handle((req) => {
    const route = routes[`${req.method} ${req.path}`]
    if (route) return route(req)
    if (req.method === 'GET' && req.path === '/api/mp/cobuildings/9') return json(200, cobuildingView())
    return problem(404, 'NOT_FOUND', '资源不存在')
  })
}

async function open(options = { cobuildingId: '9' }) {
  const page = render(id)
  page.instance.onLoad(options)
  await settle()
  return page
}

async function fire(page, selector, name, value) {
  page.querySelector(selector).dispatchEvent(name, { detail: { value } })
  await settle(4)
}

const tap = async (page, selector, index = 0) => {
  page.querySelectorAll(selector)[index].dispatchEvent('tap')
  await settle()
}

const tomorrow = () => addDays(todayInShanghai(), 1)

test('an empty form is not sent: each missing field says why', async () => {
  server()
  const page = await open()
  await tap(page, '.submit')
  expect(text(page, '.error-type')).toBe('请选择活动类型')
  expect(text(page, '.error-title-field')).toBe('请填写活动名称')
  expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '请选择活动类型', icon: 'none' })
  expect(mock.requests(CREATE)).toHaveLength(0)

  // Fixing a field clears its message.
  await fire(page, '.title-input', 'input', '讲座')
  expect(page.querySelector('.error-title-field')).toBeFalsy()
})

test('a full create: type, times, a place from the map with its radius, window, photo, chosen members', async () => {
  server({ [`POST ${CREATE}`]: () => json(201, activityView({ id: '77' })) })
  mock.wx.chooseLocation.mockImplementationOnce((o) =>
    setTimeout(() => o.success({ name: '闽江大学报告厅', address: '福州市大学城', latitude: 26.0712, longitude: 119.2013 }), 0),
  )
  const page = await open()

  await fire(page, '.type-picker', 'change', 4)
  expect(text(page, '.type-picker')).toContain('讲座')
  await fire(page, '.title-input', 'input', ' 高企认定政策讲座 ')
  await fire(page, '.description-input', 'input', '主讲：科技局')
  await fire(page, '.start-time', 'change', '14:30')
  await fire(page, '.end-time', 'change', '16:00')
  await tap(page, '.place-row')
  expect(text(page, '.place-name')).toBe('闽江大学报告厅')
  await fire(page, '.radius-picker', 'change', 3) // 500 米内
  await fire(page, '.opens-picker', 'change', 1) // 开始前 15 分钟
  await fire(page, '.photo-switch', 'change', true)
  await tap(page, '.scope-listed')
  await tap(page, '.member', 3) // 赵工
  await tap(page, '.member', 1) // 王老师
  await tap(page, '.submit')

  const day = tomorrow()
  const [sent] = mock.requests(CREATE)
  expect(sent.method).toBe('POST')
  expect(sent.data).toEqual({
    clientId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
    type: 'LECTURE',
    title: '高企认定政策讲座',
    description: '主讲：科技局',
    startAt: `${day}T14:30:00+08:00`,
    endAt: `${day}T16:00:00+08:00`,
    place: { name: '闽江大学报告厅', latitude: 26.0712, longitude: 119.2013, radiusMeters: 500 },
    checkinOpensAt: new Date(Date.parse(`${day}T14:15:00+08:00`)).toISOString(),
    checkinClosesAt: `${day}T16:00:00+08:00`,
    photoRequired: true,
    expectedUserIds: ['101', '201'], // in the member list's order
  })
  expect(mock.wx.redirectTo).toHaveBeenCalledWith({ url: '/packages/activity/detail?id=77' })
})

test('an online activity sends place null; choosing members but none is refused', async () => {
  server({ [`POST ${CREATE}`]: () => json(201, activityView({ id: '78' })) })
  const page = await open()
  await fire(page, '.type-picker', 'change', 0)
  await fire(page, '.title-input', 'input', '线上学习')
  await tap(page, '.scope-listed')
  await tap(page, '.submit')
  expect(text(page, '.error-expected')).toBe('请至少选择一名应到成员')
  expect(mock.requests(CREATE)).toHaveLength(0)

  await tap(page, '.scope-all')
  await tap(page, '.submit')
  const body = mock.requests(CREATE)[0].data
  expect(body.place).toBeNull()
  expect(body).not.toHaveProperty('expectedUserIds')
})

test('a create whose answer was lost is sent again with the same clientId', async () => {
  let attempts = 0
  server({
    [`POST ${CREATE}`]: () => {
      attempts += 1
      return attempts === 1 ? networkFail() : json(200, activityView({ id: '79' }))
    },
  })
  const page = await open()
  await fire(page, '.type-picker', 'change', 0)
  await fire(page, '.title-input', 'input', '主题党日')
  await tap(page, '.submit')
  expect(text(page, '.banner')).toMatch(/不会重复发起/)
  await tap(page, '.submit')

  const ids = mock.requests(CREATE).map((r) => r.data.clientId)
  expect(ids).toHaveLength(2)
  expect(ids[1]).toBe(ids[0])
  expect(mock.wx.redirectTo).toHaveBeenCalledWith({ url: '/packages/activity/detail?id=79' })
})

test('the server’s field errors land on the fields, a refusal in its own words on the banner', async () => {
  let reply = problem(422, 'VALIDATION_FAILED', '提交的内容有误')
  reply.data.errors = { startAt: '开始时间须在三个月内', 'place.radiusMeters': '签到范围须在 20–5000 米之间' }
  server({ [`POST ${CREATE}`]: () => reply })
  const page = await open()
  await fire(page, '.type-picker', 'change', 0)
  await fire(page, '.title-input', 'input', '主题党日')
  await tap(page, '.submit')
  expect(text(page, '.error-start')).toBe('开始时间须在三个月内')

  reply = problem(403, 'FORBIDDEN', '只有科技党建先锋和共建联络员可以发起活动')
  await tap(page, '.submit')
  expect(text(page, '.banner')).toBe('只有科技党建先锋和共建联络员可以发起活动')
})

test('a refused map picker (cancel) changes nothing; another failure is explained', async () => {
  server()
  const page = await open()
  await tap(page, '.place-row')
  expect(mock.wx.chooseLocation).toHaveBeenCalledTimes(1)
  expect(mock.wx.showToast).not.toHaveBeenCalled()
  mock.wx.chooseLocation.mockImplementationOnce((o) => setTimeout(() => o.fail({ errMsg: 'chooseLocation:fail system error' }), 0))
  await tap(page, '.place-row')
  expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '地图选点暂时打不开，请稍后重试', icon: 'none' })
  expect(text(page, '.place-name')).toBe('在地图上选择（线上活动可不选）')
})

describe('editing', () => {
  test('shows the activity in the form and PATCHes the changes', async () => {
    const view = activityView({
      status: 'SCHEDULED',
      canManage: true,
      startAt: '2030-03-12T14:30:00+08:00',
      endAt: '2030-03-12T16:00:00+08:00',
      checkinOpensAt: '2030-03-12T14:00:00+08:00',
      checkinClosesAt: '2030-03-12T16:00:00+08:00',
      expected: { scope: 'LISTED', count: 2 },
    })
    server({
      'GET /api/mp/activities/31': () => json(200, view),
      'PATCH /api/mp/activities/31': () => json(200, view),
    })
    const page = await open({ id: '31' })
    expect(page.instance.data.form).toMatchObject({ type: 'PARTY_ACTIVITY', title: '主题党日', startDate: '2030-03-12', startTime: '14:30' })
    expect(text(page, '.place-name')).toBe('闽江大学党员活动室')
    expect(text(page, '.kept')).toBe('已指定 2 人；勾选成员可重新指定。')
    expect(text(page, '.submit')).toBe('保存')
    expect(mock.wx.setNavigationBarTitle).toHaveBeenCalledWith({ title: '编辑活动' })

    await fire(page, '.title-input', 'input', '主题党日（改期）')
    await fire(page, '.radius-picker', 'change', 1)
    await tap(page, '.submit')
    let [sent] = mock.requests('/api/mp/activities/31').filter((r) => r.method === 'PATCH')
    expect(sent.data).toMatchObject({
      title: '主题党日（改期）',
      place: { name: '闽江大学党员活动室', latitude: 26.0745, longitude: 119.2965, radiusMeters: 100 },
      startAt: '2030-03-12T14:30:00+08:00',
      checkinOpensAt: new Date(Date.parse('2030-03-12T14:00:00+08:00')).toISOString(),
    })
    expect(sent.data).not.toHaveProperty('clientId')
    expect(sent.data).not.toHaveProperty('expectedUserIds') // the list was not chosen again
    expect(mock.wx.navigateBack).toHaveBeenCalledTimes(1)

    // Back to everyone: an empty list.
    await tap(page, '.scope-all')
    await tap(page, '.submit')
    ;[, sent] = mock.requests('/api/mp/activities/31').filter((r) => r.method === 'PATCH')
    expect(sent.data.expectedUserIds).toEqual([])
    expect(sent.data).not.toHaveProperty('online') // the place stays

    // Made online: the change says so, since a place left out is a place kept.
    await tap(page, '.clear-place')
    await tap(page, '.submit')
    ;[, , sent] = mock.requests('/api/mp/activities/31').filter((r) => r.method === 'PATCH')
    expect(sent.data.online).toBe(true)
    expect(sent.data.place).toBeNull()
  })

  test('an ended or cancelled activity cannot be edited', async () => {
    server({ 'GET /api/mp/activities/31': () => json(200, activityView({ status: 'ENDED', canManage: true })) })
    const page = await open({ id: '31' })
    expect(text(page, '.error-title')).toBe('该活动已结束或已取消，不能再编辑')
    expect(page.querySelector('.submit')).toBeFalsy()
  })
})
