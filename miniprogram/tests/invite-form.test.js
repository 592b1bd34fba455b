const { setup, text, events } = require('./harness')
const { cobuildingView } = require('./fixtures')

const { load, render, simulate } = setup()
const UNITS = cobuildingView().units

let id
beforeAll(() => {
  id = load('packages/cobuilding/components/invite-form/index')
})

async function pick(comp, selector, value) {
  comp.querySelector(selector).dispatchEvent('change', { detail: { value: String(value) } })
  await simulate.sleep(0)
}

async function create(comp) {
  const created = events(comp, 'create')
  comp.querySelector('.create').dispatchEvent('tap')
  await simulate.sleep(0)
  return created
}

test('defaults: a member of the first unit, 7 days, one use', async () => {
  const comp = render(id, { units: UNITS })
  expect(text(comp, '.role-value')).toBe('成员')
  expect(text(comp, '.unit-value')).toBe('闽江大学')
  expect(text(comp, '.days-value')).toBe('7 天')
  expect(text(comp, '.uses-value')).toBe('1 次')
  expect(await create(comp)).toEqual([{ role: 'MEMBER', unitId: '11', validDays: 7, maxUses: 1 }])
})

test('the chosen unit, days and uses are sent', async () => {
  const comp = render(id, { units: UNITS })
  await pick(comp, '.unit-picker', 1)
  await pick(comp, '.days-picker', 4)
  await pick(comp, '.uses-picker', 6)
  expect(await create(comp)).toEqual([{ role: 'MEMBER', unitId: '12', validDays: 30, maxUses: 200 }])
})

test('a liaison invitation offers only partner units and admits one person', async () => {
  const comp = render(id, { units: UNITS })
  await pick(comp, '.uses-picker', 3)
  await pick(comp, '.role-picker', 1)

  expect(comp.instance.data.unitOptions.map((u) => u.id)).toEqual(['12'])
  expect(comp.querySelector('.uses-picker')).toBeFalsy()
  expect(text(comp, '.hint')).toBe('联络员邀请仅可使用 1 次')
  expect(await create(comp)).toEqual([{ role: 'UNIT_LIAISON', unitId: '12', validDays: 7, maxUses: 1 }])
})

test('without partner units a liaison cannot be invited', async () => {
  const comp = render(id, { units: [UNITS[0]] })
  await pick(comp, '.role-picker', 1)
  expect(text(comp, '.no-units')).toBe('没有可邀请联络员的共建单位')
  expect(await create(comp)).toEqual([])
})

test('nothing is sent while busy', async () => {
  const comp = render(id, { units: UNITS, busy: true })
  expect(await create(comp)).toEqual([])
})
