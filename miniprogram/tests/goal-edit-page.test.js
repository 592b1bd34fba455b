// 添加目标 / 编辑目标: the category fixed from the query, checks in Chinese before sending, the body (empty fields
// left out on a create; only changes, null clearing, on an edit), one clientId across retries, one request for
// a double tap, and the server's 422 errors on their fields.
const { setup, text } = require('./harness')
const { json, problem, networkFail } = require('./wx-mock')
const { goalView } = require('./goal-fixtures')

const { mock, load, render, settle } = setup()
const CREATE = '/api/mp/cobuildings/9/goals'
const GOAL = '/api/mp/goals/41'

let id
beforeAll(() => {
  id = load('packages/goal/goal-edit')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

function server(routes = {}) {
  mock.handle((req) => {
    const route = routes[`${req.method} ${req.path}`]
    if (route) return route(req)
    if (req.method === 'GET' && req.path === GOAL) return json(200, goalView())
    return problem(404, 'NOT_FOUND', '资源不存在')
  })
}

async function open(options = { cobuildingId: '9', category: 'PROBLEMS' }) {
  const page = render(id)
  page.instance.onLoad(options)
  await settle()
  return page
}

async function input(page, field, value) {
  page.querySelector(`.${field}`).dispatchEvent('input', { detail: { value } })
  await settle(4)
}

const tap = async (page, selector, index = 0) => {
  page.querySelectorAll(selector)[index].dispatchEvent('tap')
  await settle()
}

test('the category comes from the query and cannot be changed; an unknown one is refused', async () => {
  server()
  let page = await open()
  expect(text(page, '.category')).toBe('类别：攻关一批技术难题')
  page = await open({ cobuildingId: '9', category: 'NOPE' })
  expect(text(page, '.error-title')).toBe('请从“五个一”页面的类别下添加目标')
})

test('nothing is sent until the title is there and the amount is a number', async () => {
  server()
  const page = await open()
  await tap(page, '.submit')
  expect(text(page, '.error-title-field')).toBe('请填写目标名称')
  expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '请填写目标名称', icon: 'none' })
  await input(page, 'title-input', '攻关关键材料')
  expect(page.querySelector('.error-title-field')).toBeFalsy()
  await input(page, 'amount-input', '-3')
  await tap(page, '.submit')
  expect(text(page, '.error-targetAmount')).toBe('目标数量须为不小于 0 的数字（最多两位小数）')
  await input(page, 'amount-input', '')
  await input(page, 'unit-input', '项')
  await tap(page, '.submit')
  expect(text(page, '.error-targetAmount')).toBe('填写了单位，请同时填写目标数量')
  await input(page, 'title-input', 'x'.repeat(101))
  await tap(page, '.submit')
  expect(text(page, '.error-title-field')).toBe('目标名称不超过 100 字')
  expect(mock.requests(CREATE)).toHaveLength(0)
})

test('a create sends the filled fields with a clientId and opens the new goal', async () => {
  server({ [`POST ${CREATE}`]: () => json(201, goalView({ id: '45' })) })
  const page = await open()
  await input(page, 'title-input', ' 攻关关键材料 ')
  await input(page, 'amount-input', '2')
  await input(page, 'unit-input', '项')
  page.querySelector('.target-date').dispatchEvent('change', { detail: { value: '2027-06-30' } })
  await settle()
  await tap(page, '.submit')
  const [sent] = mock.requests(CREATE)
  expect(sent.method).toBe('POST')
  expect(sent.data).toEqual({
    category: 'PROBLEMS',
    title: '攻关关键材料',
    targetAmount: 2,
    targetUnit: '项',
    targetDate: '2027-06-30',
    clientId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
  })
  expect(mock.wx.redirectTo).toHaveBeenCalledWith({ url: '/packages/goal/goal?id=45' })
})

test('a create whose answer was lost is sent again with the same clientId; a double tap sends once', async () => {
  let attempts = 0
  server({
    [`POST ${CREATE}`]: () => {
      attempts += 1
      return attempts === 1 ? networkFail() : json(200, goalView({ id: '45' }))
    },
  })
  const page = await open()
  await input(page, 'title-input', '攻关关键材料')
  await tap(page, '.submit')
  expect(text(page, '.banner')).toBe('网络不佳，目标未确认保存，请再点一次（不会重复添加）')

  const button = page.querySelector('.submit')
  button.dispatchEvent('tap')
  button.dispatchEvent('tap')
  await settle()
  const ids = mock.requests(CREATE).map((r) => r.data.clientId)
  expect(ids).toHaveLength(2)
  expect(ids[1]).toBe(ids[0])
  expect(mock.wx.redirectTo).toHaveBeenCalledTimes(1)
})

test('the server’s field errors land on their fields, the rest on the banner', async () => {
  const reply = problem(422, 'VALIDATION_FAILED', '提交的内容有误')
  reply.data.errors = { targetUnit: '单位不超过 16 字', clientId: '请求标识无效' }
  server({ [`POST ${CREATE}`]: () => reply })
  const page = await open()
  await input(page, 'title-input', '攻关关键材料')
  await tap(page, '.submit')
  expect(text(page, '.error-targetUnit')).toBe('单位不超过 16 字')
  expect(text(page, '.banner')).toBe('请求标识无效')
})

test('a wording WeChat judges risky is explained, and nothing is said to be saved', async () => {
  server({ [`POST ${CREATE}`]: () => problem(422, 'CONTENT_RISKY', '内容未通过安全检查') })
  const page = await open()
  await input(page, 'title-input', '攻关关键材料')
  await tap(page, '.submit')
  expect(text(page, '.banner')).toBe('内容未通过微信安全检查，请修改文字后再提交')
  expect(mock.wx.redirectTo).not.toHaveBeenCalled()
})

test('an edit loads the goal and PATCHes only the changes; a cleared field is sent as null', async () => {
  server({ [`PATCH ${GOAL}`]: () => json(200, goalView()) })
  const page = await open({ id: '41' })
  expect(page.instance.data.form.title).toBe('建成标准化党建阵地')
  expect(text(page, '.category')).toBe('类别：打造一个党建阵地')
  await input(page, 'target-text-input', '')
  await tap(page, '.status-DROPPED')
  await tap(page, '.submit')
  const [sent] = mock.requests(GOAL).filter((r) => r.method === 'PATCH')
  expect(sent.data).toEqual({ targetText: null, status: 'DROPPED' })
  expect(mock.wx.navigateBack).toHaveBeenCalled()
})

test('an edit without changes sends nothing; a member who is not the pioneer cannot edit', async () => {
  server()
  let page = await open({ id: '41' })
  await tap(page, '.submit')
  expect(mock.requests(GOAL).filter((r) => r.method === 'PATCH')).toHaveLength(0)
  expect(mock.wx.navigateBack).toHaveBeenCalled()

  server({ [`GET ${GOAL}`]: () => json(200, goalView({ editable: false })) })
  page = await open({ id: '41' })
  expect(text(page, '.error-title')).toBe('只有科技党建先锋可以编辑目标')
})

test('a closed co-building refuses the save in words', async () => {
  server({ [`PATCH ${GOAL}`]: () => problem(409, 'COBUILDING_CLOSED', '先锋号已关闭') })
  const page = await open({ id: '41' })
  await input(page, 'title-input', '新名称')
  await tap(page, '.submit')
  expect(text(page, '.banner')).toBe('本先锋号已退出共建，目标与进度只能查看')
})
