// One test per endpoint function: method, path and body as the API contract names them,
// and the answer handed back as the server sent it.
const { createWxMock, json, noContent, problem } = require('./wx-mock')
const { serviceCall } = require('./service-call')

const mock = createWxMock()
global.wx = mock.wx

const unit = require('../services/unit')
const application = require('../services/application')
const cobuilding = require('../services/cobuilding')
const { formBody, applicationView, cobuildingView, invitation } = require('./fixtures')

beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

const call = serviceCall(mock)

describe('unit', () => {
  test('searchUnits → GET /api/mp/units with q', async () => {
    const units = [{ id: '11', name: '闽江大学', type: 'UNIVERSITY', partyOrgName: '中共闽江大学委员会' }]
    const { result, sent } = await call(() => unit.searchUnits('闽江'), json(200, units))
    expect(sent).toMatchObject({ method: 'GET', path: '/api/mp/units', data: { q: '闽江' } })
    expect(result).toEqual(units)
  })
})

describe('application', () => {
  test('createApplication → POST /api/mp/applications with the form', async () => {
    const { result, sent } = await call(() => application.createApplication(formBody()), json(201, applicationView()))
    expect(sent).toMatchObject({ method: 'POST', path: '/api/mp/applications' })
    expect(sent.data).toEqual(formBody())
    expect(result.id).toBe('501')
  })

  test('updateApplication → PUT /api/mp/applications/{id} with the whole form', async () => {
    const { sent } = await call(() => application.updateApplication('501', formBody()), json(200, applicationView()))
    expect(sent).toMatchObject({ method: 'PUT', path: '/api/mp/applications/501' })
    expect(sent.data).toEqual(formBody())
  })

  test('getApplication → GET /api/mp/applications/{id}', async () => {
    const { result, sent } = await call(() => application.getApplication('501'), json(200, applicationView()))
    expect(sent).toMatchObject({ method: 'GET', path: '/api/mp/applications/501' })
    expect(result.status).toBe('DRAFT')
  })

  test('listApplications → GET /api/mp/applications, paging only when asked', async () => {
    const page = { items: [], page: 0, size: 20, total: 0 }
    const first = await call(() => application.listApplications(), json(200, page))
    expect(first.sent).toMatchObject({ method: 'GET', path: '/api/mp/applications', data: {} })
    mock.reset()
    mock.storage.set('token', 'tok-1')
    const next = await call(() => application.listApplications({ page: 1, size: 20 }), json(200, page))
    expect(next.sent.data).toEqual({ page: 1, size: 20 })
  })

  test('submitApplication → POST /api/mp/applications/{id}/submit', async () => {
    const { sent } = await call(() => application.submitApplication('501'), json(200, applicationView({ status: 'SUBMITTED' })))
    expect(sent).toMatchObject({ method: 'POST', path: '/api/mp/applications/501/submit' })
  })

  test('withdrawApplication → POST /api/mp/applications/{id}/withdraw', async () => {
    const { sent } = await call(() => application.withdrawApplication('501'), json(200, applicationView({ status: 'WITHDRAWN' })))
    expect(sent).toMatchObject({ method: 'POST', path: '/api/mp/applications/501/withdraw' })
  })

  test('deleteApplication → DELETE /api/mp/applications/{id}', async () => {
    const { result, sent } = await call(() => application.deleteApplication('501'), noContent())
    expect(sent).toMatchObject({ method: 'DELETE', path: '/api/mp/applications/501' })
    expect(result).toBeNull()
  })

  test('deleteApplication: a repeated delete that finds the draft gone (404) is done; 409 still fails', async () => {
    const gone = await call(() => application.deleteApplication('501'), problem(404, 'NOT_FOUND', '申报不存在'))
    expect(gone.result).toBeNull()
    mock.reset()
    mock.storage.set('token', 'tok-1')
    await expect(
      call(() => application.deleteApplication('501'), problem(409, 'APPLICATION_NOT_DELETABLE', '只有草稿可以删除')),
    ).rejects.toMatchObject({ status: 409, code: 'APPLICATION_NOT_DELETABLE' })
  })

  test('ids are encoded into the path', async () => {
    const { sent } = await call(() => application.getApplication('5/01'), json(200, applicationView()))
    expect(sent.path).toBe('/api/mp/applications/5%2F01')
  })

  test('a 422 hands its field errors to the caller', async () => {
    mock.handle(() =>
      problem(422, 'APPLICATION_INCOMPLETE', '申报内容不完整', '', {
        data: {
          type: 'about:blank',
          title: '申报内容不完整',
          status: 422,
          code: 'APPLICATION_INCOMPLETE',
          errors: { 'goals[2].title': '请填写目标名称' },
        },
      }),
    )
    await expect(application.submitApplication('501')).rejects.toMatchObject({
      status: 422,
      code: 'APPLICATION_INCOMPLETE',
      errors: { 'goals[2].title': '请填写目标名称' },
    })
  })
})

describe('cobuilding', () => {
  test('listCobuildings → GET /api/mp/cobuildings', async () => {
    const body = { items: [{ id: '9', name: 'x', status: 'ACTIVE', role: 'MEMBER', unitName: 'u' }], page: 0, size: 20, total: 1 }
    const { result, sent } = await call(() => cobuilding.listCobuildings(), json(200, body))
    expect(sent).toMatchObject({ method: 'GET', path: '/api/mp/cobuildings' })
    expect(result).toEqual(body)
  })

  test('getCobuilding → GET /api/mp/cobuildings/{id}', async () => {
    const { sent } = await call(() => cobuilding.getCobuilding('9'), json(200, cobuildingView()))
    expect(sent).toMatchObject({ method: 'GET', path: '/api/mp/cobuildings/9' })
  })

  test('joinByCode → POST /api/mp/invitations/join {code}', async () => {
    const joined = { cobuildingId: '9', cobuildingName: 'x', role: 'MEMBER', unitId: '11', unitName: 'u', alreadyMember: false }
    const { result, sent } = await call(() => cobuilding.joinByCode('K7M2QX9P'), json(200, joined))
    expect(sent).toMatchObject({ method: 'POST', path: '/api/mp/invitations/join', data: { code: 'K7M2QX9P' } })
    expect(result).toEqual(joined)
  })

  test('previewInvitation → GET /api/mp/invitations/{code}/preview', async () => {
    const preview = { cobuildingName: '闽江大学·海峡新材料先锋号', leadUnitName: '闽江大学', memberCount: 5, pioneerName: '林先锋' }
    const { result, sent } = await call(() => cobuilding.previewInvitation('K7M2QX9P'), json(200, preview))
    expect(sent).toMatchObject({ method: 'GET', path: '/api/mp/invitations/K7M2QX9P/preview' })
    expect(result).toEqual(preview)
  })

  test('createInvitation → POST /api/mp/cobuildings/{id}/invitations', async () => {
    const { sent } = await call(
      () => cobuilding.createInvitation('9', {
        clientId: 'dabc12345678', role: 'UNIT_LIAISON', unitId: '12', validDays: 7, maxUses: 1, extra: 'x',
      }),
      json(201, invitation()),
    )
    expect(sent).toMatchObject({ method: 'POST', path: '/api/mp/cobuildings/9/invitations' })
    expect(sent.data).toEqual({ clientId: 'dabc12345678', role: 'UNIT_LIAISON', unitId: '12', validDays: 7, maxUses: 1 })
  })

  test('listInvitations → GET /api/mp/cobuildings/{id}/invitations', async () => {
    const body = { items: [invitation()], page: 0, size: 20, total: 1 }
    const { result, sent } = await call(() => cobuilding.listInvitations('9'), json(200, body))
    expect(sent).toMatchObject({ method: 'GET', path: '/api/mp/cobuildings/9/invitations' })
    expect(result.items[0].code).toBe('K7M2QX9P')
  })

  test('revokeInvitation → DELETE /api/mp/cobuildings/{id}/invitations/{invitationId}', async () => {
    const { result, sent } = await call(() => cobuilding.revokeInvitation('9', '70'), noContent())
    expect(sent).toMatchObject({ method: 'DELETE', path: '/api/mp/cobuildings/9/invitations/70' })
    expect(result).toBeNull()
  })

  test('getInvitationWxacode → GET …/invitations/{invitationId}/wxacode', async () => {
    const code = { image: 'data:image/png;base64,iVBORw0KGgo=', scene: 'inv=K7M2QX9P', page: 'packages/cobuilding/join' }
    const { result, sent } = await call(() => cobuilding.getInvitationWxacode('9', '70'), json(200, code))
    expect(sent).toMatchObject({ method: 'GET', path: '/api/mp/cobuildings/9/invitations/70/wxacode' })
    expect(result.image).toBe(code.image)
  })

  test('removeMember → DELETE /api/mp/cobuildings/{id}/members/{userId}', async () => {
    const { sent } = await call(() => cobuilding.removeMember('9', '201'), noContent())
    expect(sent).toMatchObject({ method: 'DELETE', path: '/api/mp/cobuildings/9/members/201' })
  })

  test('setUnitLiaison → PUT /api/mp/cobuildings/{id}/units/{unitId}/liaison {userId}', async () => {
    const { result, sent } = await call(() => cobuilding.setUnitLiaison('9', '12', '201'), json(200, cobuildingView()))
    expect(sent).toMatchObject({ method: 'PUT', path: '/api/mp/cobuildings/9/units/12/liaison', data: { userId: '201' } })
    expect(result.id).toBe('9')
  })

  test('setAnnouncement → PUT /api/mp/cobuildings/{id}/announcement {text}', async () => {
    const answer = { announcement: '周五下午三点主题党日', updatedAt: '2026-03-10T10:00:00+08:00' }
    const { result, sent } = await call(() => cobuilding.setAnnouncement('9', '周五下午三点主题党日'), json(200, answer))
    expect(sent).toMatchObject({ method: 'PUT', path: '/api/mp/cobuildings/9/announcement', data: { text: '周五下午三点主题党日' } })
    expect(result).toEqual(answer)
  })
})
