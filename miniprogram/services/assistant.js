// The policy assistant (问政策): the member's own ASSISTANT conversation, where a question is answered by a card
// quoting published briefings; an unanswered question can go to the co-building's bureau liaison.
const { request } = require('./http')

/** The member's assistant conversation, found or created. → the conversation view {id, type: ASSISTANT, title, writable, …}. */
function openAssistant() {
  return request({ method: 'POST', path: '/api/mp/assistant/conversation' })
}

/**
 * Forwards a question (the ANSWER card's message id, or the question's own) into the member's direct conversation
 * with the bureau liaison of their first co-building, as the member's text. → {conversation (that conversation's
 * view), message (the forwarded text)}: 201 now, 200 when it was forwarded before. 409 NO_LIAISON when there is none.
 */
function forwardQuestion(messageId) {
  return request({ method: 'POST', path: '/api/mp/assistant/forward', data: { messageId: String(messageId) } })
}

module.exports = { openAssistant, forwardQuestion }
