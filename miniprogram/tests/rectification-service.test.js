// services/rectification.js: the rectification is a GET of the co-building's rectification, the report a PUT of its
// report with exactly {text, mediaIds, clientId}; refusals reach the caller as ApiError with the server's code.
const { createWxMock, json, problem } = require('./wx-mock')
const { serviceCall } = require('./service-call')

const mock = createWxMock()
global.wx = mock.wx
const rectification = require('../services/rectification')
const media = require('../services/media')
require('../services/auth')

const call = serviceCall(mock)

beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
  mock.storage.set('expiresAt', '2999-01-01T00:00:00Z')
})

test('the rectification is a GET of /api/mp/cobuildings/{id}/rectification', async () => {
  const view = { id: '31', status: 'OPEN', deadline: '2027-05-31' }
  const { result, sent } = await call(() => rectification.getRectification('9'), json(200, view))
  expect(sent).toMatchObject({ method: 'GET', path: '/api/mp/cobuildings/9/rectification' })
  expect(sent.data).toBeUndefined()
  expect(result).toEqual(view)
})

test('the report is a PUT of …/rectification/report with text, mediaIds and clientId only', async () => {
  const body = { text: '已整改', mediaIds: ['701', '702'], clientId: 'dabc123456789' }
  const { result, sent } = await call(
    () => rectification.submitRectificationReport('9', { ...body, note: 'not ours' }),
    json(200, { id: '31', status: 'SUBMITTED' }),
  )
  expect(sent).toMatchObject({ method: 'PUT', path: '/api/mp/cobuildings/9/rectification/report' })
  expect(sent.data).toEqual(body)
  expect(result).toEqual({ id: '31', status: 'SUBMITTED' })
})

test('ids are one path segment however they are spelt', async () => {
  const { sent } = await call(() => rectification.getRectification('9/../1'), json(200, {}))
  expect(sent.path).toBe('/api/mp/cobuildings/9%2F..%2F1/rectification')
})

test('a refusal rejects with the problem’s code', async () => {
  mock.handle(() => problem(409, 'RECTIFICATION_DEADLINE_PASSED', '整改期限已过'))
  await expect(rectification.submitRectificationReport('9', { text: 't', mediaIds: [], clientId: 'd1234567' })).rejects.toMatchObject({
    name: 'ApiError',
    status: 409,
    code: 'RECTIFICATION_DEADLINE_PASSED',
  })
})

test('rectification photos upload with purpose RECTIFICATION', async () => {
  expect(media.PURPOSES).toContain('RECTIFICATION')
  mock.handle(() => json(201, { id: '701', purpose: 'RECTIFICATION' }))
  const view = await media.uploadMedia('wxfile://tmp/r.jpg', 'RECTIFICATION')
  expect(view.id).toBe('701')
  const [sent] = mock.requests('/api/mp/media')
  expect(sent).toMatchObject({ method: 'POST', filePath: 'wxfile://tmp/r.jpg', name: 'file', formData: { purpose: 'RECTIFICATION' } })
})
