// 阶段总结: the summaries of earlier stages (text, photos, 亮点, the goals they set), and the pioneer's form for
// the current stage — text with its counter, photos, next-stage goal rows (category, title, optional target
// text and date; at least one) — validated before sending, sent with one clientId across retries; a stage that
// moved on or was summarised meanwhile explained and the list reloaded.
const { setup, text, texts } = require('./harness')
const { json, problem, networkFail } = require('./wx-mock')

const { mock, load, render, settle } = setup()
const LIST = '/api/mp/cobuildings/9/stage-summaries'
const BASE_URL = 'http://127.0.0.1:8080'

const media = (id) => ({ id: String(id), contentType: 'image/jpeg', url: `/api/media/${id}?exp=1&sig=a`, thumbUrl: `/api/media/${id}/thumb?exp=1&sig=a`, width: 1280, height: 960 })
const goalSummary = (id, category, title, extra = {}) => ({ id: String(id), cobuildingId: '9', category, stage: 2, title, targetText: null, targetDate: null, status: 'ACTIVE', completion: 0, ...extra })

function summary(overrides = {}) {
  return {
    id: '61',
    cobuildingId: '9',
    stage: 1,
    text: '建成联合党建阵地，完成焊接工艺攻关。',
    photos: [media(701), media(702)],
    submittedBy: { userId: '100', displayName: '林先锋', avatarUrl: null },
    submittedAt: '2026-11-30T16:00:00+08:00',
    highlighted: true,
    nextGoals: [goalSummary(51, 'PROBLEMS', '攻关第二代焊接工艺', { targetText: '形成工艺规范 1 份' }), goalSummary(52, 'TALENT', '引进一名博士')],
    ...overrides,
  }
}

const listView = (overrides = {}) => ({ currentStage: 2, editable: true, items: [summary()], ...overrides })

let id
beforeAll(() => {
  id = load('packages/goal/summary')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
  mock.storage.set('expiresAt', '2999-01-01T00:00:00Z')
})

// A server with the summaries; `submit(req, state)` answers the POST (by default: stored, the stage moves on).
function server(view = listView(), submit) {
  const state = { view }
  mock.handle((req) => {
    if (req.method === 'GET' && req.path === LIST) return json(200, state.view)
    if (req.method === 'POST' && req.path === LIST) {
      if (submit) return submit(req, state)
      const created = summary({ id: '62', stage: req.data.stage, text: req.data.text, highlighted: false, photos: [], nextGoals: [] })
      state.view = { ...state.view, currentStage: req.data.stage + 1, items: [created, ...state.view.items] }
      return json(201, created)
    }
    if (req.method === 'POST' && req.path === '/api/mp/media') return json(201, { id: '901', purpose: req.formData.purpose })
    return problem(404, 'NOT_FOUND', '资源不存在')
  })
  return state
}

async function open() {
  const page = render(id)
  page.instance.onLoad({ cobuildingId: '9' })
  await settle(20)
  return page
}

async function tap(page, selector) {
  page.querySelector(selector).dispatchEvent('tap')
  await settle(30)
}

async function fill(page, selector, value) {
  page.querySelector(selector).dispatchEvent('input', { detail: { value } })
  await settle()
}

async function pick(page, selector, value) {
  page.querySelector(selector).dispatchEvent('change', { detail: { value } })
  await settle()
}

const posts = () => mock.requests(LIST).filter((r) => r.method === 'POST').map((r) => r.data)

async function fillValid(page) {
  await fill(page, '.text-input', ' 第二阶段完成了样件试制。 ')
  await pick(page, '.row-1 .category-picker', 4)
  await fill(page, '.row-1 .title-input', ' 转化两项专利 ')
}

test('shows earlier summaries: stage, author and date, text, photos, 亮点 and the goals they set', async () => {
  server()
  const page = await open()
  expect(text(page, '.current-stage')).toBe('当前：第2阶段')
  expect(text(page, '.summary-title')).toBe('第1阶段总结')
  expect(text(page, '.highlight-badge')).toBe('亮点')
  expect(text(page, '.summary-by')).toBe('林先锋 2026-11-30')
  expect(text(page, '.summary-text')).toBe('建成联合党建阵地，完成焊接工艺攻关。')
  expect(text(page, '.next-title')).toBe('第2阶段目标')
  expect(texts(page, '.next-goal-title')).toEqual(['攻关第二代焊接工艺', '引进一名博士'])
  expect(texts(page, '.next-goal .pill')).toEqual(['难题', '人才'])
  expect(text(page, '.next-goal-target')).toBe('（形成工艺规范 1 份）')

  const thumbs = page.querySelectorAll('.summary .thumb')
  thumbs[1].dispatchEvent('tap')
  await settle()
  expect(mock.wx.previewImage).toHaveBeenCalledWith({
    urls: [`${BASE_URL}/api/media/701?exp=1&sig=a`, `${BASE_URL}/api/media/702?exp=1&sig=a`],
    current: `${BASE_URL}/api/media/702?exp=1&sig=a`,
  })
})

test('members who are not the pioneer see no form; nor does the pioneer once the stage is summarised', async () => {
  server(listView({ editable: false }))
  let page = await open()
  expect(page.querySelector('.summary-form')).toBeFalsy()
  expect(page.querySelector('.submit')).toBeFalsy()
  expect(text(page, '.current .hint')).toBe('阶段总结由科技党建先锋提交。')

  server(listView({ currentStage: 1 }))
  page = await open()
  expect(page.querySelector('.summary-form')).toBeFalsy()
  expect(text(page, '.current .hint')).toBe('本阶段的总结已提交。')
})

test('no summaries yet: an empty note, and the pioneer’s form for stage 1', async () => {
  server(listView({ currentStage: 1, items: [] }))
  const page = await open()
  expect(text(page, '.empty')).toBe('还没有阶段总结')
  expect(text(page, '.summary-form .section-title')).toBe('提交第1阶段总结')
})

test('the text counts its characters up to 4000', async () => {
  server()
  const page = await open()
  expect(text(page, '.text-counter')).toBe('0/4000')
  await fill(page, '.text-input', '阵地建成😀')
  expect(text(page, '.text-counter')).toBe('5/4000')
  expect(page.querySelector('.text-input').toJSON().attrs.find((a) => a.name === 'maxlength').value).toBe(4000)
})

test('submits the text, photos and next goals with a clientId, then shows the new summary', async () => {
  const state = server()
  const page = await open()
  await fillValid(page)
  await tap(page, '.add-row')
  await pick(page, '.row-2 .category-picker', 0)
  await fill(page, '.row-2 .title-input', '阵地二期')
  await fill(page, '.row-2 .target-input', '新增展陈 1 处')
  await pick(page, '.row-2 .date-picker', '2027-06-30')
  mock.answerChooseMedia(['wxfile://tmp/a.jpg'])
  page.querySelector('.uploader').querySelector('.add').dispatchEvent('tap')
  await settle(30)
  expect(mock.requests('/api/mp/media')[0].formData.purpose).toBe('PROGRESS')
  expect(mock.wx.enableAlertBeforeUnload).toHaveBeenCalled()

  await tap(page, '.submit')
  expect(posts()).toEqual([
    {
      stage: 2,
      text: '第二阶段完成了样件试制。',
      photoMediaIds: ['901'],
      nextGoals: [
        { category: 'ACHIEVEMENTS', title: '转化两项专利' },
        { category: 'BASE', title: '阵地二期', targetText: '新增展陈 1 处', targetDate: '2027-06-30' },
      ],
      clientId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
    },
  ])
  expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '阶段总结已提交', icon: 'success' })
  expect(state.view.currentStage).toBe(3)
  expect(text(page, '.current-stage')).toBe('当前：第3阶段')
  expect(texts(page, '.summary-title')).toEqual(['第2阶段总结', '第1阶段总结'])
  expect(mock.storage.has('stage-summary:9:2')).toBe(false)
  expect(mock.wx.disableAlertBeforeUnload).toHaveBeenCalled()
  // The form starts afresh for stage 3.
  expect(page.instance.data.text).toBe('')
  expect(page.querySelectorAll('.goal-row')).toHaveLength(1)
})

describe('validation before sending', () => {
  test('text, category and title are required; nothing is sent until they are there', async () => {
    server()
    const page = await open()
    await tap(page, '.submit')
    expect(text(page, '.error-text')).toBe('请填写本阶段的工作总结')
    expect(text(page, '.row-1 .error-category')).toBe('请选择类别')
    expect(text(page, '.row-1 .error-title-field')).toBe('请填写目标名称')
    expect(posts()).toEqual([])

    // Fixing a field clears its error.
    await pick(page, '.row-1 .category-picker', 1)
    expect(page.querySelector('.row-1 .error-category')).toBeFalsy()
    expect(text(page, '.row-1 .category-value')).toBe('攻关一批技术难题')
  })

  test('too long: text over 4000, a title or target over 100 characters', async () => {
    server()
    const page = await open()
    await fill(page, '.text-input', '字'.repeat(4001))
    await pick(page, '.row-1 .category-picker', 1)
    await fill(page, '.row-1 .title-input', '题'.repeat(101))
    await fill(page, '.row-1 .target-input', '标'.repeat(101))
    await tap(page, '.submit')
    expect(text(page, '.error-text')).toBe('总结最多 4000 字')
    expect(text(page, '.row-1 .error-title-field')).toBe('目标名称最多 100 字')
    expect(text(page, '.row-1 .error-target')).toBe('目标说明最多 100 字')
    expect(posts()).toEqual([])
  })

  test('rows: the last one cannot be removed, others can; at most 20', async () => {
    server()
    const page = await open()
    expect(page.querySelector('.remove-row')).toBeFalsy()
    await tap(page, '.add-row')
    expect(page.querySelectorAll('.remove-row')).toHaveLength(2)
    await fill(page, '.row-2 .title-input', '第二个')
    await tap(page, '.row-1 .remove-row')
    expect(page.querySelectorAll('.goal-row')).toHaveLength(1)
    expect(page.instance.data.rows[0].title).toBe('第二个')
    expect(page.querySelector('.remove-row')).toBeFalsy()

    for (let i = 0; i < 25; i += 1) page.instance.onAddRow()
    await settle()
    expect(page.querySelectorAll('.goal-row')).toHaveLength(20)
    expect(page.querySelector('.add-row')).toBeFalsy()
  })

  test('a photo still uploading or failed holds the submit', async () => {
    server()
    const page = await open()
    await fillValid(page)
    page.instance.onPhotos({ detail: { mediaIds: [], uploading: true, failed: false } })
    await tap(page, '.submit')
    expect(text(page, '.error-photos')).toBe('照片还在上传，请稍候')
    page.instance.onPhotos({ detail: { mediaIds: ['901'], uploading: false, failed: true } })
    await tap(page, '.submit')
    expect(text(page, '.error-photos')).toMatch(/没有上传成功/)
    expect(posts()).toEqual([])
  })
})

test('a lost answer: the retry carries the same clientId, kept even across a restart of the page', async () => {
  let lost = true
  server(listView(), (req, state) => {
    if (lost) return networkFail()
    state.view = { ...state.view, currentStage: 3, items: [summary({ id: '62', stage: 2 }), ...state.view.items] }
    return json(201, state.view.items[0])
  })
  let page = await open()
  await fillValid(page)
  await tap(page, '.submit')
  expect(text(page, '.form-error')).toBe('网络不佳，提交结果未确认，请重试')
  expect(text(page, '.submit')).toBe('重试提交')
  await tap(page, '.submit')

  // The page is closed and opened again: the stage's clientId is still the one sent.
  page = await open()
  await fillValid(page)
  lost = false
  await tap(page, '.submit')
  const ids = posts().map((b) => b.clientId)
  expect(ids).toHaveLength(3)
  expect(new Set(ids).size).toBe(1)
  expect(text(page, '.current-stage')).toBe('当前：第3阶段')
})

test.each([
  ['STAGE_MISMATCH', '阶段已变化，可能已有人提交了本阶段总结，已为你刷新'],
  ['STAGE_ALREADY_SUMMARIZED', '本阶段已提交过总结，已为你刷新'],
])('409 %s is explained, the list reloaded and the next try gets a new clientId', async (code, message) => {
  server(listView(), (req, state) => {
    state.view = { ...state.view, currentStage: 3, items: [summary({ id: '62', stage: 2 }), ...state.view.items] }
    return problem(409, code, '冲突')
  })
  const page = await open()
  await fillValid(page)
  await tap(page, '.submit')
  expect(mock.wx.showToast).toHaveBeenCalledWith({ title: message, icon: 'none' })
  expect(text(page, '.form-error')).toBe(message)
  expect(mock.requests(LIST).filter((r) => r.method === 'GET')).toHaveLength(2)
  expect(text(page, '.current-stage')).toBe('当前：第3阶段')
  expect(mock.storage.has('stage-summary:9:2')).toBe(false)
  // What was typed stays for the new stage's form.
  expect(page.instance.data.text).toBe(' 第二阶段完成了样件试制。 ')
  expect(text(page, '.summary-form .section-title')).toBe('提交第3阶段总结')
})

test('a 422 shows each field error where the field is', async () => {
  server(listView(), () => ({
    ...problem(422, 'VALIDATION_FAILED', '参数有误'),
    data: { title: '参数有误', code: 'VALIDATION_FAILED', errors: { 'nextGoals[0].targetDate': '目标日期不能早于今天', photoMediaIds: '照片须是你本人上传的' } },
  }))
  const page = await open()
  await fillValid(page)
  await tap(page, '.submit')
  expect(text(page, '.row-1 .error-date')).toBe('目标日期不能早于今天')
  expect(text(page, '.error-photos')).toBe('照片须是你本人上传的')
  expect(text(page, '.submit')).toBe('提交阶段总结')
})

test('not a member: the page says so', async () => {
  mock.handle(() => problem(404, 'COBUILDING_NOT_FOUND', '先锋号不存在'))
  const page = await open()
  expect(text(page, '.error-title')).toBe('先锋号不存在，或你不在该先锋号中')
})
