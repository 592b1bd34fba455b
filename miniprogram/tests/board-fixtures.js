// Public board answers shaped as CONTRACT.md's BoardView describes them.
const photo = (id) => ({ id: String(id), url: `/api/media/${id}?exp=1&sig=a`, thumbUrl: `/api/media/${id}/thumb?exp=1&sig=a` })

function boardTask(overrides = {}) {
  return {
    id: '71',
    title: '建成党员活动室',
    owners: ['林先锋', '赵工'],
    plannedStart: '2026-09-01',
    dueDate: '2026-12-31',
    weight: 2,
    status: 'IN_PROGRESS',
    overdue: false,
    percent: 60,
    latestProgress: { percent: 60, note: '完成装修，正在布置展板', reportedAt: '2026-11-20T10:00:00+08:00', photos: [photo(501), photo(502)] },
    ...overrides,
  }
}

function boardGoal(overrides = {}) {
  return {
    id: '41',
    category: 'BASE',
    title: '建成联合党建阵地',
    description: '两单位共建活动室',
    targetText: '一处 60 平方米活动室',
    targetAmount: null,
    targetUnit: null,
    achievedAmount: 0,
    targetDate: '2026-12-31',
    status: 'ACTIVE',
    completion: 60,
    tasks: [boardTask()],
    ...overrides,
  }
}

function boardView(overrides = {}) {
  return {
    publicId: 'pUb_Id-9xYz',
    name: '闽江大学·海峡新材料先锋号',
    status: 'AWARDED',
    plaqueDate: '2026-07-01',
    available: true,
    units: [
      { name: '闽江大学材料学院党委', role: 'LEAD' },
      { name: '海峡新材料有限公司党支部', role: 'PARTNER' },
    ],
    stage: 1,
    categories: [
      { category: 'BASE', completion: 60, goalCount: 1 },
      { category: 'PROBLEMS', completion: 25, goalCount: 1 },
      { category: 'LEADERS', completion: 0, goalCount: 0 },
      { category: 'TALENT', completion: 0, goalCount: 0 },
      { category: 'ACHIEVEMENTS', completion: 0, goalCount: 0 },
    ],
    goals: [
      boardGoal(),
      boardGoal({
        id: '42',
        category: 'PROBLEMS',
        title: '攻关高强铝合金焊接',
        targetText: null,
        targetAmount: 3,
        targetUnit: '项',
        achievedAmount: 1,
        completion: 25,
        tasks: [
          boardTask({ id: '72', title: '焊接工艺试验', owners: ['陈博士'], dueDate: '2026-11-01', overdue: true, percent: 25, latestProgress: null }),
          boardTask({ id: '73', title: '样件检测', owners: [], dueDate: '2026-10-01', status: 'DONE', percent: 100, latestProgress: null }),
        ],
      }),
    ],
    checklist: { confirmed: 3, ticked: 5, total: 8 },
    highlights: [
      { kind: 'STAGE_SUMMARY', title: '第1阶段总结', text: '阵地建设基本完成', photos: [photo(601)], markedAt: '2026-11-25T09:00:00+08:00' },
    ],
    ...overrides,
  }
}

module.exports = { boardView, boardGoal, boardTask, photo }
