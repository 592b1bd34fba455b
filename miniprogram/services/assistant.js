// The policy assistant (问政策): the member's own ASSISTANT conversation, where a question is answered by a card
// quoting published briefings; an unanswered question can go to the co-building's bureau liaison.
const { request } = require('./http')

/** The member's assistant conversation, found or created. → the conversation view {id, type: ASSISTANT, title, writable, …}. */
function openAssistant() {
  return request({ method: 'POST', path: '/api/mp/assistant/conversation' })
}

/**
 * Forwards the question of an ANSWER card (its message id) into the member's direct conversation with the bureau
 * liaison of their first co-building. → that conversation view; 409 NO_LIAISON when none is assigned.
 */
function forwardQuestion(messageId) {
  return request({ method: 'POST', path: '/api/mp/assistant/forward', data: { messageId: String(messageId) } })
}

module.exports = { openAssistant, forwardQuestion }
