const { setup, text, events } = require('./harness')

const { load, render, simulate } = setup()

let id
beforeAll(() => {
  id = load('packages/apply/components/goal-editor/index')
})

const GOAL = { category: 'LEADERS', title: '', description: '', targetDate: '' }

test('shows the number and the category of the goal', () => {
  const comp = render(id, { goal: GOAL, index: 2 })
  expect(text(comp, '.number')).toBe('3')
  expect(text(comp, '.category')).toBe('培养一批学科技术带头人')
  expect(text(comp, '.picker-value')).toBe('计划完成：请选择日期')
})

test('title, content and date become patches', async () => {
  const comp = render(id, { goal: GOAL })
  const changes = events(comp, 'update')
  comp.querySelector('.goal-title').dispatchEvent('input', { detail: { value: '培养三名带头人' } })
  comp.querySelector('.goal-description').dispatchEvent('input', { detail: { value: '内容' } })
  comp.querySelector('.date-picker').dispatchEvent('change', { detail: { value: '2027-01-31' } })
  await simulate.sleep(0)
  expect(changes).toEqual([
    { patch: { title: '培养三名带头人' } },
    { patch: { description: '内容' } },
    { patch: { targetDate: '2027-01-31' } },
  ])
})

test('shows the chosen date and its errors', () => {
  const comp = render(id, {
    goal: { ...GOAL, targetDate: '2026-03-10' },
    errors: { title: '请填写目标名称', targetDate: '计划完成时间须晚于今天' },
  })
  expect(text(comp, '.picker-value')).toBe('计划完成：2026-03-10')
  expect(text(comp, '.error-title')).toBe('请填写目标名称')
  expect(text(comp, '.error-target-date')).toBe('计划完成时间须晚于今天')
  expect(comp.querySelector('.error-description')).toBeFalsy()
})
