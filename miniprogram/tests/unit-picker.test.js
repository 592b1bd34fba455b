const { setup, text, texts, events } = require('./harness')
const { json, problem } = require('./wx-mock')

const { mock, load, render, simulate, settle } = setup()

const UNITS = [
  { id: '11', name: '闽江大学', type: 'UNIVERSITY', partyOrgName: '中共闽江大学委员会' },
  { id: '12', name: '闽江学院', type: 'UNIVERSITY', partyOrgName: null },
]

let id
beforeAll(() => {
  id = load('packages/apply/components/unit-picker/index')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

async function type(comp, value) {
  comp.querySelector('.name-input').dispatchEvent('input', { detail: { value } })
  await simulate.sleep(0)
}

test('typing emits the text as a new unit and searches once the user pauses', async () => {
  mock.handle(() => json(200, UNITS))
  const comp = render(id)
  const changes = events(comp, 'unitchange')

  await type(comp, '闽')
  await type(comp, '闽江')
  expect(changes).toEqual([
    { unitId: '', name: '闽' },
    { unitId: '', name: '闽江' },
  ])
  expect(mock.requests()).toHaveLength(0)

  await simulate.sleep(350)
  await settle()

  const sent = mock.requests('/api/mp/units')
  expect(sent).toHaveLength(1)
  expect(sent[0].data).toEqual({ q: '闽江' })
  expect(texts(comp, '.suggestion-name')).toEqual(['闽江大学', '闽江学院'])
  expect(texts(comp, '.suggestion-type')).toEqual(['高校', '高校'])
})

test('picking a suggestion links the unit and copies its fields', async () => {
  mock.handle(() => json(200, UNITS))
  const comp = render(id)
  const changes = events(comp, 'unitchange')
  await type(comp, '闽江')
  await simulate.sleep(350)
  await settle()

  comp.querySelectorAll('.suggestion')[1].dispatchEvent('tap')
  await simulate.sleep(0)

  expect(changes[changes.length - 1]).toEqual({ unitId: '12', name: '闽江学院', type: 'UNIVERSITY', partyOrgName: '' })
  expect(comp.querySelector('.suggestion')).toBeFalsy()
})

test('clearing the text cancels a pending search', async () => {
  mock.handle(() => json(200, UNITS))
  const comp = render(id)
  await type(comp, '闽江')
  await type(comp, '  ')
  await simulate.sleep(350)
  await settle()
  expect(mock.requests()).toHaveLength(0)
  expect(comp.querySelector('.suggestion')).toBeFalsy()
})

test('an answer for older text is ignored', async () => {
  // The first search answers late, after the second one has already been shown.
  mock.handle((req) => (req.data.q === '闽' ? { ...json(200, [UNITS[1]]), delay: 200 } : json(200, [UNITS[0]])))
  const comp = render(id)
  await type(comp, '闽')
  await simulate.sleep(320) // first search sent
  await type(comp, '闽江大')
  await simulate.sleep(320) // second search sent and answered
  await simulate.sleep(200) // the first answer arrives now
  await settle()

  expect(mock.requests('/api/mp/units')).toHaveLength(2)
  expect(texts(comp, '.suggestion-name')).toEqual(['闽江大学'])
})

test('a failed search says so and leaves manual entry possible', async () => {
  mock.handle(() => problem(503, 'SERVICE_BUSY', '服务繁忙'))
  const comp = render(id)
  await type(comp, '闽江')
  await simulate.sleep(350)
  await settle()
  expect(text(comp, '.search-failed')).toBe('单位库暂时无法搜索，可直接填写')
})

test('a linked unit can be unlinked, except when disabled', async () => {
  const comp = render(id, { name: '闽江大学', unitId: '11' })
  const changes = events(comp, 'unitchange')
  expect(text(comp, '.linked')).toContain('已关联单位库')

  comp.querySelector('.unlink').dispatchEvent('tap')
  await simulate.sleep(0)
  expect(changes).toEqual([{ unitId: '' }])

  const readOnly = render(id, { name: '闽江大学', unitId: '11', disabled: true })
  expect(readOnly.querySelector('.unlink')).toBeFalsy()
})

test('shows its error', () => {
  expect(text(render(id, { error: '请填写单位名称' }), '.error')).toBe('请填写单位名称')
})
