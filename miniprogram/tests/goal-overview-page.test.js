// 五个一 overview: five cards in the programme's order with rings, counts and goals; the pioneer's 添加目标 only
// for the pioneer and only on the current stage; the stage switcher; the entries (the board with the publicId);
// 我的任务 overdue first.
const { setup, text, texts } = require('./harness')
const { json, problem } = require('./wx-mock')
const { cobuildingView } = require('./fixtures')
const { CATEGORIES, goalListView, goalSummary, taskView } = require('./goal-fixtures')

const { mock, load, render, settle } = setup()
const GOALS = '/api/mp/cobuildings/9/goals'

let id
beforeAll(() => {
  id = load('packages/goal/overview')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

function server(view = goalListView(), routes = {}) {
  mock.handle((req) => {
    const route = routes[`${req.method} ${req.path}`]
    if (route) return route(req)
    if (req.path === GOALS) return json(200, typeof view === 'function' ? view(req) : view)
    if (req.path === '/api/mp/cobuildings/9') return json(200, cobuildingView())
    return problem(404, 'NOT_FOUND', '资源不存在')
  })
}

async function open() {
  const page = render(id)
  page.instance.onLoad({ cobuildingId: '9' })
  await settle()
  return page
}

const tap = async (page, selector, index = 0) => {
  page.querySelectorAll(selector)[index].dispatchEvent('tap')
  await settle()
}

test('five cards in order, each with its ring, goal count and goals', async () => {
  server()
  const page = await open()
  expect(texts(page, '.card-label')).toEqual([
    '打造一个党建阵地',
    '攻关一批技术难题',
    '培养一批学科技术带头人',
    '输出引进一名高层次人才',
    '转化一批重大科技成果',
  ])
  expect(texts(page, '.goal-count')).toEqual(['1 个目标', '2 个目标', '0 个目标', '0 个目标', '0 个目标'])
  // Goals under their cards, in category order (a node inside a wx:for item cannot be searched from the item).
  const inCard = (category, cls) => [...page.querySelector(`.card-${category}`).dom.querySelectorAll(`.main--${cls}`)].map((n) => n.textContent.trim())
  expect(inCard('BASE', 'goal-title')).toEqual(['建成标准化党建阵地'])
  expect(inCard('BASE', 'goal-completion')).toEqual(['40%'])
  expect(inCard('BASE', 'goal-overdue')).toEqual(['1 项逾期'])
  expect(inCard('PROBLEMS', 'goal-title')).toEqual(['攻关关键材料', '联合申报项目'])
  expect(inCard('PROBLEMS', 'goal-status')).toEqual(['进行中', '已达成'])
  expect(inCard('PROBLEMS', 'goal-overdue')).toEqual([])
  expect(inCard('LEADERS', 'no-goals')).toEqual(['本阶段还没有目标'])
  const ring = (category) => page.querySelector(`.card-${category}`).dom.querySelector('.completion-ring--figure').textContent
  expect(CATEGORIES.map(ring)).toEqual(['40%', '40%', '0%', '0%', '0%'])
  expect(texts(page, '.goal-tasks')).toEqual(['任务 0/2', '任务 0/2', '任务 0/2'])
  expect(page.querySelector('.stages')).toBeFalsy() // one stage: no switcher

  await tap(page, '.goal-row')
  expect(mock.wx.navigateTo).toHaveBeenCalledWith({ url: '/packages/goal/goal?id=41' })
})

test('the pioneer adds goals per category; a member does not see the button', async () => {
  server()
  let page = await open()
  expect(page.querySelectorAll('.add-goal')).toHaveLength(5)
  await tap(page, '.add-goal', 3)
  expect(mock.wx.navigateTo).toHaveBeenCalledWith({ url: '/packages/goal/goal-edit?cobuildingId=9&category=TALENT' })

  mock.reset()
  mock.storage.set('token', 'tok-1')
  server(goalListView({ editable: false }))
  page = await open()
  expect(page.querySelectorAll('.add-goal')).toHaveLength(0)
})

test('the stage switcher loads another stage; goals are added to the current stage only', async () => {
  server((req) =>
    req.data && req.data.stage === 1
      ? goalListView({ stage: 1, currentStage: 2, stages: [1, 2], goals: [goalSummary({ title: '第一阶段目标' })] })
      : goalListView({ stage: 2, currentStage: 2, stages: [1, 2], goals: [goalSummary({ id: '44', stage: 2, title: '第二阶段目标' })] }),
  )
  const page = await open()
  expect(texts(page, '.stage')).toEqual(['第1阶段', '第2阶段（当前）'])
  expect(text(page, '.goal-title')).toBe('第二阶段目标')
  expect(page.querySelectorAll('.add-goal')).toHaveLength(5)

  await tap(page, '.stage', 0)
  expect(mock.requests(GOALS).pop().data).toEqual({ stage: 1 })
  expect(text(page, '.goal-title')).toBe('第一阶段目标')
  expect(page.querySelectorAll('.add-goal')).toHaveLength(0)
})

test('entries to the checklist, the summaries and the board (with the publicId)', async () => {
  server()
  const page = await open()
  await tap(page, '.entry-checklist')
  await tap(page, '.entry-summary')
  await tap(page, '.entry-board')
  expect(mock.wx.navigateTo.mock.calls.map(([o]) => o.url)).toEqual([
    '/packages/goal/checklist?cobuildingId=9',
    '/packages/goal/summary?cobuildingId=9',
    '/packages/board/index?publicId=pub-9&cobuildingId=9',
  ])
})

test('我的任务 lists the caller’s tasks, overdue first', async () => {
  server(goalListView(), {
    'GET /api/mp/cobuildings/9/tasks': () =>
      json(200, {
        items: [taskView({ id: '51', title: '按期任务' }), taskView({ id: '52', title: '逾期任务', overdue: true })],
        page: 0,
        size: 200,
        total: 2,
      }),
  })
  const page = await open()
  await tap(page, '.tab-mine')
  const [req] = mock.requests('/api/mp/cobuildings/9/tasks')
  expect(req.data).toMatchObject({ mine: true })
  expect(texts(page, '.my-task .task-title')).toEqual(['逾期任务', '按期任务'])
  expect(texts(page, '.my-task .task-status')).toEqual(['已逾期', '进行中'])
  await tap(page, '.my-task', 0)
  expect(mock.wx.navigateTo).toHaveBeenCalledWith({ url: '/packages/goal/task?id=52' })
})

test('a non-member sees why, and can retry', async () => {
  server(null, { [`GET ${GOALS}`]: () => problem(404, 'COBUILDING_NOT_FOUND', '先锋号不存在') })
  const page = await open()
  expect(text(page, '.error-title')).toBe('先锋号不存在或你已不在其中')
  expect(page.querySelector('.retry')).toBeTruthy()
})
