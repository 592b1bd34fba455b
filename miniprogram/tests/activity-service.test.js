// services/activity.js: one function per endpoint of the contract, with the body and query it documents;
// the mini-program code comes down as a file (http.js download()) with the token, and a 401 logs in again once.
const { createWxMock, json, problem, networkFail } = require('./wx-mock')
const { serviceCall } = require('./service-call')

const mock = createWxMock()
global.wx = mock.wx
const activity = require('../services/activity')
// The app loads auth.js at start; it registers the login that a 401 runs.
require('../services/auth')
const { download } = require('../services/http')
const downloadFile = (path) => download({ path })

const call = serviceCall(mock)

beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
  mock.storage.set('expiresAt', '2999-01-01T00:00:00Z')
})

test('create posts to the co-building with the clientId and the fields', async () => {
  const body = { clientId: 'dabc12345678', type: 'LECTURE', title: '讲座', startAt: 's', endAt: 'e', place: null }
  const { result, sent } = await call(() => activity.createActivity('9', body), json(201, { id: '31' }))
  expect(result).toEqual({ id: '31' })
  expect(sent).toMatchObject({ method: 'POST', path: '/api/mp/cobuildings/9/activities', data: body })
})

test('update is a PATCH of the activity, cancel posts the reason', async () => {
  let r = await call(() => activity.updateActivity('31', { title: '新' }), json(200, {}))
  expect(r.sent).toMatchObject({ method: 'PATCH', path: '/api/mp/activities/31', data: { title: '新' } })
  mock.reset()
  mock.storage.set('token', 'tok-1')
  r = await call(() => activity.cancelActivity('31', '暴雨'), json(200, {}))
  expect(r.sent).toMatchObject({ method: 'POST', path: '/api/mp/activities/31/cancel', data: { reason: '暴雨' } })
})

test('the list sends only the filters given', async () => {
  const { sent } = await call(() => activity.listActivities({ when: 'PAST', page: 2 }), json(200, { items: [] }))
  expect(sent).toMatchObject({ method: 'GET', path: '/api/mp/activities', data: { when: 'PAST', page: 2 } })
  expect(Object.keys(sent.data).sort()).toEqual(['page', 'when'])
})

test('check-in, review and 补签 post what the contract names', async () => {
  const body = { clientId: 'dc1', method: 'ROTATING_CODE', code: '123456' }
  let r = await call(() => activity.checkIn('31', body), json(201, { id: '501' }))
  expect(r.sent).toMatchObject({ method: 'POST', path: '/api/mp/activities/31/checkins', data: body })

  mock.reset()
  mock.storage.set('token', 'tok-1')
  r = await call(() => activity.reviewCheckin('31', '501', { decision: 'OVERRULED', note: '不在现场' }), json(200, {}))
  expect(r.sent).toMatchObject({ path: '/api/mp/activities/31/checkins/501/review', data: { decision: 'OVERRULED', note: '不在现场' } })

  mock.reset()
  mock.storage.set('token', 'tok-1')
  r = await call(() => activity.checkInOnBehalf('31', { clientId: 'dc2', userId: '201', reason: '手机没电' }), json(201, {}))
  expect(r.sent).toMatchObject({
    method: 'POST',
    path: '/api/mp/activities/31/checkins/on-behalf',
    data: { clientId: 'dc2', userId: '201', reason: '手机没电' },
  })
})

test('attendance and the rotating code are GETs of the activity', async () => {
  let r = await call(() => activity.getAttendance('31', { status: 'FLAGGED' }), json(200, { items: [] }))
  expect(r.sent).toMatchObject({ method: 'GET', path: '/api/mp/activities/31/attendance', data: { status: 'FLAGGED' } })
  mock.reset()
  mock.storage.set('token', 'tok-1')
  r = await call(() => activity.getRotatingCode('31'), json(200, { code: '123456' }))
  expect(r.sent).toMatchObject({ method: 'GET', path: '/api/mp/activities/31/rotating-code' })
})

describe('the mini-program code download', () => {
  test('goes through wx.downloadFile with the token and resolves the temporary file', async () => {
    mock.handle(() => ({ statusCode: 200, tempFilePath: 'wxfile://tmp/qr.png' }))
    await expect(activity.downloadWxacode('31')).resolves.toBe('wxfile://tmp/qr.png')
    expect(mock.wx.request).not.toHaveBeenCalled()
    const [opts] = mock.wx.downloadFile.mock.calls[0]
    expect(opts.url).toBe('http://127.0.0.1:8080/api/mp/activities/31/wxacode')
    expect(opts.header.Authorization).toBe('Bearer tok-1')
  })

  test('a 401 logs in again once and retries with the new token', async () => {
    let downloads = 0
    mock.handle((req) => {
      if (req.path === '/api/mp/auth/login') return json(200, { token: 'tok-2', expiresAt: '2999-01-01T00:00:00Z', user: { id: '100' } })
      downloads += 1
      return req.header.Authorization === 'Bearer tok-2' ? { statusCode: 200, tempFilePath: 'wxfile://tmp/qr2.png' } : { statusCode: 401 }
    })
    await expect(activity.downloadWxacode('31')).resolves.toBe('wxfile://tmp/qr2.png')
    expect(downloads).toBe(2)
  })

  test('a refusal or a dead network becomes an ApiError with a Chinese title', async () => {
    mock.handle(() => ({ statusCode: 404 }))
    await expect(downloadFile('/api/mp/activities/31/wxacode')).rejects.toMatchObject({ status: 404, title: '文件不存在或已不可见' })
    mock.handle(() => networkFail('downloadFile:fail timeout'))
    await expect(downloadFile('/api/mp/activities/31/wxacode')).rejects.toMatchObject({ code: 'NETWORK_ERROR' })
    mock.handle(() => problem(500, 'INTERNAL', '服务器错误'))
    await expect(downloadFile('/x')).rejects.toMatchObject({ status: 500, title: '服务暂时不可用（500），请稍后重试' })
  })
})
