const { setup, text, events } = require('./harness')

const { mock, load, render, simulate } = setup()

const UNIT = {
  unitId: '',
  name: '海峡新材料',
  type: 'ENTERPRISE',
  partyOrgName: '党支部',
  creditCode: '',
  address: '',
  liaisonName: '',
  liaisonPhone: '',
}

let id
beforeAll(() => {
  id = load('packages/apply/components/unit-editor/index')
})
beforeEach(() => mock.reset())

async function fire(node, name, detail) {
  node.dispatchEvent(name, { detail })
  await simulate.sleep(0)
}

test('shows the unit and its type label', () => {
  const comp = render(id, { title: '共建单位 1', value: UNIT })
  expect(text(comp, '.title')).toBe('共建单位 1')
  expect(text(comp, '.picker-value')).toBe('科技企业')
  expect(comp.querySelector('.picker').instance.data.name).toBe('海峡新材料')
})

test('without a type the picker asks for one', () => {
  expect(text(render(id, { value: { ...UNIT, type: '' } }), '.picker-value')).toBe('请选择')
})

test('edits become patches; the credit code is upper-cased', async () => {
  const comp = render(id, { value: UNIT })
  const changes = events(comp, 'update')

  await fire(comp.querySelector('.party-org'), 'input', { value: '新党支部' })
  await fire(comp.querySelector('.credit-code'), 'input', { value: '91350100m000100y43' })
  await fire(comp.querySelector('.type-picker'), 'change', { value: '1' })

  expect(changes).toEqual([
    { patch: { partyOrgName: '新党支部' } },
    { patch: { creditCode: '91350100M000100Y43' } },
    { patch: { type: 'INSTITUTE' } },
  ])
})

test('a unit picked from the database arrives as one patch', async () => {
  const comp = render(id, { value: UNIT })
  const changes = events(comp, 'update')
  const picker = comp.querySelector('.picker')
  picker.instance.triggerEvent('unitchange', { unitId: '12', name: '闽江学院', type: 'UNIVERSITY', partyOrgName: '' })
  await simulate.sleep(0)
  expect(changes).toEqual([{ patch: { unitId: '12', name: '闽江学院', type: 'UNIVERSITY', partyOrgName: '' } }])
})

test('liaison fields only for a partner, with their errors', () => {
  const lead = render(id, { value: UNIT })
  expect(lead.querySelector('.liaison-name')).toBeFalsy()

  const partner = render(id, {
    value: UNIT,
    withLiaison: true,
    errors: { liaisonPhone: '电话号码格式不正确', creditCode: '统一社会信用代码校验位不正确' },
  })
  expect(partner.querySelector('.liaison-name')).toBeTruthy()
  expect(text(partner, '.error-liaison-phone')).toBe('电话号码格式不正确')
  expect(text(partner, '.error-credit-code')).toBe('统一社会信用代码校验位不正确')
})

test('remove only when removable and editable', async () => {
  const comp = render(id, { value: UNIT, removable: true })
  const removed = events(comp, 'remove')
  comp.querySelector('.remove').dispatchEvent('tap')
  await simulate.sleep(0)
  expect(removed).toHaveLength(1)

  expect(render(id, { value: UNIT, removable: true, disabled: true }).querySelector('.remove')).toBeFalsy()
})
