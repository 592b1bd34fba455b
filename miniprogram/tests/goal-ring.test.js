// The completion ring: a percentage becomes the turns of its two half-discs (0..180° each), and the
// component shows the figure it was given, clamped to 0..100.
const { ringTurns, clampPercent } = require('../packages/goal/components/completion-ring/ring')
const { setup, text } = require('./harness')

const { load, render } = setup()

test('the right half fills first, the left half after 50 %', () => {
  expect(ringTurns(0)).toEqual({ percent: 0, right: 0, left: 0 })
  expect(ringTurns(25)).toEqual({ percent: 25, right: 90, left: 0 })
  expect(ringTurns(50)).toEqual({ percent: 50, right: 180, left: 0 })
  expect(ringTurns(75)).toEqual({ percent: 75, right: 180, left: 90 })
  expect(ringTurns(100)).toEqual({ percent: 100, right: 180, left: 180 })
})

test('out-of-range and unreadable values are clamped to 0..100 and rounded', () => {
  expect(clampPercent(-5)).toBe(0)
  expect(clampPercent(130)).toBe(100)
  expect(clampPercent(33.6)).toBe(34)
  expect(clampPercent('x')).toBe(0)
  expect(clampPercent(undefined)).toBe(0)
})

test('the component shows the figure, its label, and turns the halves by style', () => {
  const id = load('packages/goal/components/completion-ring/index')
  const ring = render(id, { percent: 75, size: 120, label: '阵地' })
  expect(text(ring, '.figure')).toBe('75%')
  expect(text(ring, '.label')).toBe('阵地')
  expect(ring.querySelector('.half-right').dom.getAttribute('style')).toContain('rotate(180deg)')
  expect(ring.querySelector('.half-left').dom.getAttribute('style')).toContain('rotate(90deg)')

  ring.setData({ percent: 20 })
  expect(text(ring, '.figure')).toBe('20%')
  expect(ring.querySelector('.label')).toBeTruthy()
  const none = render(id, { percent: 0 })
  expect(none.querySelector('.label')).toBeFalsy()
})
