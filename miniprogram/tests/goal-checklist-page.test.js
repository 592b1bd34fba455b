// 八有: the eight items in order with their status, the rejection's reason and the evidence; editors tick
// with a note and 1–9 photos (uploaded for PROGRESS), tick again after a rejection, withdraw a tick that is not
// yet confirmed; refusals explained in Chinese; a lost answer retried with the same body.
const { setup, text, texts } = require('./harness')
const { json, problem, noContent, networkFail } = require('./wx-mock')
const { checklistView, tick, NAMES } = require('./goal-checklist-fixtures')

const { mock, load, render, settle } = setup()
const LIST = '/api/mp/cobuildings/9/checklist'
const item = (itemId) => `${LIST}/${itemId}`
const BASE_URL = 'http://127.0.0.1:8080'

let id
beforeAll(() => {
  id = load('packages/goal/checklist')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
  mock.storage.set('expiresAt', '2999-01-01T00:00:00Z')
})

// A server holding one checklist; `routes` answer "METHOD path" before it.
function server(view = checklistView(), routes = {}) {
  const state = { view }
  mock.handle((req) => {
    const route = routes[`${req.method} ${req.path}`]
    if (route) return route(req, state)
    if (req.method === 'GET' && req.path === LIST) return json(200, state.view)
    if (req.method === 'POST' && req.path === '/api/mp/media') {
      const n = mock.requests('/api/mp/media').length
      return json(201, { id: String(900 + n), purpose: req.formData.purpose, url: '/api/media/x', thumbUrl: '/api/media/x/thumb' })
    }
    return problem(404, 'NOT_FOUND', '资源不存在')
  })
  return state
}

// A tick that lands: the item becomes TICKED with what was sent.
const tickRoute = (itemId, reply) => ({
  [`PUT ${item(itemId)}`]: (req, state) => {
    const answer = reply ? reply(req) : json(200, {})
    if (answer.statusCode < 300) {
      state.view = {
        ...state.view,
        items: state.view.items.map((e) => (e.itemId === itemId ? { ...e, tick: tick('TICKED', { note: req.data.note || null }) } : e)),
      }
    }
    return answer
  },
})

async function open() {
  const page = render(id)
  page.instance.onLoad({ cobuildingId: '9' })
  await settle(20)
  return page
}

async function tap(node) {
  node.dispatchEvent('tap')
  await settle(30)
}
const puts = (itemId) => mock.requests(item(itemId)).filter((r) => r.method === 'PUT')

async function addPhotos(page, paths) {
  mock.answerChooseMedia(paths)
  await tap(page.querySelector('.uploader').querySelector('.add'))
}

test('lists the eight items in order with their status, the rejection reason and the evidence', async () => {
  server()
  const page = await open()
  expect(text(page, '.headline')).toBe('已确认 1/8 · 已勾选 2')
  expect(texts(page, '.item-name')).toEqual(NAMES.map((n, i) => `${i + 1}. ${n}`))
  expect(texts(page, '.item-status')).toEqual(['已确认', '待确认', '未通过', '未勾选', '未勾选', '未勾选', '未勾选', '未勾选'])
  expect(text(page, '.it-3 .review-comment')).toBe('未通过原因：照片看不清标识，请补拍')
  expect(page.querySelector('.it-2 .review-comment')).toBeFalsy()
  expect(text(page, '.it-2 .item-note')).toBe('党旗已悬挂')
  expect(text(page, '.it-1 .item-ticked')).toBe('林先锋 2026-11-02 勾选')

  const thumbs = page.querySelectorAll('.it-1 .thumb')
  expect(thumbs).toHaveLength(2)
  await tap(thumbs[1])
  expect(mock.wx.previewImage).toHaveBeenCalledWith({
    urls: [`${BASE_URL}/api/media/801?exp=1&sig=a`, `${BASE_URL}/api/media/802?exp=1&sig=a`],
    current: `${BASE_URL}/api/media/802?exp=1&sig=a`,
  })
})

test('editors: tick an untouched item, tick again a rejected one, replace or withdraw a ticked one, nothing on a confirmed one', async () => {
  server()
  const page = await open()
  expect(texts(page, '.it-4 .open-tick')).toEqual(['勾选'])
  expect(page.querySelector('.it-4 .withdraw')).toBeFalsy()
  expect(texts(page, '.it-3 .open-tick')).toEqual(['重新勾选'])
  expect(page.querySelector('.it-3 .withdraw')).toBeFalsy()
  expect(texts(page, '.it-2 .open-tick')).toEqual(['更新佐证'])
  expect(page.querySelector('.it-2 .withdraw')).toBeTruthy()
  expect(page.querySelector('.it-1 .open-tick')).toBeFalsy()
  expect(page.querySelector('.it-1 .withdraw')).toBeFalsy()
  expect(text(page, '.it-1 .confirmed-note')).toBe('已经科技局确认，不能再修改')

  // 更新佐证 starts from the note already given; 取消 closes the form.
  await tap(page.querySelector('.it-2 .open-tick'))
  expect(page.instance.data.note).toBe('党旗已悬挂')
  expect(text(page, '.it-2 .note-counter')).toBe('5/500')
  await tap(page.querySelector('.cancel-tick'))
  expect(page.querySelector('.tick-form')).toBeFalsy()
})

test('members who are not editors see the list without any tick or withdraw', async () => {
  server(checklistView({ editable: false }))
  const page = await open()
  expect(texts(page, '.item-status')).toHaveLength(8)
  expect(page.querySelector('.open-tick')).toBeFalsy()
  expect(page.querySelector('.withdraw')).toBeFalsy()
  expect(page.querySelector('.confirmed-note')).toBeFalsy()
})

test('a tick needs at least one photo; photos go up for PROGRESS and are sent with the note', async () => {
  const state = server(checklistView(), tickRoute('4'))
  const page = await open()
  await tap(page.querySelector('.it-4 .open-tick'))
  expect(page.querySelector('.it-4 .tick-form')).toBeTruthy()
  expect(page.querySelector('.replace-note')).toBeFalsy() // nothing to replace yet

  page.querySelector('.note-input').dispatchEvent('input', { detail: { value: ' 每月更新 ' } })
  await tap(page.querySelector('.submit-tick'))
  expect(text(page, '.form-error')).toBe('请至少上传 1 张照片作为佐证')
  expect(puts('4')).toEqual([])

  await addPhotos(page, ['wxfile://tmp/a.jpg', 'wxfile://tmp/b.jpg'])
  expect(mock.requests('/api/mp/media').map((r) => r.formData.purpose)).toEqual(['PROGRESS', 'PROGRESS'])
  await tap(page.querySelector('.submit-tick'))
  expect(puts('4').map((r) => r.data)).toEqual([{ note: '每月更新', photoMediaIds: ['901', '902'] }])
  expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '已提交，等待科技局确认', icon: 'none' })
  expect(page.querySelector('.tick-form')).toBeFalsy()
  expect(state.view.items[3].tick.status).toBe('TICKED')
  expect(texts(page, '.item-status')[3]).toBe('待确认')
})

test('the uploader allows at most 9 photos, and a tick waits for uploads to finish or failures to be dealt with', async () => {
  server(checklistView(), tickRoute('4'))
  const page = await open()
  await tap(page.querySelector('.it-4 .open-tick'))
  expect(page.querySelector('.uploader').instance.data.max).toBe(9)

  page.instance.onPhotos({ detail: { mediaIds: [], uploading: true, failed: false } })
  await tap(page.querySelector('.submit-tick'))
  expect(text(page, '.form-error')).toBe('照片还在上传，请稍候')
  page.instance.onPhotos({ detail: { mediaIds: ['901'], uploading: false, failed: true } })
  await tap(page.querySelector('.submit-tick'))
  expect(text(page, '.form-error')).toMatch(/没有上传成功/)
  page.instance.onPhotos({ detail: { mediaIds: Array.from({ length: 10 }, (_, i) => String(i)), uploading: false, failed: false } })
  await tap(page.querySelector('.submit-tick'))
  expect(text(page, '.form-error')).toBe('最多 9 张照片')
  expect(puts('4')).toEqual([])
})

test('a lost answer keeps the form and 重试 sends the same evidence again', async () => {
  let lost = true
  server(checklistView(), tickRoute('3', () => (lost ? networkFail() : json(200, {}))))
  const page = await open()
  await tap(page.querySelector('.it-3 .open-tick'))
  expect(text(page, '.it-3 .replace-note')).toBe('重新提交的照片将替换原有佐证。')
  await addPhotos(page, ['wxfile://tmp/a.jpg'])
  await tap(page.querySelector('.submit-tick'))
  expect(text(page, '.form-error')).toBe('网络不佳，提交结果未确认，请重试')
  expect(text(page, '.submit-tick')).toBe('重试')

  lost = false
  await tap(page.querySelector('.submit-tick'))
  const sent = puts('3').map((r) => r.data)
  expect(sent).toHaveLength(2)
  expect(sent[1]).toEqual(sent[0])
  expect(texts(page, '.item-status')[2]).toBe('待确认')
})

test('refusals in Chinese: confirmed meanwhile, item retired, co-building closed, a photo refused', async () => {
  const replies = [
    problem(409, 'CHECKLIST_CONFIRMED', '已确认'),
    problem(404, 'CHECKLIST_ITEM_NOT_FOUND', '不存在'),
    problem(409, 'COBUILDING_CLOSED', '已关闭'),
    { ...problem(422, 'VALIDATION_FAILED', '参数有误'), data: { title: '参数有误', code: 'VALIDATION_FAILED', errors: { photoMediaIds: '照片须是你本人上传的' } } },
  ]
  const messages = ['该项已经科技局确认，不能再修改或撤回', '该项已停用，列表已刷新', '该先锋号已退出或摘牌，不能再修改', '照片须是你本人上传的']
  for (let i = 0; i < replies.length; i += 1) {
    mock.reset()
    mock.storage.set('token', 'tok-1')
    server(checklistView(), tickRoute('2', () => replies[i]))
    const page = await open()
    await tap(page.querySelector('.it-2 .open-tick'))
    page.instance.onPhotos({ detail: { mediaIds: ['901'], uploading: false, failed: false } })
    await tap(page.querySelector('.submit-tick'))
    const shown = page.querySelector('.form-error') ? text(page, '.form-error') : mock.wx.showToast.mock.calls.map(([o]) => o.title).pop()
    expect(shown).toBe(messages[i])
    expect(page.querySelector('.submit-tick') && text(page, '.submit-tick')).not.toBe('重试')
  }
})

describe('withdraw', () => {
  test('asks first, then withdraws and shows the item untouched again', async () => {
    server(checklistView(), {
      [`DELETE ${item('2')}`]: (req, state) => {
        state.view = { ...state.view, tickedCount: 1, items: state.view.items.map((e) => (e.itemId === '2' ? { ...e, tick: null } : e)) }
        return noContent()
      },
    })
    const page = await open()
    mock.answerModal(false)
    await tap(page.querySelector('.it-2 .withdraw'))
    expect(mock.requests(item('2'))).toEqual([])

    mock.answerModal(true)
    await tap(page.querySelector('.it-2 .withdraw'))
    expect(mock.wx.showModal).toHaveBeenLastCalledWith(expect.objectContaining({ title: '撤回勾选', content: '撤回“有党旗党徽标识”的勾选和佐证照片？' }))
    expect(mock.requests(item('2')).map((r) => r.method)).toEqual(['DELETE'])
    expect(texts(page, '.item-status')[1]).toBe('未勾选')
    expect(text(page, '.headline')).toBe('已确认 1/8 · 已勾选 1')
  })

  test('confirmed meanwhile: explained, and the list shows it confirmed', async () => {
    server(checklistView(), {
      [`DELETE ${item('2')}`]: (req, state) => {
        state.view = { ...state.view, items: state.view.items.map((e) => (e.itemId === '2' ? { ...e, tick: tick('CONFIRMED') } : e)) }
        return problem(409, 'CHECKLIST_CONFIRMED', '已确认')
      },
    })
    const page = await open()
    await tap(page.querySelector('.it-2 .withdraw'))
    expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '该项已经科技局确认，不能再修改或撤回', icon: 'none' })
    expect(texts(page, '.item-status')[1]).toBe('已确认')
    expect(page.querySelector('.it-2 .withdraw')).toBeFalsy()
  })
})

test('not a member: the page says so; a failed load offers a retry', async () => {
  mock.handle(() => problem(404, 'COBUILDING_NOT_FOUND', '先锋号不存在'))
  let page = await open()
  expect(text(page, '.error-title')).toBe('先锋号不存在，或你不在该先锋号中')

  let down = true
  server()
  const handler = mock.wx.request.getMockImplementation()
  mock.wx.request.mockImplementation((o) => (down ? setTimeout(() => o.fail({ errMsg: 'request:fail timeout' }), 0) : handler(o)))
  page = await open()
  expect(text(page, '.error-title')).toBe('网络不可用，请稍后重试')
  down = false
  await tap(page.querySelector('.retry'))
  expect(texts(page, '.item-name')).toHaveLength(8)
})
