// 活动详情 and check-in: location asked for first (a refusal explained, with the settings and a way to check in
// without a location), live photos through the uploader, one clientId across retries, the flags in Chinese,
// the scene of the activity's mini-program code, the rotating code, and the organiser's controls.
const { setup, text, texts } = require('./harness')
const { json, problem, networkFail } = require('./wx-mock')
const { activityView, checkinView } = require('./activity-fixtures')

const { mock, load, render, settle } = setup()
const BASE = '/api/mp/activities/31'
const CHECKINS = `${BASE}/checkins`

let id
beforeAll(() => {
  id = load('packages/activity/detail')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

// A server with one activity; `routes` answer "METHOD path" (a function of the request) before it.
function server(view, routes = {}) {
  const state = { view }
  mock.handle((req) => {
    const route = routes[`${req.method} ${req.path}`]
    if (route) return route(req, state)
    if (req.method === 'GET' && req.path === BASE) return json(200, state.view)
    return problem(404, 'NOT_FOUND', '资源不存在')
  })
  return state
}

// The check-in endpoint answering `reply(req)`; a success also shows in the activity afterwards.
const checkinRoute = (reply) => ({
  [`POST ${CHECKINS}`]: (req, state) => {
    const answer = reply(req)
    if (answer.statusCode < 300) state.view = { ...state.view, myCheckin: answer.data, checkedInCount: state.view.checkedInCount + 1 }
    return answer
  },
})

async function open(options = { id: '31' }) {
  const page = render(id)
  page.instance.onLoad(options)
  await settle()
  return page
}

async function tap(page, selector) {
  page.querySelector(selector).dispatchEvent('tap')
  await settle(20)
}

const posted = () => mock.requests(CHECKINS).filter((r) => r.method === 'POST').map((r) => r.data)

test('shows the activity: type, status, time, place with its radius, window, expected and the count', async () => {
  server(activityView())
  const page = await open()
  expect(text(page, '.type')).toBe('党组织活动')
  expect(text(page, '.status')).toBe('进行中')
  expect(text(page, '.title')).toBe('主题党日')
  expect(text(page, '.place')).toBe('地点：闽江大学党员活动室（200 米内签到）')
  expect(text(page, '.expected')).toBe('应到：全体成员 4 人')
  expect(text(page, '.count')).toBe('已签到 1/4')
  expect(text(page, '.location-note')).toMatch(/获取你的位置/)
  expect(text(page, '.check-in')).toBe('签到')
  expect(page.querySelector('.manage')).toBeFalsy()
  expect(mock.wx.setNavigationBarTitle).toHaveBeenCalledWith({ title: '主题党日' })
})

test('check-in by location: asks for the scope, takes one high-accuracy GCJ-02 fix, shows the result', async () => {
  server(activityView(), checkinRoute((req) => json(201, checkinView({ userId: '100', displayName: '林先锋', distanceMeters: 14, location: req.data.location }))))
  const page = await open()
  await tap(page, '.check-in')

  expect(mock.wx.authorize).toHaveBeenCalledWith(expect.objectContaining({ scope: 'scope.userLocation' }))
  expect(mock.wx.getLocation).toHaveBeenCalledWith(expect.objectContaining({ type: 'gcj02', isHighAccuracy: true }))
  expect(posted()).toEqual([
    {
      clientId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
      method: 'LOCATION',
      location: { latitude: 26.0745, longitude: 119.2965, accuracy: 12 },
    },
  ])
  expect(text(page, '.done')).toBe('我已签到')
  const record = page.querySelector('.my-checkin')
  expect(text(record, '.at')).toBe('2026-03-12 14:31 · 定位签到')
  expect(text(record, '.distance')).toBe('距活动地点 14 米')
  expect(page.querySelector('.check-in')).toBeFalsy()
  expect(text(page, '.count')).toBe('已签到 2/4') // the activity was read again
  expect(mock.storage.has('activity-checkin:31')).toBe(false) // the next activity's check-in starts afresh
})

test('flags come back in Chinese, and the person is told the organiser will confirm them', async () => {
  const flags = ['OUT_OF_RANGE', 'LATE', 'NO_LOCATION', 'CODE_MISMATCH', 'STALE_PHOTO']
  server(activityView(), checkinRoute(() => json(201, checkinView({ flags, distanceMeters: 1530 }))))
  const page = await open()
  await tap(page, '.check-in')

  const record = page.querySelector('.my-checkin')
  expect(texts(record, '.flag')).toEqual(['超出范围', '迟到', '未定位', '签到码不符', '照片非现场拍摄'])
  expect(text(record, '.distance')).toBe('距活动地点 1.5 公里')
  expect(text(page, '.flagged-note')).toBe('以上情况已记录，组织者会确认。')
  expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '已签到，有异常待确认', icon: 'none' })
})

describe('location permission', () => {
  test('refused when asked: nothing is sent, the page says why and offers the settings or no location', async () => {
    server(activityView(), checkinRoute((req) => json(201, checkinView({ flags: req.data.location ? [] : ['NO_LOCATION'] }))))
    mock.answerAuthorize(false)
    const page = await open()
    await tap(page, '.check-in')

    expect(mock.wx.getLocation).not.toHaveBeenCalled()
    expect(posted()).toEqual([])
    expect(text(page, '.location-denied')).toMatch(/没有允许使用位置信息/)
    expect(page.querySelector('.open-setting')).toBeTruthy()

    // 不定位签到: allowed, and the server flags it.
    await tap(page, '.without-location')
    expect(posted()).toEqual([{ clientId: expect.any(String), method: 'LOCATION' }])
    expect(texts(page.querySelector('.my-checkin'), '.flag')).toEqual(['未定位'])
  })

  test('refused earlier: no second question; 去设置 opens the settings and, once allowed, checks in', async () => {
    server(activityView(), checkinRoute(() => json(201, checkinView())))
    mock.setAuthSetting({ 'scope.userLocation': false })
    const page = await open()
    await tap(page, '.check-in')
    expect(mock.wx.authorize).not.toHaveBeenCalled()
    expect(page.querySelector('.location-denied')).toBeTruthy()

    mock.answerOpenSetting({ 'scope.userLocation': true })
    await tap(page, '.open-setting')
    expect(mock.wx.openSetting).toHaveBeenCalledTimes(1)
    expect(posted()).toEqual([expect.objectContaining({ method: 'LOCATION', location: expect.any(Object) })])
    expect(text(page, '.done')).toBe('我已签到')
  })

  test('allowed but no fix (GPS off): another try or no location', async () => {
    server(activityView(), checkinRoute(() => json(201, checkinView())))
    mock.answerLocation({ fail: 'getLocation:fail system permission denied' })
    const page = await open()
    await tap(page, '.check-in')
    expect(text(page, '.location-unavailable')).toMatch(/获取不到位置/)

    mock.answerLocation({ latitude: 26.07, longitude: 119.29, accuracy: 30 })
    await tap(page, '.retry-location')
    expect(posted()).toEqual([expect.objectContaining({ location: { latitude: 26.07, longitude: 119.29, accuracy: 30 } })])
  })

  test('an online activity (no place) never asks for a location', async () => {
    server(activityView({ place: null }), checkinRoute(() => json(201, checkinView({ location: null, distanceMeters: null }))))
    const page = await open()
    expect(text(page, '.place')).toBe('地点：线上活动，签到无需定位')
    await tap(page, '.check-in')
    expect(mock.wx.getSetting).not.toHaveBeenCalled()
    expect(mock.wx.getLocation).not.toHaveBeenCalled()
    expect(posted()).toEqual([{ clientId: expect.any(String), method: 'LOCATION' }])
  })
})

test('a lost answer is retried with the same clientId, also from a reopened page, and never makes two', async () => {
  let attempts = 0
  const state = server(
    activityView(),
    checkinRoute(() => {
      attempts += 1
      return attempts <= 2 ? networkFail('request:fail timeout') : json(200, checkinView())
    }),
  )
  const page = await open()
  await tap(page, '.check-in')
  expect(text(page, '.checkin-error')).toBe('网络不佳，签到结果未确认，请重试')
  expect(page.querySelector('.retry-checkin')).toBeTruthy()

  // The app was closed and the activity opened again: the stored id goes with the next try.
  const again = await open()
  await tap(again, '.check-in')
  await tap(again, '.retry-checkin')

  const sent = posted()
  expect(sent).toHaveLength(3)
  expect(new Set(sent.map((b) => b.clientId)).size).toBe(1)
  expect(text(again, '.done')).toBe('我已签到')
  expect(state.view.myCheckin).toBeTruthy()
})

test('a refusal is shown in the server’s words and the activity is read again', async () => {
  server(activityView(), { [`POST ${CHECKINS}`]: () => problem(409, 'CHECKIN_CLOSED', '签到已截止') })
  const page = await open()
  await tap(page, '.check-in')
  expect(text(page, '.checkin-error')).toBe('签到已截止')
  expect(page.querySelector('.retry-checkin')).toBeFalsy()
  expect(mock.requests(BASE).filter((r) => r.method === 'GET')).toHaveLength(2)
})

test('the mini-program code’s scene opens the activity and checks in with its key in one tap', async () => {
  server(activityView(), checkinRoute(() => json(201, checkinView({ method: 'MINIPROGRAM_CODE' }))))
  const page = await open({ scene: encodeURIComponent('a=31&k=Qx7_k2') })

  expect(mock.requests(BASE)[0].method).toBe('GET')
  expect(text(page, '.scanned')).toMatch(/已识别本活动的签到码/)
  expect(text(page, '.check-in')).toBe('扫码签到')
  expect(page.querySelector('.code-entry')).toBeFalsy()
  await tap(page, '.check-in')
  expect(posted()).toEqual([{ clientId: expect.any(String), method: 'MINIPROGRAM_CODE', code: 'Qx7_k2', location: expect.any(Object) }])
  expect(text(page.querySelector('.my-checkin'), '.at')).toMatch(/扫码签到$/)
})

test('a scene that is not an activity’s says so without calling the server', async () => {
  mock.handle(() => problem(404, 'NOT_FOUND', '资源不存在'))
  const page = await open({ scene: encodeURIComponent('inv=K7M2QX9P') })
  expect(text(page, '.error-title')).toBe('无法识别的活动码，请重新扫码')
  expect(mock.requests()).toHaveLength(0)
})

test('the rotating code: six digits typed, sent with method ROTATING_CODE', async () => {
  server(activityView(), checkinRoute(() => json(201, checkinView({ method: 'ROTATING_CODE' }))))
  const page = await open()
  await tap(page, '.toggle-code')
  page.querySelector('.code-input').dispatchEvent('input', { detail: { value: '12a34' } })
  await settle()
  expect(page.instance.data.codeReady).toBe(false)
  page.querySelector('.code-input').dispatchEvent('input', { detail: { value: '1234567' } })
  await settle()
  expect(page.instance.data.code).toBe('123456')
  await tap(page, '.submit-code')
  expect(posted()).toEqual([{ clientId: expect.any(String), method: 'ROTATING_CODE', code: '123456', location: expect.any(Object) }])
})

describe('photos', () => {
  const media = (mediaId) => ({
    id: mediaId,
    purpose: 'CHECKIN',
    contentType: 'image/jpeg',
    url: `/api/media/${mediaId}/original?exp=1&sig=a`,
    thumbUrl: `/api/media/${mediaId}/thumb?exp=1&sig=b`,
    hidden: false,
  })

  test('a required photo: nothing is sent without one; a live one taken with the camera goes with the check-in', async () => {
    server(activityView({ photoRequired: true }), {
      'POST /api/mp/media': () => ({ ...json(201, media('701')), progress: [40, 100] }),
      ...checkinRoute((req) => json(201, checkinView({ photos: req.data.photoMediaIds.map(media) }))),
    })
    const page = await open()
    expect(text(page, '.photos-label')).toBe('现场照片（必拍，仅限拍照）')

    await tap(page, '.check-in')
    expect(text(page, '.checkin-error')).toBe('本活动需要拍摄现场照片后签到')
    expect(posted()).toEqual([])

    mock.answerChooseMedia(['wxfile://tmp/live.jpg'])
    page.querySelector('.uploader').querySelector('.add').dispatchEvent('tap')
    await settle(30)
    expect(mock.wx.chooseMedia).toHaveBeenCalledWith(expect.objectContaining({ sourceType: ['camera'] }))

    await tap(page, '.check-in')
    expect(posted()).toEqual([expect.objectContaining({ method: 'LOCATION', photoMediaIds: ['701'] })])
    const record = page.querySelector('.my-checkin')
    expect(record.querySelectorAll('.photo')).toHaveLength(1)
  })

  test('while a photo uploads, or after it failed, the check-in waits', async () => {
    server(activityView())
    const page = await open()
    page.instance.onPhotos({ detail: { mediaIds: [], uploading: true, failed: false } })
    await tap(page, '.check-in')
    expect(text(page, '.checkin-error')).toBe('照片还在上传，请稍候')
    page.instance.onPhotos({ detail: { mediaIds: ['701'], uploading: false, failed: true } })
    await tap(page, '.check-in')
    expect(text(page, '.checkin-error')).toMatch(/没有上传成功/)
    expect(posted()).toEqual([])
  })
})

test('no check-in button for someone not expected, before the window, or at a cancelled activity', async () => {
  server(activityView({ expectedOfMe: false }))
  let page = await open()
  expect(text(page, '.not-expected')).toBe('你不在本活动的应到名单中。')
  expect(page.querySelector('.check-in')).toBeFalsy()

  const later = Date.now() + 2 * 3600 * 1000
  server(activityView({ status: 'SCHEDULED', checkinOpensAt: new Date(later).toISOString(), startAt: new Date(later).toISOString() }))
  page = await open()
  expect(text(page, '.not-open')).toMatch(/^签到将于 .+ 开放。$/)
  expect(page.querySelector('.check-in')).toBeFalsy()

  server(activityView({ status: 'CANCELLED', cancelReason: '台风停课' }))
  page = await open()
  expect(text(page, '.cancel-reason')).toBe('原因：台风停课')
  expect(page.querySelector('.check-in')).toBeFalsy()
})

describe('organisers', () => {
  test('reach the code screen, attendance and editing', async () => {
    server(activityView({ canManage: true }))
    const page = await open()
    await tap(page, '.open-code')
    await tap(page, '.open-attendance')
    await tap(page, '.edit')
    expect(mock.wx.navigateTo.mock.calls.map(([o]) => o.url)).toEqual([
      '/packages/activity/code?id=31',
      '/packages/activity/attendance?id=31',
      '/packages/activity/edit?id=31',
    ])
  })

  test('cancel asks for a reason, sends it, and shows the cancelled activity', async () => {
    server(activityView({ canManage: true }), {
      [`POST ${BASE}/cancel`]: (req, state) => {
        state.view = { ...state.view, status: 'CANCELLED', cancelReason: req.data.reason }
        return json(200, state.view)
      },
    })
    const page = await open()
    mock.wx.showModal.mockImplementationOnce((o) => setTimeout(() => o.success({ confirm: true, content: '   ' }), 0))
    await tap(page, '.cancel-activity')
    expect(mock.requests(`${BASE}/cancel`)).toHaveLength(0)
    expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '请填写取消原因', icon: 'none' })

    mock.wx.showModal.mockImplementationOnce((o) => setTimeout(() => o.success({ confirm: true, content: ' 暴雨预警 ' }), 0))
    await tap(page, '.cancel-activity')
    expect(mock.wx.showModal.mock.calls[1][0]).toMatchObject({ editable: true, title: '取消活动' })
    expect(mock.requests(`${BASE}/cancel`)[0].data).toEqual({ reason: '暴雨预警' })
    expect(text(page, '.status')).toBe('已取消')
    expect(text(page, '.cancel-reason')).toBe('原因：暴雨预警')
    expect(page.querySelector('.cancel-activity')).toBeFalsy()
    expect(page.querySelector('.edit')).toBeFalsy()
  })
})
