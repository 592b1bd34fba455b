// The rectification fixtures the page tests read are the server's shapes: every field of RectificationView, its
// review, the reviewer and the photos as docs/api/openapi.json (the server's own snapshot) names them, and the
// report's body as the endpoint takes it.
const fs = require('fs')
const path = require('path')
const { rectificationView, submittedView, review } = require('./rectification-fixtures')

const SPEC = process.env.OPENAPI_SPEC || path.join(__dirname, '..', '..', 'docs', 'api', 'openapi.json')
const spec = JSON.parse(fs.readFileSync(SPEC, 'utf8'))
const schemaName = (ref) => ref.split('/').pop()
const fields = (name) => Object.keys(spec.components.schemas[name].properties).sort()
const operation = (p, method) => spec.paths[p][method]
const MP = '/api/mp/cobuildings/{id}/rectification'
const answered = (op) => schemaName(Object.values(op.responses['200'].content)[0].schema.$ref)

test('both endpoints answer RectificationView, whose fields the fixtures carry, no more and no fewer', () => {
  expect(answered(operation(MP, 'get'))).toBe('RectificationView')
  expect(answered(operation(`${MP}/report`, 'put'))).toBe('RectificationView')
  const view = fields('RectificationView')
  expect(Object.keys(rectificationView()).sort()).toEqual(view)
  expect(Object.keys(submittedView({ status: 'PASSED', review: review(true) })).sort()).toEqual(view)
  expect(spec.components.schemas.RectificationView.properties.status.enum).toEqual(['OPEN', 'SUBMITTED', 'PASSED', 'FAILED'])
})

test('the review, the people and the photos are named as the server names them', () => {
  const properties = spec.components.schemas.RectificationView.properties
  expect(schemaName(properties.review.$ref)).toBe('Review')
  const r = review(false, { comment: '未整改到位' })
  expect(Object.keys(r).sort()).toEqual(fields('Review'))
  // A member never sees the bureau's admin ids: the reviewer by name only.
  expect(Object.keys(r.reviewedBy)).toEqual(['displayName'])
  const report = submittedView().report
  // The spec names the view's report and the request body alike ("Report", the body's fields win), so the view's
  // report is held to the server's record RectificationView.Report here.
  expect(Object.keys(report).sort()).toEqual(['photos', 'submittedAt', 'submittedBy', 'text'])
  expect(fields('Person')).toEqual(expect.arrayContaining(Object.keys(report.submittedBy)))
  report.photos.forEach((photo) => expect(Object.keys(photo).sort()).toEqual(fields('MediaLinks')))
})

test('the report is sent as the endpoint takes it: text, mediaIds, clientId', () => {
  const body = operation(`${MP}/report`, 'put').requestBody.content['application/json'].schema
  expect(fields(schemaName(body.$ref))).toEqual(['clientId', 'mediaIds', 'text'])
})
