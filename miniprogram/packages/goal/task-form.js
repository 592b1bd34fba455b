// The task form as data: checks before sending (title, dates with due ≥ start, weight 1..100, at most 20
// owners) and the body: a create sends every field, an edit only what changed.
const { todayInShanghai, addDays } = require('../../utils/format')

const MAX = { title: 100, description: 1000, owners: 20 }
const FIELDS = ['title', 'description', 'ownerIds', 'plannedStart', 'dueDate', 'weight', 'status']
const STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE']

const str = (v) => (v === null || v === undefined ? '' : String(v))

function emptyForm(today = todayInShanghai()) {
  return { title: '', description: '', ownerIds: [], plannedStart: today, dueDate: addDays(today, 30), weight: '1', status: 'NOT_STARTED' }
}

function fromView(view) {
  return {
    title: str(view.title),
    description: str(view.description),
    ownerIds: (view.owners || []).map((o) => String(o.userId)),
    plannedStart: str(view.plannedStart),
    dueDate: str(view.dueDate),
    weight: str(view.weight || 1),
    status: view.status || 'NOT_STARTED',
  }
}

function validate(form) {
  const errors = {}
  const title = form.title.trim()
  if (!title) errors.title = '请填写任务名称'
  else if (title.length > MAX.title) errors.title = `任务名称不超过 ${MAX.title} 字`
  if (form.description.trim().length > MAX.description) errors.description = `说明不超过 ${MAX.description} 字`
  if (form.ownerIds.length > MAX.owners) errors.ownerIds = `负责人最多 ${MAX.owners} 位`
  if (!form.plannedStart) errors.plannedStart = '请选择计划开始日期'
  if (!form.dueDate) errors.dueDate = '请选择截止日期'
  else if (form.plannedStart && form.dueDate < form.plannedStart) errors.dueDate = '截止日期不能早于计划开始日期'
  const weight = String(form.weight).trim()
  if (!/^\d+$/.test(weight) || Number(weight) < 1 || Number(weight) > 100) errors.weight = '权重须为 1–100 的整数'
  return errors
}

function values(form) {
  return {
    title: form.title.trim(),
    description: form.description.trim() || null,
    ownerIds: [...form.ownerIds],
    plannedStart: form.plannedStart,
    dueDate: form.dueDate,
    weight: Number(String(form.weight).trim()),
  }
}

function toCreateBody(form) {
  const body = values(form)
  if (body.description === null) delete body.description
  return body
}

function toPatch(form, original) {
  const now = { ...values(form), status: form.status }
  const before = { ...values(original), status: original.status }
  const patch = {}
  Object.keys(now).forEach((k) => {
    const same = k === 'ownerIds' ? [...now[k]].sort().join(',') === [...before[k]].sort().join(',') : now[k] === before[k]
    if (!same) patch[k] = now[k]
  })
  return patch
}

module.exports = { MAX, FIELDS, STATUSES, emptyForm, fromView, validate, toCreateBody, toPatch }
