// WeChat subscribe messages: which template ids the server sends with, and what the member decided when asked
// (wx.requestSubscribeMessage). utils/subscribe.js is the one caller.
const { request } = require('./http')

/** → {items: [{scene, templateId, title}]}: only scenes with a configured template id. */
function getTemplates() {
  return request({ method: 'GET', path: '/api/mp/push/templates' })
}

/**
 * results: [{templateId, result: 'accept' | 'reject' | 'ban' | 'filter'}]. Each accept lets the server send one
 * message of that template. → undefined (204).
 */
function reportSubscriptions(results) {
  return request({ method: 'POST', path: '/api/mp/push/subscriptions', data: { results } }).then(() => undefined)
}

module.exports = { getTemplates, reportSubscriptions }
