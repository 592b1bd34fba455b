// 任务详情: owners with avatars, dates, weight, status, percent, achieved amount; the progress history newest
// first with photos opening the viewer, 修正 and 亮点 badges, paged; 更新进展 only when canReport; the pioneer's
// edit and delete, with TASK_HAS_PROGRESS explained.
const { setup, text, texts } = require('./harness')
const { json, problem, noContent } = require('./wx-mock')
const { taskView, progressView } = require('./goal-fixtures')

const { mock, load, render, settle } = setup()
const TASK = '/api/mp/tasks/51'
const HISTORY = '/api/mp/tasks/51/progress'

let id
beforeAll(() => {
  id = load('packages/goal/task')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

const history = (items, total = items.length, page = 0) => json(200, { items, page, size: 20, total })

function server(view = taskView(), routes = {}) {
  mock.handle((req) => {
    const route = routes[`${req.method} ${req.path}`]
    if (route) return route(req)
    if (req.method === 'GET' && req.path === TASK) return json(200, view)
    if (req.method === 'GET' && req.path === HISTORY) return history([progressView()])
    return problem(404, 'NOT_FOUND', '资源不存在')
  })
}

async function open() {
  const page = render(id)
  page.instance.onLoad({ id: '51' })
  await settle()
  return page
}

const srcOf = (node) => node.toJSON().attrs.find((a) => a.name === 'src').value

const tap = async (page, selector, index = 0) => {
  page.querySelectorAll(selector)[index].dispatchEvent('tap')
  await settle()
}

test('the task: goal, status, percent, dates, weight, achieved amount, owners with avatars', async () => {
  server()
  const page = await open()
  expect(text(page, '.goal-link')).toBe('阵地 · 建成标准化党建阵地 ›')
  expect(text(page, '.big')).toBe('装修党员活动室')
  expect(text(page, '.task-status')).toBe('进行中')
  expect(text(page, '.percent')).toBe('30%')
  expect(page.querySelector('.bar-fill').dom.getAttribute('style')).toContain('width: 30%')
  expect(text(page, '.dates')).toBe('计划 2026-03-01 → 截止 2026-04-30')
  expect(text(page, '.weight')).toBe('权重 2')
  expect(text(page, '.achieved')).toBe('完成量：1')
  expect(texts(page, '.owner-name')).toEqual(['王老师', '赵工'])
  expect(srcOf(page.querySelector('.avatar'))).toBe('http://127.0.0.1:8080/api/avatars/k1')
  expect(text(page, '.avatar-blank')).toBe('赵')
  await tap(page, '.goal-link')
  expect(mock.wx.navigateTo).toHaveBeenCalledWith({ url: '/packages/goal/goal?id=41' })
})

test('an overdue task says 已逾期', async () => {
  server(taskView({ overdue: true }))
  const page = await open()
  expect(text(page, '.task-status')).toBe('已逾期')
})

test('the history: who, from → to, note, photos that open the viewer over the originals, badges', async () => {
  server(taskView(), {
    [`GET ${HISTORY}`]: () =>
      history([
        progressView({ id: '62', percent: 20, previousPercent: 60, correction: true, photos: [], note: '进度有误，修正' }),
        progressView({ highlighted: true }),
      ]),
  })
  const page = await open()
  expect(texts(page, '.reporter')).toEqual(['王老师', '王老师'])
  expect(texts(page, '.report-percent')).toEqual(['60% → 20%', '30% → 60%'])
  expect(texts(page, '.note')).toEqual(['进度有误，修正', '主体装修完成'])
  expect(page.querySelectorAll('.badge-correction')).toHaveLength(1)
  expect(page.querySelectorAll('.badge-highlight')).toHaveLength(1)
  expect(texts(page, '.report-at')).toEqual(['2026-03-10 10:00', '2026-03-10 10:00'])

  const photos = page.querySelectorAll('.photo')
  expect(photos).toHaveLength(2)
  expect(srcOf(photos[0])).toBe('http://127.0.0.1:8080/api/media/701/thumb?exp=1&sig=b')
  photos[1].dispatchEvent('tap')
  await settle()
  expect(mock.wx.previewImage).toHaveBeenCalledWith({
    urls: ['http://127.0.0.1:8080/api/media/701/original?exp=1&sig=a', 'http://127.0.0.1:8080/api/media/702/original?exp=1&sig=a'],
    current: 'http://127.0.0.1:8080/api/media/702/original?exp=1&sig=a',
  })
})

test('more history pages load on 加载更多, skipping what is shown', async () => {
  server(taskView(), {
    [`GET ${HISTORY}`]: (req) =>
      req.data && req.data.page === 1
        ? history([progressView({ id: '62', note: '第二页' }), progressView({ id: '63', note: '第二页末' })], 3, 1)
        : history([progressView({ id: '61', note: '第一页首' }), progressView({ id: '62', note: '第一页' })], 3, 0),
  })
  const page = await open()
  expect(texts(page, '.note')).toEqual(['第一页首', '第一页'])
  await tap(page, '.more')
  expect(mock.requests(HISTORY).pop().data).toEqual({ page: 1, size: 20 })
  expect(texts(page, '.note')).toEqual(['第一页首', '第一页', '第二页末'])
  expect(page.querySelector('.more')).toBeFalsy()
})

test('no history says so', async () => {
  server(taskView(), { [`GET ${HISTORY}`]: () => history([]) })
  const page = await open()
  expect(text(page, '.no-history')).toBe('还没有进展')
})

test('更新进展 only when the caller may report; it opens the progress form', async () => {
  server()
  let page = await open()
  await tap(page, '.report')
  expect(mock.wx.navigateTo).toHaveBeenCalledWith({ url: '/packages/goal/progress?taskId=51' })

  server(taskView({ canReport: false, editable: false }))
  page = await open()
  expect(page.querySelector('.report')).toBeFalsy()
  expect(page.querySelector('.edit-task')).toBeFalsy()
  expect(page.querySelector('.delete-task')).toBeFalsy()
})

test('the pioneer edits; a delete refused for progress is explained', async () => {
  server(taskView(), { [`DELETE ${TASK}`]: () => problem(409, 'TASK_HAS_PROGRESS', '任务已有进展') })
  const page = await open()
  await tap(page, '.edit-task')
  expect(mock.wx.navigateTo).toHaveBeenCalledWith({ url: '/packages/goal/task-edit?id=51' })
  await tap(page, '.delete-task')
  expect(text(page, '.banner')).toBe('已有进展的任务不能删除，可将状态改为已完成或调整截止日期')
  expect(mock.wx.navigateBack).not.toHaveBeenCalled()
})

test('a delete without progress goes back', async () => {
  server(taskView(), { [`DELETE ${TASK}`]: () => noContent() })
  const page = await open()
  await tap(page, '.delete-task')
  expect(mock.wx.navigateBack).toHaveBeenCalled()
})

test('coming back to the page shows the new figures', async () => {
  let percent = 30
  server(null, { [`GET ${TASK}`]: () => json(200, taskView({ percent })) })
  const page = await open()
  percent = 60
  page.instance.onShow()
  await settle()
  expect(text(page, '.percent')).toBe('60%')
})
