// The unit database, as the application form searches it. One function per endpoint.
const { request } = require('./http')

/** GET /api/mp/units?q= → [{id, name, type, partyOrgName}] (at most 20; the server answers [] for an empty q). */
function searchUnits(q) {
  return request({ method: 'GET', path: '/api/mp/units', data: { q: q || '' } })
}

module.exports = { searchUnits }
