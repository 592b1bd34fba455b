// The group chat room and plaque cards: a RECTIFY plaque card offers "提交整改报告" to whom the server lets report
// on the co-building's rectification now (its canSubmit). The room asks once such a card is loaded, and again
// whenever a plaque decision arrives live.
const { setup, text } = require('./harness')
const { json, noContent, problem, networkFail } = require('./wx-mock')
const { message, conversationView, ME } = require('./fixtures')
const { inDays, plaqueMessage, rectificationView, submittedView, review } = require('./rectification-fixtures')

const { mock, load, render, settle } = setup()
// The same module instance the page uses (simulate loads page code with jest's require).
const socket = require('../services/socket')

const CONV = '/api/mp/conversations/c1'
const RECT = '/api/mp/cobuildings/9/rectification'

let roomId
beforeAll(() => {
  roomId = load('packages/chat/room')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
  mock.storage.set('user', ME)
})

let page
afterEach(() => {
  if (page) page.detach()
  page = null
  socket.stop()
})

// The room's history is `store`; the co-building's rectification answers `rectification()` (a pioneer's by default).
async function open(store, rectification = () => json(200, rectificationView())) {
  mock.handle((req) => {
    if (req.method === 'GET' && req.path === `${CONV}/messages`) return json(200, { items: store, hasMore: false })
    if (req.method === 'GET' && req.path === CONV) return json(200, conversationView({ id: 'c1' }))
    if (req.method === 'POST' && req.path === `${CONV}/read`) return noContent()
    if (req.method === 'GET' && req.path === RECT) return rectification()
    return problem(404, 'NOT_FOUND', '资源不存在')
  })
  page = render(roomId)
  page.instance.onLoad({ id: 'c1', title: 'x' })
  page.instance.onShow()
  await settle()
  return page
}

const cards = () => page.querySelectorAll('.message').flatMap((row) => row.querySelectorAll('.card'))
const buttons = () => cards().filter((card) => card.querySelector('.rectify'))

test('one the server lets report gets the button on the RECTIFY card only', async () => {
  await open([plaqueMessage(1, 'AWARD'), plaqueMessage(2, 'RECTIFY'), message(3)])
  expect(cards().map((card) => text(card, '.text'))).toEqual(['授予牌匾', '限期整改，截止 2027-05-31'])
  expect(buttons()).toHaveLength(1)
  expect(text(buttons()[0], '.title')).toBe('2027年3月集中评估结果')
  expect(mock.requests(RECT)).toHaveLength(1)
})

test('a report already sent may be replaced; a member the server does not let report gets no button', async () => {
  await open([plaqueMessage(1, 'RECTIFY')], () => json(200, submittedView()))
  expect(buttons()).toHaveLength(1)
  page.detach()
  socket.stop()
  await open([plaqueMessage(1, 'RECTIFY')], () => json(200, rectificationView({ canSubmit: false })))
  expect(cards()).toHaveLength(1)
  expect(buttons()).toHaveLength(0)
})

test('an old RECTIFY card offers nothing once reviewed, past its deadline, or when none is found', async () => {
  const answers = [
    () => json(200, submittedView({ status: 'PASSED', review: review(true) })),
    () => json(200, rectificationView({ deadline: inDays(-1), overdue: true, overdueAt: '2027-06-01T00:10:00+08:00' })),
    () => problem(404, 'RECTIFICATION_NOT_FOUND', '没有整改记录'),
  ]
  for (const answer of answers) {
    await open([plaqueMessage(1, 'RECTIFY')], answer)
    expect(mock.requests(RECT)).toHaveLength(1)
    expect(buttons()).toHaveLength(0)
    page.detach()
    socket.stop()
    mock.reset()
    mock.storage.set('token', 'tok-1')
    mock.storage.set('user', ME)
  }
  page = null
})

test('a room without any RECTIFY card does not ask about the co-building', async () => {
  await open([plaqueMessage(1, 'AWARD'), message(2)])
  expect(mock.requests(RECT)).toHaveLength(0)
})

test('unknown reader (offline): the card shows without the button', async () => {
  await open([plaqueMessage(1, 'RECTIFY')], () => networkFail())
  expect(cards()).toHaveLength(1)
  expect(buttons()).toHaveLength(0)
})

test('a live plaque decision asks again: a new RECTIFY offers the button, a pass takes it away', async () => {
  let status = 'PASSED'
  await open([plaqueMessage(1, 'AWARD')], () => json(200, rectificationView({ status })))
  expect(mock.requests(RECT)).toHaveLength(0)
  mock.socket().open()
  await settle()

  status = 'OPEN'
  mock.socket().emit({ type: 'message', conversationId: 'c1', message: plaqueMessage(2, 'RECTIFY') })
  await settle()
  expect(buttons()).toHaveLength(1)

  status = 'PASSED'
  const passed = plaqueMessage(3, 'RECTIFICATION_PASSED')
  passed.payload.text = '整改通过'
  mock.socket().emit({ type: 'message', conversationId: 'c1', message: passed })
  await settle()
  expect(mock.requests(RECT)).toHaveLength(2)
  expect(buttons()).toHaveLength(0)
  expect(cards().map((card) => text(card, '.text'))).toEqual(['授予牌匾', '限期整改，截止 2027-05-31', '整改通过'])
})

test('an answer that arrives after a newer one is dropped', async () => {
  let answers = 0
  await open([plaqueMessage(1, 'RECTIFY')], () => {
    answers += 1
    // The first question (on entering) is answered late and from before the pass; the second at once.
    return answers === 1 ? json(200, rectificationView(), { delay: 150 }) : json(200, submittedView({ status: 'PASSED', review: review(true) }))
  })
  mock.socket().open()
  await settle()
  const passed = plaqueMessage(2, 'RECTIFICATION_PASSED')
  passed.payload.text = '整改通过'
  mock.socket().emit({ type: 'message', conversationId: 'c1', message: passed })
  await settle()
  await new Promise((resolve) => setTimeout(resolve, 200))
  await settle()
  expect(answers).toBe(2)
  expect(buttons()).toHaveLength(0)
})
