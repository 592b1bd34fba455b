const { setup, text, events } = require('./harness')
const { invitation } = require('./fixtures')

const { load, render, simulate } = setup()

let id
beforeAll(() => {
  id = load('packages/cobuilding/components/invitation-item/index')
})

test('a usable invitation shows its code, whom it admits and how often', () => {
  const comp = render(id, { invitation: invitation() })
  expect(text(comp, '.code')).toBe('K7M2-QX9P')
  expect(text(comp, '.state')).toBe('可使用')
  expect(text(comp, '.who')).toBe('成员 · 闽江大学')
  expect(text(comp, '.uses')).toBe('已用 1/5')
  expect(text(comp, '.expires')).toBe('有效期至 2026-03-17 10:00')
  // The share button carries the code for the page's onShareAppMessage.
  expect(comp.querySelector('.share').dom.getAttribute('data-code')).toBe('K7M2QX9P')
})

test.each([
  [{ revoked: true, usable: false }, '已撤销'],
  [{ uses: 5, usable: false }, '已用完'],
  [{ usable: false }, '已失效'],
])('%j shows %s and no actions', (change, state) => {
  const comp = render(id, { invitation: invitation(change) })
  expect(text(comp, '.state')).toBe(state)
  expect(comp.querySelector('.actions')).toBeFalsy()
})

test('the buttons ask the page to show the code, copy it or revoke it', async () => {
  const comp = render(id, { invitation: invitation() })
  const shown = events(comp, 'showcode')
  const copied = events(comp, 'copy')
  const revoked = events(comp, 'revoke')

  comp.querySelector('.show-code').dispatchEvent('tap')
  comp.querySelector('.copy').dispatchEvent('tap')
  comp.querySelector('.revoke').dispatchEvent('tap')
  await simulate.sleep(0)

  expect(shown).toEqual([{ id: '70', code: 'K7M2QX9P' }])
  expect(copied).toEqual([{ code: 'K7M2QX9P' }])
  expect(revoked).toEqual([{ id: '70', code: 'K7M2QX9P' }])
})
