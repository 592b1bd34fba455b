// Page routes in one place, so pages and share cards never spell paths by hand.
const withQuery = (path, params) => {
  const query = Object.keys(params)
    .filter((k) => params[k] !== undefined && params[k] !== null && params[k] !== '')
    .map((k) => `${k}=${encodeURIComponent(params[k])}`)
    .join('&')
  return query ? `${path}?${query}` : path
}

module.exports = {
  conversationsTab: () => '/pages/conversations/index',
  cobuildingsTab: () => '/pages/cobuildings/index',
  privacy: () => '/pages/privacy/index',
  applicationList: () => '/packages/apply/list',
  applicationForm: (id) => withQuery('/packages/apply/form', { id }),
  join: (code) => withQuery('/packages/cobuilding/join', { code }),
  cobuildingHome: (id) => withQuery('/packages/cobuilding/home', { id }),
  // 限期整改: the co-building's rectification and its report; opened from the home and from the chat's plaque card.
  rectification: (cobuildingId) => withQuery('/packages/cobuilding/rectification', { cobuildingId }),
  // The room has no endpoint of its own for one conversation: whoever opens it has the
  // conversation view and passes on what the room needs, read-only when it is not writable.
  chatRoom: ({ id, title, writable }) =>
    withQuery('/packages/chat/room', { id, title, readonly: writable === false ? '1' : undefined }),
  // Activities. The detail page is also what an activity's mini-program code opens (with a scene instead of an id).
  activityList: ({ cobuildingId } = {}) => withQuery('/packages/activity/list', { cobuildingId }),
  activityDetail: (id) => withQuery('/packages/activity/detail', { id }),
  activityCreate: (cobuildingId) => withQuery('/packages/activity/edit', { cobuildingId }),
  activityEdit: (id) => withQuery('/packages/activity/edit', { id }),
  activityCode: (id) => withQuery('/packages/activity/code', { id }),
  activityAttendance: (id) => withQuery('/packages/activity/attendance', { id }),
  // The five ones: goals, tasks and progress, the 八有 checklist, stage summaries; the public board.
  goalOverview: (cobuildingId) => withQuery('/packages/goal/overview', { cobuildingId }),
  goalDetail: (id) => withQuery('/packages/goal/goal', { id }),
  goalCreate: (cobuildingId, category) => withQuery('/packages/goal/goal-edit', { cobuildingId, category }),
  goalEdit: (id) => withQuery('/packages/goal/goal-edit', { id }),
  taskDetail: (id) => withQuery('/packages/goal/task', { id }),
  taskCreate: (goalId) => withQuery('/packages/goal/task-edit', { goalId }),
  taskEdit: (id) => withQuery('/packages/goal/task-edit', { id }),
  progressPost: (taskId) => withQuery('/packages/goal/progress', { taskId }),
  checklist: (cobuildingId) => withQuery('/packages/goal/checklist', { cobuildingId }),
  stageSummary: (cobuildingId) => withQuery('/packages/goal/summary', { cobuildingId }),
  // A member's own way in names the co-building too, so the page offers the board's mini-program code without
  // searching the member's co-buildings; the plaque's code and a shared board carry the publicId alone.
  board: (publicId, cobuildingId) => withQuery('/packages/board/index', { publicId, cobuildingId }),
  // Policy briefings (政策解读); the detail is also what a briefing's subscribe message opens (?id=).
  briefingList: () => '/packages/briefing/list',
  briefingDetail: (id) => withQuery('/packages/briefing/detail', { id }),
}
