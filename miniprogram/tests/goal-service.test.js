// services/goal.js: one function per endpoint of the five ones, with the method, path, body and query the
// contract names; filters not given are left out; a 204 resolves undefined.
const { createWxMock, json, noContent, problem } = require('./wx-mock')
const { serviceCall } = require('./service-call')

const mock = createWxMock()
global.wx = mock.wx
const goal = require('../services/goal')
require('../services/auth')

const call = serviceCall(mock)

beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
  mock.storage.set('expiresAt', '2999-01-01T00:00:00Z')
})

test('the goal list is a GET of the co-building with the stage only when given', async () => {
  let r = await call(() => goal.listGoals('9'), json(200, { goals: [] }))
  expect(r.result).toEqual({ goals: [] })
  expect(r.sent).toMatchObject({ method: 'GET', path: '/api/mp/cobuildings/9/goals' })
  expect(Object.keys(r.sent.data || {})).toEqual([])
  mock.reset()
  mock.storage.set('token', 'tok-1')
  r = await call(() => goal.listGoals('9', { stage: 2 }), json(200, {}))
  expect(r.sent.data).toEqual({ stage: 2 })
})

test('goals: create posts to the co-building, one goal is GET/PATCH/DELETE of /api/mp/goals/{id}', async () => {
  const body = { category: 'BASE', title: '建成党建阵地', targetAmount: 1, targetUnit: '个', clientId: 'dabc123456789' }
  let r = await call(() => goal.createGoal('9', body), json(201, { id: '41' }))
  expect(r.sent).toMatchObject({ method: 'POST', path: '/api/mp/cobuildings/9/goals', data: body })
  const steps = [
    [() => goal.getGoal('41'), 'GET', undefined],
    [() => goal.updateGoal('41', { status: 'DROPPED', targetDate: null }), 'PATCH', { status: 'DROPPED', targetDate: null }],
  ]
  for (const [fn, method, data] of steps) {
    mock.reset()
    mock.storage.set('token', 'tok-1')
    r = await call(fn, json(200, { id: '41' }))
    expect(r.sent).toMatchObject({ method, path: '/api/mp/goals/41' })
    if (data) expect(r.sent.data).toEqual(data)
  }
  mock.reset()
  mock.storage.set('token', 'tok-1')
  r = await call(() => goal.deleteGoal('41'), noContent())
  expect(r.sent).toMatchObject({ method: 'DELETE', path: '/api/mp/goals/41' })
  expect(r.result).toBeUndefined()
})

test('the progress table sends only the filters given', async () => {
  const { sent } = await call(() => goal.listTasks('9', { mine: true, overdue: undefined, page: 0 }), json(200, { items: [] }))
  expect(sent).toMatchObject({ method: 'GET', path: '/api/mp/cobuildings/9/tasks', data: { mine: true, page: 0 } })
  expect(Object.keys(sent.data).sort()).toEqual(['mine', 'page'])
})

test('tasks: create posts to the goal, one task is GET/PATCH/DELETE of /api/mp/tasks/{id}', async () => {
  const body = { title: '装修活动室', ownerIds: ['201'], plannedStart: '2026-12-01', dueDate: '2026-12-31', weight: 2, clientId: 'd1' }
  let r = await call(() => goal.createTask('41', body), json(201, { id: '51' }))
  expect(r.sent).toMatchObject({ method: 'POST', path: '/api/mp/goals/41/tasks', data: body })
  mock.reset()
  mock.storage.set('token', 'tok-1')
  r = await call(() => goal.getTask('51'), json(200, { id: '51' }))
  expect(r.sent).toMatchObject({ method: 'GET', path: '/api/mp/tasks/51' })
  mock.reset()
  mock.storage.set('token', 'tok-1')
  r = await call(() => goal.updateTask('51', { status: 'IN_PROGRESS' }), json(200, { id: '51' }))
  expect(r.sent).toMatchObject({ method: 'PATCH', path: '/api/mp/tasks/51', data: { status: 'IN_PROGRESS' } })
  mock.reset()
  mock.storage.set('token', 'tok-1')
  r = await call(() => goal.deleteTask('51'), noContent())
  expect(r.sent).toMatchObject({ method: 'DELETE', path: '/api/mp/tasks/51' })
})

test('progress: post with the clientId, the paged history, one report', async () => {
  const body = { percent: 60, note: '完成主体', photoMediaIds: ['m1'], clientId: 'dp1' }
  let r = await call(() => goal.postProgress('51', body), json(201, { id: '61' }))
  expect(r.sent).toMatchObject({ method: 'POST', path: '/api/mp/tasks/51/progress', data: body })
  mock.reset()
  mock.storage.set('token', 'tok-1')
  r = await call(() => goal.listProgress('51', { page: 1 }), json(200, { items: [] }))
  expect(r.sent).toMatchObject({ method: 'GET', path: '/api/mp/tasks/51/progress', data: { page: 1 } })
  expect(Object.keys(r.sent.data)).toEqual(['page'])
  mock.reset()
  mock.storage.set('token', 'tok-1')
  r = await call(() => goal.getProgress('61'), json(200, { id: '61' }))
  expect(r.sent).toMatchObject({ method: 'GET', path: '/api/mp/progress/61' })
})

test('the 八有 checklist: read, tick with photos (PUT), withdraw (DELETE)', async () => {
  let r = await call(() => goal.getChecklist('9'), json(200, { items: [] }))
  expect(r.sent).toMatchObject({ method: 'GET', path: '/api/mp/cobuildings/9/checklist' })
  mock.reset()
  mock.storage.set('token', 'tok-1')
  r = await call(() => goal.tickChecklistItem('9', '3', { note: '已挂牌', photoMediaIds: ['m2'] }), json(200, {}))
  expect(r.sent).toMatchObject({ method: 'PUT', path: '/api/mp/cobuildings/9/checklist/3', data: { note: '已挂牌', photoMediaIds: ['m2'] } })
  mock.reset()
  mock.storage.set('token', 'tok-1')
  r = await call(() => goal.withdrawChecklistTick('9', '3'), noContent())
  expect(r.result).toBeUndefined()
  expect(r.sent).toMatchObject({ method: 'DELETE', path: '/api/mp/cobuildings/9/checklist/3' })
})

test('stage summaries: the list and the submit with its next goals', async () => {
  let r = await call(() => goal.listStageSummaries('9'), json(200, { items: [] }))
  expect(r.sent).toMatchObject({ method: 'GET', path: '/api/mp/cobuildings/9/stage-summaries' })
  mock.reset()
  mock.storage.set('token', 'tok-1')
  const body = { stage: 1, text: '第一阶段', nextGoals: [{ category: 'BASE', title: '下一步' }], clientId: 'ds1' }
  r = await call(() => goal.submitStageSummary('9', body), json(201, { id: '71' }))
  expect(r.sent).toMatchObject({ method: 'POST', path: '/api/mp/cobuildings/9/stage-summaries', data: body })
})

test('ids are encoded as one path segment', async () => {
  const { sent } = await call(() => goal.getGoal('a/b'), json(200, {}))
  expect(sent.path).toBe('/api/mp/goals/a%2Fb')
})

test('a refusal rejects with the problem code', async () => {
  mock.handle(() => problem(409, 'GOAL_HAS_PROGRESS', '已有进展'))
  await expect(goal.deleteGoal('41')).rejects.toMatchObject({ status: 409, code: 'GOAL_HAS_PROGRESS' })
})
