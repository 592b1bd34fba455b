// One briefing: title, category, dates, the correction note, the sanitised body in <rich-text>, attachments
// downloaded through http.js and opened with wx.openDocument (menu on), the 意向申报 toggle without double
// submits, the subscribe offer, and the error states.
const { setup, text } = require('./harness')
const { json, problem, networkFail } = require('./wx-mock')
const { view, dateIn } = require('./briefing-fixtures')

const { mock, load, render, settle } = setup()
const subscribe = require('../utils/subscribe')
const ONE = '/api/mp/briefings/12'
const INTENT = '/api/mp/briefings/12/intent'
const FILE = '/api/media/77/original?exp=1790000000&sig=abc'

let id
beforeAll(() => {
  id = load('packages/briefing/detail')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
  subscribe.reset()
})

// The server: the briefing as given, no templates unless a test says so, other answers per path.
function server(briefing, extra = {}) {
  mock.handle((req) => {
    if (extra[`${req.method} ${req.path}`]) return extra[`${req.method} ${req.path}`](req)
    if (req.path === ONE) return json(200, briefing)
    if (req.path === '/api/mp/push/templates') return json(200, { items: [] })
    throw new Error(`unexpected ${req.method} ${req.path}`)
  })
}

async function open(options = { id: '12' }) {
  const p = render(id)
  p.instance.onLoad(options)
  await settle()
  return p
}

test('shows the briefing: category, title, dates, the sanitised body and the attachments', async () => {
  server(view({ applyDeadline: dateIn(3) }))
  const p = await open()

  expect(text(p, '.category')).toBe('研发费用加计扣除')
  expect(text(p, '.title')).toBe('2026年研发费用加计扣除政策解读')
  expect(text(p, '.published')).toBe('发布于 2026-11-20 09:00')
  expect(text(p, '.deadline')).toMatch(/^申报截止 /)
  expect(text(p, '.badge')).toBe('即将截止')
  expect(text(p, '.summary')).toBe('科技型中小企业研发费用按100%加计扣除')
  expect(p.instance.data.brief.bodyHtml).toBe('<p>企业开展研发活动中实际发生的研发费用……</p>')
  expect(p.querySelector('.rich')).toBeTruthy()
  expect(text(p, '.attachment-name')).toBe('申报指南.pdf')
  expect(text(p, '.attachment-size')).toBe('240 KB')
  expect(p.querySelector('.corrected')).toBeFalsy()
  expect(text(p, '.intent')).toBe('意向申报')
  expect(mock.requests(ONE)).toHaveLength(1)
})

test('a corrected briefing says so, with the change note', async () => {
  server(view({ version: 2, correctedAt: '2026-11-25T10:00:00+08:00', changeNote: '申报截止日期延至12月31日' }))
  const p = await open()
  expect(text(p, '.corrected-title')).toBe('已更正（2026-11-25）')
  expect(text(p, '.corrected-note')).toBe('申报截止日期延至12月31日')
})

test('意向申报 toggles on and off, one request at a time', async () => {
  let answer = null
  server(view(), {
    'PUT /api/mp/briefings/12/intent': () => ({ ...json(200, { intended: true }), delay: 5 }),
    'DELETE /api/mp/briefings/12/intent': () => answer || json(200, { intended: false }),
  })
  const p = await open()

  p.querySelector('.intent').dispatchEvent('tap')
  p.querySelector('.intent').dispatchEvent('tap') // a second tap while the first is on its way
  await settle(20)
  expect(mock.requests(INTENT).map((r) => r.method)).toEqual(['PUT'])
  expect(text(p, '.intent')).toBe('已意向申报（点按取消）')
  expect(mock.wx.showToast).toHaveBeenLastCalledWith({ title: '已登记申报意向', icon: 'none' })

  p.querySelector('.intent').dispatchEvent('tap')
  await settle()
  expect(mock.requests(INTENT).map((r) => r.method)).toEqual(['PUT', 'DELETE'])
  expect(text(p, '.intent')).toBe('意向申报')

  // A failure leaves the state as it was and says why.
  answer = problem(404, 'BRIEFING_NOT_FOUND', '政策解读已撤回')
  p.instance.setData({ 'brief.intended': true })
  p.querySelector('.intent').dispatchEvent('tap')
  await settle()
  expect(text(p, '.intent')).toBe('已意向申报（点按取消）')
  expect(mock.wx.showToast).toHaveBeenLastCalledWith({ title: '政策解读已撤回', icon: 'none' })
})

test('an attachment downloads through its signed link and opens with wx.openDocument, menu on', async () => {
  server(view(), { [`GET ${FILE}`]: () => ({ statusCode: 200, tempFilePath: 'wxfile://tmp/guide.pdf' }) })
  const p = await open()

  p.querySelector('.attachment').dispatchEvent('tap')
  await settle()

  expect(mock.wx.downloadFile).toHaveBeenCalledTimes(1)
  expect(mock.wx.downloadFile.mock.calls[0][0].url).toBe(`http://127.0.0.1:8080${FILE}`)
  expect(mock.wx.openDocument).toHaveBeenCalledTimes(1)
  expect(mock.wx.openDocument.mock.calls[0][0]).toMatchObject({ filePath: 'wxfile://tmp/guide.pdf', fileType: 'pdf', showMenu: true })
  expect(mock.wx.showLoading).toHaveBeenCalled()
  expect(mock.wx.hideLoading).toHaveBeenCalled()
  expect(p.instance.data.openingId).toBe('')
})

test('an expired link is renewed once by loading the briefing again; other failures say so', async () => {
  let downloads = 0
  server(view(), {
    [`GET ${FILE}`]: () => {
      downloads += 1
      return downloads === 1 ? { statusCode: 403 } : { statusCode: 200, tempFilePath: 'wxfile://tmp/guide.pdf' }
    },
  })
  const p = await open()
  p.querySelector('.attachment').dispatchEvent('tap')
  await settle(30)
  expect(downloads).toBe(2)
  expect(mock.requests(ONE)).toHaveLength(2)
  expect(mock.wx.openDocument).toHaveBeenCalledTimes(1)

  // Gone for good (404), or a file the phone cannot show: a toast, nothing else.
  server(view(), { [`GET ${FILE}`]: () => ({ statusCode: 404 }) })
  p.querySelector('.attachment').dispatchEvent('tap')
  await settle()
  expect(mock.wx.showToast).toHaveBeenLastCalledWith({ title: '文件不存在或已不可见', icon: 'none' })

  server(view(), { [`GET ${FILE}`]: () => ({ statusCode: 200, tempFilePath: 'wxfile://tmp/guide.pdf' }) })
  mock.answerOpenDocument({ fail: 'openDocument:fail filetype not supported' })
  p.querySelector('.attachment').dispatchEvent('tap')
  await settle()
  expect(mock.wx.showToast).toHaveBeenLastCalledWith({ title: '无法打开该文件', icon: 'none' })
})

test('the subscribe offer asks for new-briefing notices when the server has that template', async () => {
  server(view(), {
    'GET /api/mp/push/templates': () => json(200, { items: [{ scene: 'BRIEFING_PUBLISHED', templateId: 'tpl-brief', title: '政策发布通知' }] }),
    'POST /api/mp/push/subscriptions': () => ({ statusCode: 204, data: '' }),
  })
  mock.answerSubscribe('accept')
  const p = await open()
  const prompt = p.querySelector('.subscribe')
  expect(text(prompt, '.subscribe-label')).toBe('有新政策时提醒我')
  prompt.querySelector('.subscribe-ask').dispatchEvent('tap')
  await settle()
  expect(mock.wx.requestSubscribeMessage.mock.calls[0][0].tmplIds).toEqual(['tpl-brief'])
  expect(mock.requests('/api/mp/push/subscriptions')[0].data).toEqual({ results: [{ templateId: 'tpl-brief', result: 'accept' }] })
})

test('a briefing not meant for me, a lost connection and a missing id are error states with a retry', async () => {
  server(null, { 'GET /api/mp/briefings/12': () => problem(404, 'BRIEFING_NOT_FOUND', '政策解读不存在或已撤回') })
  let p = await open()
  expect(text(p, '.error-title')).toBe('政策解读不存在或已撤回')

  server(null, { 'GET /api/mp/briefings/12': () => networkFail() })
  p = await open()
  expect(text(p, '.error-title')).toBe('网络不可用，请稍后重试')
  server(view())
  p.querySelector('.retry').dispatchEvent('tap')
  await settle()
  expect(text(p, '.title')).toBe('2026年研发费用加计扣除政策解读')

  p = await open({})
  expect(text(p, '.error-title')).toBe('没有找到这条政策')
})
