// Applications (申报) of the signed-in user. One function per endpoint; `form` is the
// create/edit body built by utils/application-form.js toPayload().
const { request } = require('./http')
const { seg, query } = require('./path')

const BASE = '/api/mp/applications'

/** POST → 201 ApplicationView (a new DRAFT). */
function createApplication(form) {
  return request({ method: 'POST', path: BASE, data: form })
}

/** PUT the whole form; only while DRAFT or RETURNED, else 409 APPLICATION_NOT_EDITABLE. */
function updateApplication(id, form) {
  return request({ method: 'PUT', path: `${BASE}/${seg(id)}`, data: form })
}

function getApplication(id) {
  return request({ method: 'GET', path: `${BASE}/${seg(id)}` })
}

/** {items: [{id, mode, status, leadName, reviewComment, submittedAt, updatedAt}], page, size, total}, newest first. */
function listApplications({ page, size } = {}) {
  return request({ method: 'GET', path: BASE, data: query({ page, size }) })
}

function submitApplication(id) {
  return request({ method: 'POST', path: `${BASE}/${seg(id)}/submit` })
}

function withdrawApplication(id) {
  return request({ method: 'POST', path: `${BASE}/${seg(id)}/withdraw` })
}

/**
 * Drafts only → null (204); 409 APPLICATION_NOT_DELETABLE once submitted. 404 also resolves null: a repeat of a
 * delete whose answer was lost (a tap again after a network error) finds the draft already gone, which is what
 * was asked for.
 */
async function deleteApplication(id) {
  try {
    return await request({ method: 'DELETE', path: `${BASE}/${seg(id)}` })
  } catch (err) {
    if (err.status === 404) return null
    throw err
  }
}

module.exports = {
  createApplication,
  deleteApplication,
  updateApplication,
  getApplication,
  listApplications,
  submitApplication,
  withdrawApplication,
}
