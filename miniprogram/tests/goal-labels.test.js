// utils/goal-labels.js: the five categories in the programme's order, and 已逾期 over a task's own status.
const labels = require('../utils/goal-labels')

test('the five categories in order, with long and short names', () => {
  expect(labels.CATEGORIES).toEqual(['BASE', 'PROBLEMS', 'LEADERS', 'TALENT', 'ACHIEVEMENTS'])
  expect(labels.CATEGORIES.map((c) => labels.CATEGORY_SHORT[c])).toEqual(['阵地', '难题', '带头人', '人才', '成果'])
  expect(labels.CATEGORY_LABELS.TALENT).toBe('输出引进一名高层次人才')
})

test('a task is labelled 已逾期 when overdue, else by its status', () => {
  expect(labels.taskStatusLabel({ status: 'IN_PROGRESS', overdue: true })).toBe('已逾期')
  expect(labels.taskStatusLabel({ status: 'IN_PROGRESS', overdue: false })).toBe('进行中')
  expect(labels.taskStatusLabel({ status: 'DONE' })).toBe('已完成')
  expect(labels.taskStatusLabel(null)).toBe('')
  expect(labels.GOAL_STATUS_LABELS.DROPPED).toBe('已放弃')
  expect(labels.CHECK_STATUS_LABELS.REJECTED).toBe('未通过')
})
