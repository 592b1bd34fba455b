// 八有 answers shaped as CONTRACT.md's ChecklistView and ChecklistEntry describe them.
const NAMES = ['有固定活动场所', '有党旗党徽标识', '有制度上墙', '有学习书报资料', '有活动设施', '有电教设备', '有工作台账', '有宣传园地']

const media = (id) => ({ id: String(id), contentType: 'image/jpeg', url: `/api/media/${id}?exp=1&sig=a`, thumbUrl: `/api/media/${id}/thumb?exp=1&sig=a`, width: 1280, height: 960 })

function tick(status, overrides = {}) {
  return {
    status,
    note: '行政楼三层活动室',
    photos: [media(801), media(802)],
    tickedBy: { userId: '100', displayName: '林先锋', avatarUrl: null },
    tickedAt: '2026-11-02T09:30:00+08:00',
    reviewComment: status === 'REJECTED' ? '照片看不清标识，请补拍' : null,
    reviewedAt: status === 'TICKED' ? null : '2026-11-05T10:00:00+08:00',
    ...overrides,
  }
}

/** Item 1 confirmed, 2 ticked, 3 rejected, the rest untouched. */
function checklistView(overrides = {}) {
  const ticks = { 1: tick('CONFIRMED'), 2: tick('TICKED', { note: '党旗已悬挂' }), 3: tick('REJECTED') }
  return {
    cobuildingId: '9',
    confirmedCount: 1,
    tickedCount: 2,
    total: 8,
    editable: true,
    items: NAMES.map((name, i) => ({ itemId: String(i + 1), name, description: '', position: i + 1, tick: ticks[i + 1] || null })),
    ...overrides,
  }
}

module.exports = { checklistView, tick, media, NAMES }
