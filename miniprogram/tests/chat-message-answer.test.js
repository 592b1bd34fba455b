// chat-message draws an ANSWER message (the policy assistant's reply) with chat-card-answer and hands it the
// message id its forward action names. A file of its own: simulate registers a card once, by its path.
const { setup, text } = require('./harness')
const { json } = require('./wx-mock')
const { messageView, previewOf } = require('../utils/messages')
const { message } = require('./fixtures')

const { mock, load, render, settle } = setup()
const FORWARD = '/api/mp/assistant/forward'
const unmatched = { question: '食堂几点开门？', text: '没有找到相关的政策解读。你可以把问题转给局联络员。', matched: false, sources: [] }

let messageId
beforeAll(() => {
  messageId = load('packages/chat/components/chat-message/index')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

test('chat draws an ANSWER message with the answer card and hands it the message id', async () => {
  const view = messageView(message(40, { id: 'm40', type: 'CARD', cardType: 'ANSWER', text: null, payload: unmatched }), '100')
  expect(view).toMatchObject({ kind: 'card', cardType: 'ANSWER', messageId: 'm40' })
  expect(previewOf(message(40, { type: 'CARD', cardType: 'ANSWER', payload: unmatched }))).toBe('[问政策]')

  mock.handle(() => json(200, {}))
  const row = render(messageId, { message: view })
  const card = row.querySelector('.card')
  expect(text(card, '.question')).toBe('问：食堂几点开门？')
  card.querySelector('.forward').dispatchEvent('tap')
  await settle()
  expect(mock.requests(FORWARD)[0].data).toEqual({ messageId: 'm40' })
})
