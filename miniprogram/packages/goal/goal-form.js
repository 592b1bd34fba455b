// The goal form as data: what an empty or loaded form holds, the checks the server makes (said in Chinese
// before sending), and the body: a create leaves out what is empty, an edit sends only what changed
// (null clears a field that had a value).
const MAX = { title: 100, description: 1000, targetText: 100, targetUnit: 16 }
const AMOUNT_MAX = 1e9
const FIELDS = ['title', 'description', 'targetText', 'targetAmount', 'targetUnit', 'targetDate', 'status', 'category']
const STATUSES = ['ACTIVE', 'ACHIEVED', 'DROPPED']

const str = (v) => (v === null || v === undefined ? '' : String(v))

function emptyForm(category = '') {
  return { category, title: '', description: '', targetText: '', targetAmount: '', targetUnit: '', targetDate: '', status: 'ACTIVE' }
}

function fromView(view) {
  return {
    category: view.category || '',
    title: str(view.title),
    description: str(view.description),
    targetText: str(view.targetText),
    targetAmount: str(view.targetAmount),
    targetUnit: str(view.targetUnit),
    targetDate: str(view.targetDate),
    status: view.status || 'ACTIVE',
  }
}

function validate(form) {
  const errors = {}
  const title = form.title.trim()
  if (!title) errors.title = '请填写目标名称'
  else if (title.length > MAX.title) errors.title = `目标名称不超过 ${MAX.title} 字`
  if (form.description.trim().length > MAX.description) errors.description = `说明不超过 ${MAX.description} 字`
  if (form.targetText.trim().length > MAX.targetText) errors.targetText = `目标描述不超过 ${MAX.targetText} 字`
  const amount = form.targetAmount.trim()
  if (amount) {
    const n = Number(amount)
    if (!/^\d+(\.\d{1,2})?$/.test(amount) || !Number.isFinite(n)) errors.targetAmount = '目标数量须为不小于 0 的数字（最多两位小数）'
    else if (n > AMOUNT_MAX) errors.targetAmount = '目标数量过大'
  }
  if (form.targetUnit.trim().length > MAX.targetUnit) errors.targetUnit = `单位不超过 ${MAX.targetUnit} 字`
  if (!errors.targetAmount && form.targetUnit.trim() && !amount) errors.targetAmount = '填写了单位，请同时填写目标数量'
  return errors
}

// The form's values as the API takes them: trimmed, '' becomes null, the amount a number.
function values(form) {
  const t = (v) => v.trim() || null
  const amount = form.targetAmount.trim()
  return {
    title: form.title.trim(),
    description: t(form.description),
    targetText: t(form.targetText),
    targetAmount: amount ? Number(amount) : null,
    targetUnit: t(form.targetUnit),
    targetDate: form.targetDate || null,
  }
}

/** A create: {category, title, …} with the empty fields left out. */
function toCreateBody(form) {
  const body = { category: form.category }
  const v = values(form)
  Object.keys(v).forEach((k) => {
    if (v[k] !== null) body[k] = v[k]
  })
  return body
}

/** An edit: only what differs from the loaded goal; {} when nothing does. */
function toPatch(form, original) {
  const now = { ...values(form), status: form.status }
  const before = { ...values(original), status: original.status }
  const patch = {}
  Object.keys(now).forEach((k) => {
    if (now[k] !== before[k]) patch[k] = now[k]
  })
  return patch
}

module.exports = { MAX, FIELDS, STATUSES, emptyForm, fromView, validate, toCreateBody, toPatch }
