// Chinese names of the five ones' categories and of goal, task and checklist states, in one place.
// Categories are in the order the programme lists them (the server's enum order).
const CATEGORIES = ['BASE', 'PROBLEMS', 'LEADERS', 'TALENT', 'ACHIEVEMENTS']

const CATEGORY_LABELS = {
  BASE: '打造一个党建阵地',
  PROBLEMS: '攻关一批技术难题',
  LEADERS: '培养一批学科技术带头人',
  TALENT: '输出引进一名高层次人才',
  ACHIEVEMENTS: '转化一批重大科技成果',
}

const CATEGORY_SHORT = {
  BASE: '阵地',
  PROBLEMS: '难题',
  LEADERS: '带头人',
  TALENT: '人才',
  ACHIEVEMENTS: '成果',
}

const TASK_STATUS_LABELS = {
  NOT_STARTED: '未开始',
  IN_PROGRESS: '进行中',
  DONE: '已完成',
  OVERDUE: '已逾期',
}

const GOAL_STATUS_LABELS = {
  ACTIVE: '进行中',
  ACHIEVED: '已达成',
  DROPPED: '已放弃',
}

const CHECK_STATUS_LABELS = {
  TICKED: '待确认',
  CONFIRMED: '已确认',
  REJECTED: '未通过',
}

/** 已逾期 for an overdue task (the server derives it), else the label of its status. */
function taskStatusLabel(task) {
  if (!task) return ''
  if (task.overdue) return TASK_STATUS_LABELS.OVERDUE
  return TASK_STATUS_LABELS[task.status] || ''
}

module.exports = {
  CATEGORIES,
  CATEGORY_LABELS,
  CATEGORY_SHORT,
  TASK_STATUS_LABELS,
  GOAL_STATUS_LABELS,
  CHECK_STATUS_LABELS,
  taskStatusLabel,
}
