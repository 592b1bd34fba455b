// The policy assistant's ANSWER card ({question, text, matched, sources}): the answer, sources that open their
// briefing, and — when nothing matched — 转给局联络员 forwarding the question by this card's message id (chat-message
// drawing it: chat-message-answer.test.js). Also the BRIEFING card that now opens the briefing itself.
const { setup, text, texts } = require('./harness')
const { json, problem } = require('./wx-mock')

const { mock, load, render, settle } = setup()
const FORWARD = '/api/mp/assistant/forward'

let answerId
let briefingId
beforeAll(() => {
  answerId = load('packages/chat/components/chat-card-answer/index')
  briefingId = load('packages/chat/components/chat-card-briefing/index')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

const matched = {
  question: '研发费用加计扣除比例是多少？',
  text: '根据《2026年研发费用加计扣除政策解读》，科技型中小企业研发费用按100%加计扣除。',
  matched: true,
  sources: [
    { briefingId: '12', title: '2026年研发费用加计扣除政策解读', quote: '科技型中小企业开展研发活动中实际发生的研发费用，按100%在税前加计扣除。' },
    { briefingId: 15, title: '高新技术企业认定指引', quote: '研发费用占比' },
  ],
}
const unmatched = { question: '食堂几点开门？', text: '没有找到相关的政策解读。你可以把问题转给局联络员。', matched: false, sources: [] }

test('a matched answer shows the question, the text and each source with its quote', () => {
  const card = render(answerId, { payload: matched, messageId: 'm40' })
  expect(text(card, '.kind')).toBe('问政策')
  expect(text(card, '.question')).toBe('问：研发费用加计扣除比例是多少？')
  expect(text(card, '.answer')).toBe(matched.text)
  expect(texts(card, '.source-title')).toEqual(['2026年研发费用加计扣除政策解读', '高新技术企业认定指引'])
  expect(texts(card, '.source-quote')[1]).toBe('“研发费用占比”')
  expect(card.querySelector('.forward')).toBeFalsy()
})

test('a source opens its briefing', async () => {
  const card = render(answerId, { payload: matched, messageId: 'm40' })
  card.querySelectorAll('.source')[1].dispatchEvent('tap')
  await settle()
  expect(mock.wx.navigateTo).toHaveBeenCalledWith({ url: '/packages/briefing/detail?id=15' })
})

test('a long quote is cut to a passage', () => {
  const long = '科'.repeat(300)
  const card = render(answerId, { payload: { ...matched, sources: [{ briefingId: '1', title: 't', quote: long }] } })
  expect(texts(card, '.source-quote')[0]).toBe(`“${'科'.repeat(120)}…”`)
})

test('no match: 转给局联络员 forwards the question once and opens the liaison conversation after', async () => {
  const conversation = { id: '7', type: 'DIRECT', title: '局联络员张', writable: true }
  mock.handle(() => ({ ...json(201, { conversation, message: { id: 'm90', seq: 3, type: 'TEXT' } }), delay: 5 }))
  const card = render(answerId, { payload: unmatched, messageId: 'm41' })
  expect(text(card, '.answer')).toBe(unmatched.text)
  expect(card.querySelector('.sources')).toBeFalsy()
  expect(text(card, '.forward')).toBe('转给局联络员')

  card.querySelector('.forward').dispatchEvent('tap')
  card.querySelector('.forward').dispatchEvent('tap') // no double forward while the first is on its way
  await settle(20)

  const sent = mock.requests(FORWARD)
  expect(sent).toHaveLength(1)
  expect(sent[0]).toMatchObject({ method: 'POST', data: { messageId: 'm41' } })
  expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '已转给局联络员', icon: 'success' })
  expect(card.querySelector('.forward')).toBeFalsy()
  expect(text(card, '.forwarded')).toBe('已转给局联络员，回复会出现在你们的对话中 ›')

  card.querySelector('.forwarded').dispatchEvent('tap')
  await settle()
  expect(mock.wx.navigateTo).toHaveBeenCalledWith({ url: '/packages/chat/room?id=7&title=%E5%B1%80%E8%81%94%E7%BB%9C%E5%91%98%E5%BC%A0' })
})

test('no liaison yet: the 409 says so and the action stays for later', async () => {
  mock.handle(() => problem(409, 'NO_LIAISON', '你所在的先锋号还没有局联络员'))
  const card = render(answerId, { payload: unmatched, messageId: 'm41' })
  card.querySelector('.forward').dispatchEvent('tap')
  await settle()
  expect(text(card, '.forward-error')).toBe('你所在的先锋号还没有局联络员')
  expect(text(card, '.forward')).toBe('转给局联络员')
})

test('a card without its message id (or an older card without matched) offers no forward', () => {
  expect(render(answerId, { payload: unmatched }).querySelector('.forward')).toBeFalsy()
  const older = render(answerId, { payload: { question: 'q', text: '答' }, messageId: 'm1' })
  expect(older.querySelector('.forward')).toBeFalsy()
  expect(render(answerId, { payload: null }).querySelector('.card')).toBeTruthy()
})

test('a BRIEFING card with its briefing opens the detail and shows the correction note', async () => {
  const card = render(briefingId, {
    payload: { briefingId: 12, title: '研发费用加计扣除解读', summary: '比例提高到100%', category: 'RD_DEDUCTION', changeNote: '截止日期延后' },
  })
  expect(text(card, '.kind')).toBe('政策解读 · 已更正')
  expect(text(card, '.category')).toBe('研发费用加计扣除')
  expect(text(card, '.change-note')).toBe('更正说明：截止日期延后')
  expect(card.querySelector('.link')).toBeFalsy()
  card.querySelector('.card').dispatchEvent('tap')
  await settle()
  expect(mock.wx.navigateTo).toHaveBeenCalledWith({ url: '/packages/briefing/detail?id=12' })
})

test('a withdrawn BRIEFING card says so and opens nothing', async () => {
  const card = render(briefingId, { payload: { briefingId: '12', title: '研发费用加计扣除解读', withdrawn: true, applyDeadline: '2026-12-31' } })
  expect(text(card, '.kind')).toBe('政策解读 · 已撤回')
  expect(text(card, '.withdrawn')).toBe('该政策解读已由科技局撤回')
  expect(card.querySelector('.deadline')).toBeFalsy()
  expect(card.querySelector('.open')).toBeFalsy()
  card.querySelector('.card').dispatchEvent('tap')
  await settle()
  expect(mock.wx.navigateTo).not.toHaveBeenCalled()
})
