// The five ones (五个一) of a co-building: goals per category and stage, their tasks (the progress table),
// progress reports with photos, the 八有 checklist and stage summaries. One function per endpoint; ids are
// strings, dates 2026-12-01, times ISO-8601 with offset. Completion figures are the server's, never computed here.
const { request } = require('./http')
const { seg, query } = require('./path')

const cobuilding = (id) => `/api/mp/cobuildings/${seg(id)}`
const goal = (id) => `/api/mp/goals/${seg(id)}`
const task = (id) => `/api/mp/tasks/${seg(id)}`
// http.js answers a 204 with null; the contract promises undefined for "nothing to say".
const nothing = () => undefined

/**
 * Any member. stage defaults to the current one. → GoalListView {cobuildingId, stage, currentStage, stages: [1,…],
 * editable, categories: [{category, completion, goalCount}] (always the five), goals: [GoalSummary {id, cobuildingId,
 * category, stage, title, description, targetText, targetAmount, targetUnit, achievedAmount, targetDate, status,
 * completion, taskCount, doneCount, overdueCount, createdAt, updatedAt}]}. 404 COBUILDING_NOT_FOUND for non-members.
 */
function listGoals(cobuildingId, { stage } = {}) {
  return request({ method: 'GET', path: `${cobuilding(cobuildingId)}/goals`, data: query({ stage }) })
}

/**
 * Pioneer. body: {category, title (1..100), description?, targetText?, targetAmount?, targetUnit?, targetDate?,
 * clientId?}. → 201 GoalView (the same clientId again → 200 the same goal). 403, 409 COBUILDING_CLOSED, 422 errors.
 */
function createGoal(cobuildingId, body) {
  return request({ method: 'POST', path: `${cobuilding(cobuildingId)}/goals`, data: body })
}

/** → GoalView = GoalSummary + {tasks: [TaskSummary] (overdue first), editable}; 404 GOAL_NOT_FOUND. */
function getGoal(id) {
  return request({ method: 'GET', path: goal(id) })
}

/**
 * Pioneer. patch: any of {title, description, targetText, targetAmount, targetUnit, targetDate, status: ACTIVE |
 * ACHIEVED | DROPPED}; a field left out is kept, null clears a nullable one. → GoalView.
 */
function updateGoal(id, patch) {
  return request({ method: 'PATCH', path: goal(id), data: patch })
}

/** Pioneer. → undefined (204); 409 GOAL_HAS_PROGRESS once any of its tasks has a progress report. */
function deleteGoal(id) {
  return request({ method: 'DELETE', path: goal(id) }).then(nothing)
}

/**
 * The progress table. query: {stage, mine, status: NOT_STARTED | IN_PROGRESS | DONE, overdue, page, size (≤200)}.
 * → {items: [TaskSummary {id, goalId, cobuildingId, category, goalTitle, stage, title, description, owners: [Person
 * {userId, displayName, avatarUrl}], plannedStart, dueDate, weight, status, overdue, percent, achievedAmount,
 * latestProgress, canReport, createdAt, updatedAt}], page, size, total}, overdue first, then by due date.
 */
function listTasks(cobuildingId, { stage, mine, status, overdue, page, size } = {}) {
  return request({
    method: 'GET',
    path: `${cobuilding(cobuildingId)}/tasks`,
    data: query({ stage, mine, status, overdue, page, size }),
  })
}

/**
 * Pioneer. body: {title (1..100), description?, ownerIds: [userId] (0..20 active members), plannedStart, dueDate
 * (≥ plannedStart), weight? (1..100), clientId?}. → 201 TaskView; 422 errors.ownerIds / errors.dueDate.
 */
function createTask(goalId, body) {
  return request({ method: 'POST', path: `${goal(goalId)}/tasks`, data: body })
}

/** → TaskView = TaskSummary + editable; 404 TASK_NOT_FOUND. */
function getTask(id) {
  return request({ method: 'GET', path: task(id) })
}

/**
 * Pioneer. patch: any of {title, description, ownerIds, plannedStart, dueDate, weight, status}; the date rule is
 * checked on the result. → TaskView.
 */
function updateTask(id, patch) {
  return request({ method: 'PATCH', path: task(id), data: patch })
}

/** Pioneer. → undefined (204); 409 TASK_HAS_PROGRESS when it has progress reports. */
function deleteTask(id) {
  return request({ method: 'DELETE', path: task(id) }).then(nothing)
}

/**
 * Task owner, unit liaison or pioneer. body: {percent (0..100), note?, photoMediaIds? (0..9 own PROGRESS uploads),
 * achievedAmount?, correction? (pioneer only), clientId (required)}. → 201 ProgressView {id, taskId, goalId,
 * cobuildingId, reporter, percent, previousPercent, note, achievedAmount, correction, photos: [MediaLinks],
 * highlighted, reportedAt}; the same clientId again → 200 the same report. 409 PROGRESS_BACKWARDS / TASK_DONE,
 * 403, 422 errors.percent / errors.photoMediaIds.
 */
function postProgress(taskId, body) {
  return request({ method: 'POST', path: `${task(taskId)}/progress`, data: body })
}

/** → {items: [ProgressView], page, size, total}, newest first. */
function listProgress(taskId, { page, size } = {}) {
  return request({ method: 'GET', path: `${task(taskId)}/progress`, data: query({ page, size }) })
}

/** → ProgressView; 404 PROGRESS_NOT_FOUND. */
function getProgress(id) {
  return request({ method: 'GET', path: `/api/mp/progress/${seg(id)}` })
}

/**
 * The 八有 checklist. → ChecklistView {cobuildingId, confirmedCount, tickedCount, total, editable, items:
 * [ChecklistEntry {itemId, name, description, position, tick: null | {status: TICKED | CONFIRMED | REJECTED, note,
 * photos, tickedBy, tickedAt, reviewComment, reviewedAt}}]}.
 */
function getChecklist(cobuildingId) {
  return request({ method: 'GET', path: `${cobuilding(cobuildingId)}/checklist` })
}

/**
 * Pioneer or unit liaison. body: {note? (≤500), photoMediaIds (1..9)}. → ChecklistEntry (TICKED);
 * 409 CHECKLIST_CONFIRMED, 404 CHECKLIST_ITEM_NOT_FOUND.
 */
function tickChecklistItem(cobuildingId, itemId, body) {
  return request({ method: 'PUT', path: `${cobuilding(cobuildingId)}/checklist/${seg(itemId)}`, data: body })
}

/** Pioneer or unit liaison: withdraws the tick. → undefined (204); 409 CHECKLIST_CONFIRMED. */
function withdrawChecklistTick(cobuildingId, itemId) {
  return request({ method: 'DELETE', path: `${cobuilding(cobuildingId)}/checklist/${seg(itemId)}` }).then(nothing)
}

/**
 * → {currentStage, editable, items: [StageSummaryView {id, cobuildingId, stage, text, photos, submittedBy,
 * submittedAt, highlighted, nextGoals: [GoalSummary]}]}, newest stage first.
 */
function listStageSummaries(cobuildingId) {
  return request({ method: 'GET', path: `${cobuilding(cobuildingId)}/stage-summaries` })
}

/**
 * Pioneer. body: {stage, text (1..4000), photoMediaIds? (0..9), nextGoals: [goal create bodies] (1..20), clientId}.
 * → 201 StageSummaryView (200 the same on a retry); 409 STAGE_MISMATCH / STAGE_ALREADY_SUMMARIZED.
 */
function submitStageSummary(cobuildingId, body) {
  return request({ method: 'POST', path: `${cobuilding(cobuildingId)}/stage-summaries`, data: body })
}

module.exports = {
  listGoals,
  createGoal,
  getGoal,
  updateGoal,
  deleteGoal,
  listTasks,
  createTask,
  getTask,
  updateTask,
  deleteTask,
  postProgress,
  listProgress,
  getProgress,
  getChecklist,
  tickChecklistItem,
  withdrawChecklistTick,
  listStageSummaries,
  submitStageSummary,
}
