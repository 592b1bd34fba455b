// 更新进展: the slider starts at the task's percent and cannot go below it unless the pioneer turns on 修正进度;
// photos through the uploader (purpose PROGRESS) hold the submit while uploading; one clientId across retries;
// a double tap posts once; refusals in Chinese; success goes back to the task.
const { setup, text } = require('./harness')
const { json, problem, networkFail } = require('./wx-mock')
const { goalView, taskView, progressView, media } = require('./goal-fixtures')

const { mock, load, render, settle } = setup()
const POST = '/api/mp/tasks/51/progress'

let id
beforeAll(() => {
  id = load('packages/goal/progress')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

function server(routes = {}) {
  mock.handle((req) => {
    const route = routes[`${req.method} ${req.path}`]
    if (route) return route(req)
    if (req.method === 'GET' && req.path === '/api/mp/tasks/51') return json(200, taskView({ editable: false }))
    if (req.method === 'GET' && req.path === '/api/mp/goals/41') return json(200, goalView())
    return problem(404, 'NOT_FOUND', '资源不存在')
  })
}

async function open() {
  const page = render(id)
  page.instance.onLoad({ taskId: '51' })
  await settle()
  return page
}

async function fire(page, selector, name, value) {
  page.querySelector(selector).dispatchEvent(name, { detail: { value } })
  await settle(4)
}

const tap = async (page, selector) => {
  page.querySelector(selector).dispatchEvent('tap')
  await settle()
}

const attr = (node, name) => {
  const a = node.toJSON().attrs.find((x) => x.name === name)
  return a ? a.value : undefined
}

test('the slider starts at the current percent, which is also its floor; no correction switch for a member', async () => {
  server()
  const page = await open()
  expect(text(page, '.current')).toBe('当前进度 30%')
  const slider = page.querySelector('.percent-slider')
  expect(attr(slider, 'min')).toBe(30)
  expect(attr(slider, 'value')).toBe(30)
  expect(page.querySelector('.correction-switch')).toBeFalsy()
  // A value below the floor (a stale event) is held at the floor.
  await fire(page, '.percent-slider', 'change', 10)
  expect(text(page, '.percent-value')).toBe('30%')
  await fire(page, '.percent-slider', 'changing', 65)
  expect(text(page, '.percent-value')).toBe('65%')
})

test('the pioneer’s 修正进度 lowers the floor to 0 and sends correction: true', async () => {
  server({
    'GET /api/mp/tasks/51': () => json(200, taskView({ editable: true })),
    [`POST ${POST}`]: () => json(201, progressView()),
  })
  const page = await open()
  await fire(page, '.correction-switch', 'change', true)
  expect(attr(page.querySelector('.percent-slider'), 'min')).toBe(0)
  await fire(page, '.percent-slider', 'change', 20)
  await tap(page, '.submit')
  expect(mock.requests(POST)[0].data).toEqual({ percent: 20, correction: true, clientId: expect.any(String) })

  // Turning it off again raises the value back to the floor.
  await fire(page, '.correction-switch', 'change', false)
  expect(text(page, '.percent-value')).toBe('30%')
})

test('a full report: percent, note, photos, achieved amount in the goal’s unit; back to the task', async () => {
  server({
    'POST /api/mp/media': () => ({ ...json(201, { ...media('701'), purpose: 'PROGRESS' }), progress: [50, 100] }),
    [`POST ${POST}`]: () => json(201, progressView()),
  })
  const page = await open()
  expect(page.querySelector('.amount-input')).toBeTruthy()
  await fire(page, '.percent-slider', 'change', 60)
  await fire(page, '.note-input', 'input', ' 主体装修完成 ')
  await fire(page, '.amount-input', 'input', '1')
  mock.answerChooseMedia(['wxfile://tmp/p1.jpg'])
  page.querySelector('.uploader').querySelector('.add').dispatchEvent('tap')
  await settle(30)
  const [upload] = mock.requests('/api/mp/media')
  expect(upload.formData).toMatchObject({ purpose: 'PROGRESS' })
  await tap(page, '.submit')
  expect(mock.requests(POST)[0].data).toEqual({
    percent: 60,
    note: '主体装修完成',
    photoMediaIds: ['701'],
    achievedAmount: 1,
    clientId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
  })
  expect(mock.wx.navigateBack).toHaveBeenCalled()
})

test('no achieved amount when the goal counts none', async () => {
  server({ 'GET /api/mp/goals/41': () => json(200, goalView({ targetAmount: null })) })
  const page = await open()
  expect(page.querySelector('.amount-input')).toBeFalsy()
})

test('while a photo uploads the submit waits; a failed photo must be retried or removed', async () => {
  server({ [`POST ${POST}`]: () => json(201, progressView()) })
  const page = await open()
  page.instance.onPhotos({ detail: { mediaIds: [], uploading: true, failed: false } })
  await settle()
  expect(attr(page.querySelector('.submit'), 'disabled')).toBe(true)
  expect(text(page, '.uploading-hint')).toBe('照片上传中，完成后即可提交')
  page.instance.onSubmit()
  await settle()
  page.instance.onPhotos({ detail: { mediaIds: ['701'], uploading: false, failed: true } })
  await tap(page, '.submit')
  expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '有照片未上传成功，请点照片重试或删除', icon: 'none' })
  expect(mock.requests(POST)).toHaveLength(0)
})

test('a post whose answer was lost goes again with the same clientId; a double tap posts once', async () => {
  let attempts = 0
  server({
    [`POST ${POST}`]: () => {
      attempts += 1
      return attempts === 1 ? networkFail() : json(200, progressView())
    },
  })
  const page = await open()
  await fire(page, '.percent-slider', 'change', 50)
  const button = page.querySelector('.submit')
  button.dispatchEvent('tap')
  button.dispatchEvent('tap')
  await settle()
  expect(mock.requests(POST)).toHaveLength(1)
  expect(text(page, '.banner')).toBe('网络不佳，进展未确认提交，请再点一次（不会重复提交）')
  await tap(page, '.submit')
  const ids = mock.requests(POST).map((r) => r.data.clientId)
  expect(ids).toHaveLength(2)
  expect(ids[1]).toBe(ids[0])
  expect(mock.wx.navigateBack).toHaveBeenCalledTimes(1)
})

test.each([
  [problem(409, 'PROGRESS_BACKWARDS', '进度不能回退'), '进度不能低于当前的 30%，如需调低请由科技党建先锋修正'],
  [problem(409, 'TASK_DONE', '任务已完成'), '任务已完成，不能再更新进展'],
  [problem(403, 'FORBIDDEN', '没有权限'), '只有任务负责人、单位联络员和科技党建先锋可以更新进展'],
  [problem(409, 'COBUILDING_CLOSED', '已关闭'), '本先锋号已退出共建，不能再更新进展'],
  [problem(422, 'CONTENT_RISKY', '内容未通过安全检查'), '说明未通过微信安全检查，请修改后再提交'],
  [problem(503, 'WX_UNAVAILABLE', '微信服务暂时不可用'), '微信内容检查暂时不可用，进展未提交，请稍后再点一次（不会重复提交）'],
])('a refusal (%#) is said in Chinese', async (reply, message) => {
  server({ [`POST ${POST}`]: () => reply })
  const page = await open()
  await tap(page, '.submit')
  expect(text(page, '.banner')).toBe(message)
  expect(mock.wx.navigateBack).not.toHaveBeenCalled()
})

test('the server’s 422 lands on the photos', async () => {
  const reply = problem(422, 'VALIDATION_FAILED', '提交的内容有误')
  reply.data.errors = { photoMediaIds: '照片须为你本人上传的进展照片' }
  server({ [`POST ${POST}`]: () => reply })
  const page = await open()
  await tap(page, '.submit')
  expect(text(page, '.error-photoMediaIds')).toBe('照片须为你本人上传的进展照片')
})

test('a finished task, or one the caller may not report on, is not offered', async () => {
  server({ 'GET /api/mp/tasks/51': () => json(200, taskView({ status: 'DONE', percent: 100, canReport: false })) })
  let page = await open()
  expect(text(page, '.error-title')).toBe('任务已完成，不能再更新进展')
  server({ 'GET /api/mp/tasks/51': () => json(200, taskView({ canReport: false })) })
  page = await open()
  expect(text(page, '.error-title')).toBe('只有任务负责人、单位联络员和科技党建先锋可以更新进展')
  expect(page.querySelector('.submit')).toBeFalsy()
})
