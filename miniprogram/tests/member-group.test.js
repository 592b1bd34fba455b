const { setup, text, texts, events } = require('./harness')
const { cobuildingView } = require('./fixtures')

const { load, render, simulate } = setup()

const [LEAD_GROUP, PARTNER_GROUP] = cobuildingView().memberGroups

let id
beforeAll(() => {
  id = load('packages/cobuilding/components/member-group/index')
})

test('lists the unit members with their roles', () => {
  const comp = render(id, { group: PARTNER_GROUP, partner: true })
  expect(text(comp, '.unit-name')).toBe('海峡新材料科技有限公司')
  expect(text(comp, '.count')).toBe('2 人')
  expect(texts(comp, '.member-name')).toEqual(['陈联络', '赵工'])
  expect(texts(comp, '.role')).toEqual(['共建联络员', '成员'])
  expect(texts(comp, '.avatar-initial')).toEqual(['陈', '赵'])
})

test('without canManage there are no controls', () => {
  const comp = render(id, { group: PARTNER_GROUP, partner: true, canManage: false })
  expect(comp.querySelector('.remove')).toBeFalsy()
  expect(comp.querySelector('.make-liaison')).toBeFalsy()
})

test('the pioneer cannot be removed; the lead unit has no liaison to hand on', () => {
  const comp = render(id, { group: LEAD_GROUP, partner: false, canManage: true })
  expect(comp.querySelectorAll('.remove')).toHaveLength(1) // 王老师 only, not 林先锋
  expect(comp.querySelector('.make-liaison')).toBeFalsy()
})

test('in a partner unit a member can become liaison, and members can be removed', async () => {
  const comp = render(id, { group: PARTNER_GROUP, partner: true, canManage: true })
  const removed = events(comp, 'remove')
  const liaisons = events(comp, 'makeliaison')

  expect(comp.querySelectorAll('.make-liaison')).toHaveLength(1) // 赵工, not the current liaison
  comp.querySelector('.make-liaison').dispatchEvent('tap')
  comp.querySelectorAll('.remove')[0].dispatchEvent('tap')
  await simulate.sleep(0)

  expect(liaisons).toEqual([{ userId: '201', displayName: '赵工', unitId: '12' }])
  expect(removed).toEqual([{ userId: '200', displayName: '陈联络', unitId: '12' }])
})

test('an avatar URL is shown as an image', () => {
  const group = { unitId: '11', unitName: 'u', members: [{ userId: '1', displayName: '甲', avatarUrl: 'https://x.invalid/a.png', role: 'MEMBER' }] }
  const comp = render(id, { group })
  expect(comp.querySelector('.avatar-initial')).toBeFalsy()
  expect(comp.querySelector('.avatar')).toBeTruthy()
})

test("tapping a member's name selects them", async () => {
  const comp = render(id, { group: PARTNER_GROUP, partner: true })
  const selected = events(comp, 'select')
  comp.querySelectorAll('.who')[1].dispatchEvent('tap')
  await simulate.sleep(0)
  expect(selected).toEqual([{ userId: '201', displayName: '赵工', unitId: '12' }])
})

test('an avatar the server issued as a path is shown from the API base URL; without one, the initial', () => {
  const group = {
    ...PARTNER_GROUP,
    members: [
      { ...PARTNER_GROUP.members[0], avatarUrl: '/api/avatars/k9' },
      { ...PARTNER_GROUP.members[1], avatarUrl: '' },
    ],
  }
  const comp = render(id, { group, partner: true })
  const image = comp.querySelector('.avatar')
  expect(image.toJSON().attrs.find((a) => a.name === 'src').value).toBe('http://127.0.0.1:8080/api/avatars/k9')
  expect(texts(comp, '.avatar-initial')).toEqual(['赵'])
})
