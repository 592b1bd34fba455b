// 目标详情: target, achieved against target with the unit, date, status, completion; tasks overdue first with
// their status chips; the pioneer's edit / add task / delete, and the delete refused once there is progress.
const { setup, text, texts } = require('./harness')
const { json, problem, noContent } = require('./wx-mock')
const { goalView, taskView } = require('./goal-fixtures')

const { mock, load, render, settle } = setup()
const GOAL = '/api/mp/goals/41'

let id
beforeAll(() => {
  id = load('packages/goal/goal')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

function server(view = goalView(), routes = {}) {
  mock.handle((req) => {
    const route = routes[`${req.method} ${req.path}`]
    if (route) return route(req)
    if (req.method === 'GET' && req.path === GOAL) return json(200, view)
    return problem(404, 'NOT_FOUND', '资源不存在')
  })
}

async function open() {
  const page = render(id)
  page.instance.onLoad({ id: '41' })
  await settle()
  return page
}

const tap = async (page, selector, index = 0) => {
  page.querySelectorAll(selector)[index].dispatchEvent('tap')
  await settle()
}

test('the goal: category and stage, target, achieved of target with its unit, date, status, completion', async () => {
  server()
  const page = await open()
  expect(text(page, '.category')).toBe('打造一个党建阵地 · 第1阶段')
  expect(text(page, '.goal-title')).toBe('建成标准化党建阵地')
  expect(text(page, '.goal-status')).toBe('进行中')
  expect(text(page, '.target-text')).toBe('目标：完成“八有”建设')
  expect(text(page, '.achieved')).toBe('完成量：3 / 8 项')
  expect(text(page, '.target-date')).toBe('目标日期：2026-12-31')
  expect(page.querySelector('.ring').dom.textContent).toContain('40%')
  expect(mock.wx.setNavigationBarTitle).toHaveBeenCalledWith({ title: '建成标准化党建阵地' })
})

test('tasks overdue first, with 已逾期 over their own status; a task opens', async () => {
  server()
  const page = await open()
  expect(texts(page, '.task .task-title')).toEqual(['制度上墙', '装修党员活动室'])
  expect(texts(page, '.task .task-status')).toEqual(['已逾期', '进行中'])
  await tap(page, '.task', 1)
  expect(mock.wx.navigateTo).toHaveBeenCalledWith({ url: '/packages/goal/task?id=51' })
})

test('a goal without a target amount shows no achieved line; no tasks says so', async () => {
  server(goalView({ targetAmount: null, achievedAmount: 0, tasks: [], editable: false }))
  const page = await open()
  expect(page.querySelector('.achieved')).toBeFalsy()
  expect(text(page, '.no-tasks')).toBe('还没有任务')
})

test('only the pioneer sees edit, add task and delete', async () => {
  server()
  let page = await open()
  await tap(page, '.edit-goal')
  await tap(page, '.add-task')
  expect(mock.wx.navigateTo.mock.calls.map(([o]) => o.url)).toEqual(['/packages/goal/goal-edit?id=41', '/packages/goal/task-edit?goalId=41'])
  expect(page.querySelector('.delete-goal')).toBeTruthy()

  server(goalView({ editable: false }))
  page = await open()
  expect(['.edit-goal', '.add-task', '.delete-goal'].filter((s) => page.querySelector(s))).toEqual([])
})

test('delete asks first, then goes back', async () => {
  server(goalView(), { [`DELETE ${GOAL}`]: () => noContent() })
  const page = await open()
  await tap(page, '.delete-goal')
  expect(mock.wx.showModal).toHaveBeenCalled()
  expect(mock.requests(GOAL).filter((r) => r.method === 'DELETE')).toHaveLength(1)
  expect(mock.wx.navigateBack).toHaveBeenCalled()
})

test('a cancelled confirm deletes nothing', async () => {
  server()
  mock.answerModal(false)
  const page = await open()
  await tap(page, '.delete-goal')
  expect(mock.requests(GOAL).filter((r) => r.method === 'DELETE')).toHaveLength(0)
})

test('409 GOAL_HAS_PROGRESS explains to set it 已放弃 instead', async () => {
  server(goalView(), { [`DELETE ${GOAL}`]: () => problem(409, 'GOAL_HAS_PROGRESS', '目标已有进展') })
  const page = await open()
  await tap(page, '.delete-goal')
  expect(text(page, '.banner')).toBe('已有进展的目标不能删除，可将状态设为已放弃')
  expect(mock.wx.navigateBack).not.toHaveBeenCalled()
})

test('a goal one may not see is an error with a retry', async () => {
  server(null, { [`GET ${GOAL}`]: () => problem(404, 'GOAL_NOT_FOUND', '目标不存在') })
  const page = await open()
  expect(text(page, '.error-title')).toBe('目标不存在或你已不在本先锋号中')
  server(goalView({ tasks: [taskView()] }))
  await tap(page, '.retry')
  expect(text(page, '.goal-title')).toBe('建成标准化党建阵地')
})
