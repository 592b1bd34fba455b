// Server answers of the five ones' endpoints, shaped as CONTRACT describes them.
const CATEGORIES = ['BASE', 'PROBLEMS', 'LEADERS', 'TALENT', 'ACHIEVEMENTS']

function person(userId, displayName, avatarUrl = '') {
  return { userId, displayName, avatarUrl }
}

function media(id) {
  return {
    id,
    contentType: 'image/jpeg',
    url: `/api/media/${id}/original?exp=1&sig=a`,
    thumbUrl: `/api/media/${id}/thumb?exp=1&sig=b`,
    width: 1280,
    height: 960,
  }
}

function goalSummary(overrides = {}) {
  return {
    id: '41',
    cobuildingId: '9',
    category: 'BASE',
    stage: 1,
    title: '建成标准化党建阵地',
    description: '按“八有”标准建设活动室',
    targetText: '完成“八有”建设',
    targetAmount: 8,
    targetUnit: '项',
    achievedAmount: 3,
    targetDate: '2026-12-31',
    status: 'ACTIVE',
    completion: 40,
    taskCount: 2,
    doneCount: 0,
    overdueCount: 1,
    createdAt: '2026-03-01T09:00:00+08:00',
    updatedAt: '2026-03-01T09:00:00+08:00',
    ...overrides,
  }
}

function progressView(overrides = {}) {
  return {
    id: '61',
    taskId: '51',
    goalId: '41',
    cobuildingId: '9',
    reporter: person('101', '王老师', '/api/avatars/k1'),
    percent: 60,
    previousPercent: 30,
    note: '主体装修完成',
    achievedAmount: 1,
    correction: false,
    photos: [media('701'), media('702')],
    highlighted: false,
    reportedAt: '2026-03-10T10:00:00+08:00',
    ...overrides,
  }
}

function taskView(overrides = {}) {
  return {
    id: '51',
    goalId: '41',
    cobuildingId: '9',
    category: 'BASE',
    goalTitle: '建成标准化党建阵地',
    stage: 1,
    title: '装修党员活动室',
    description: '墙面、灯光、桌椅',
    owners: [person('101', '王老师', '/api/avatars/k1'), person('201', '赵工')],
    plannedStart: '2026-03-01',
    dueDate: '2026-04-30',
    weight: 2,
    status: 'IN_PROGRESS',
    overdue: false,
    percent: 30,
    achievedAmount: 1,
    latestProgress: null,
    canReport: true,
    editable: true,
    createdAt: '2026-03-01T09:00:00+08:00',
    updatedAt: '2026-03-01T09:00:00+08:00',
    ...overrides,
  }
}

function goalView(overrides = {}) {
  return {
    ...goalSummary(),
    tasks: [
      taskView({ id: '51', title: '装修党员活动室', dueDate: '2026-04-30', overdue: false }),
      taskView({ id: '52', title: '制度上墙', dueDate: '2026-03-05', overdue: true, percent: 10 }),
    ],
    editable: true,
    ...overrides,
  }
}

function goalListView(overrides = {}) {
  const goals = overrides.goals || [
    goalSummary(),
    goalSummary({ id: '42', category: 'PROBLEMS', title: '攻关关键材料', completion: 10, overdueCount: 0, targetAmount: null }),
    goalSummary({ id: '43', category: 'PROBLEMS', title: '联合申报项目', completion: 70, status: 'ACHIEVED', overdueCount: 0 }),
  ]
  return {
    cobuildingId: '9',
    stage: 1,
    currentStage: 1,
    stages: [1],
    editable: true,
    categories: CATEGORIES.map((category) => ({
      category,
      completion: category === 'BASE' ? 40 : category === 'PROBLEMS' ? 40 : 0,
      goalCount: goals.filter((g) => g.category === category).length,
    })),
    goals,
    ...overrides,
  }
}

module.exports = { CATEGORIES, person, media, goalSummary, goalView, goalListView, taskView, progressView }
