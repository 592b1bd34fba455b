// 添加任务 / 编辑任务: owners picked from the co-building's members, due ≥ start checked before sending, weight
// 1..100, the body with one clientId across retries, only the changes on an edit, the server's field errors.
const { setup, text, texts } = require('./harness')
const { json, problem, networkFail } = require('./wx-mock')
const { cobuildingView } = require('./fixtures')
const { goalView, taskView } = require('./goal-fixtures')

const { mock, load, render, settle } = setup()
const CREATE = '/api/mp/goals/41/tasks'
const TASK = '/api/mp/tasks/51'

let id
beforeAll(() => {
  id = load('packages/goal/task-edit')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

function server(routes = {}) {
  mock.handle((req) => {
    const route = routes[`${req.method} ${req.path}`]
    if (route) return route(req)
    if (req.method === 'GET' && req.path === '/api/mp/goals/41') return json(200, goalView())
    if (req.method === 'GET' && req.path === TASK) return json(200, taskView())
    if (req.method === 'GET' && req.path === '/api/mp/cobuildings/9') return json(200, cobuildingView())
    return problem(404, 'NOT_FOUND', '资源不存在')
  })
}

async function open(options = { goalId: '41' }) {
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

test('the members of the goal’s co-building are offered as owners', async () => {
  server()
  const page = await open()
  expect(text(page, '.goal-title')).toBe('所属目标：建成标准化党建阵地')
  expect(texts(page, '.member-name')).toEqual(cobuildingView().memberGroups.flatMap((g) => g.members.map((m) => m.displayName)))
})

test('a due date before the start, a weight out of range and a missing title are refused in Chinese', async () => {
  server()
  const page = await open()
  await fire(page, '.planned-start', 'change', '2026-05-01')
  await fire(page, '.due-date', 'change', '2026-04-01')
  await fire(page, '.weight-input', 'input', '101')
  await tap(page, '.submit')
  expect(text(page, '.error-title-field')).toBe('请填写任务名称')
  expect(text(page, '.error-dueDate')).toBe('截止日期不能早于计划开始日期')
  expect(text(page, '.error-weight')).toBe('权重须为 1–100 的整数')
  expect(mock.requests(CREATE)).toHaveLength(0)
})

test('moving the start past the due date takes the due date along', async () => {
  server()
  const page = await open()
  await fire(page, '.planned-start', 'change', '2026-05-01')
  await fire(page, '.due-date', 'change', '2026-05-10')
  await fire(page, '.planned-start', 'change', '2026-06-01')
  expect(page.instance.data.form.dueDate).toBe('2026-06-01')
})

test('a create sends title, owners, dates, weight and a clientId kept across a retry', async () => {
  let attempts = 0
  server({
    [`POST ${CREATE}`]: () => {
      attempts += 1
      return attempts === 1 ? networkFail() : json(201, taskView({ id: '55' }))
    },
  })
  const page = await open()
  await fire(page, '.title-input', 'input', '制度上墙')
  await fire(page, '.planned-start', 'change', '2026-03-01')
  await fire(page, '.due-date', 'change', '2026-03-31')
  await fire(page, '.weight-input', 'input', '3')
  await tap(page, '.member', 1) // 王老师
  await tap(page, '.member', 0) // 林先锋
  await tap(page, '.submit')
  expect(text(page, '.banner')).toBe('网络不佳，任务未确认保存，请再点一次（不会重复添加）')
  await tap(page, '.submit')

  const sent = mock.requests(CREATE)
  expect(sent).toHaveLength(2)
  expect(sent[1].data).toEqual({
    title: '制度上墙',
    ownerIds: ['100', '101'],
    plannedStart: '2026-03-01',
    dueDate: '2026-03-31',
    weight: 3,
    clientId: sent[0].data.clientId,
  })
  expect(mock.wx.redirectTo).toHaveBeenCalledWith({ url: '/packages/goal/task?id=55' })
})

test('the server’s errors land on owners and due date', async () => {
  const reply = problem(422, 'VALIDATION_FAILED', '提交的内容有误')
  reply.data.errors = { ownerIds: '负责人须为本先锋号成员', dueDate: '截止日期不能早于计划开始日期' }
  server({ [`POST ${CREATE}`]: () => reply })
  const page = await open()
  await fire(page, '.title-input', 'input', '制度上墙')
  await tap(page, '.submit')
  expect(text(page, '.error-ownerIds')).toBe('负责人须为本先锋号成员')
  expect(text(page, '.error-dueDate')).toBe('截止日期不能早于计划开始日期')
})

test('an edit shows the owners chosen and PATCHes only the changes, reopening included', async () => {
  server({ [`PATCH ${TASK}`]: () => json(200, taskView()) })
  const page = await open({ id: '51' })
  expect(page.instance.data.members.filter((m) => m.checked).map((m) => m.userId)).toEqual(['101', '201'])
  await tap(page, '.member', 3) // 赵工 (201) off
  await tap(page, '.status-NOT_STARTED')
  await tap(page, '.submit')
  const [sent] = mock.requests(TASK).filter((r) => r.method === 'PATCH')
  expect(sent.data).toEqual({ ownerIds: ['101'], status: 'NOT_STARTED' })
  expect(mock.wx.navigateBack).toHaveBeenCalled()
})

test('only the pioneer may add or edit', async () => {
  server({ 'GET /api/mp/goals/41': () => json(200, goalView({ editable: false })) })
  let page = await open()
  expect(text(page, '.error-title')).toBe('只有科技党建先锋可以添加任务')
  server({ [`GET ${TASK}`]: () => json(200, taskView({ editable: false })) })
  page = await open({ id: '51' })
  expect(text(page, '.error-title')).toBe('只有科技党建先锋可以编辑任务')
})
