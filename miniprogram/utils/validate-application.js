// The server's rules for an application, checked before sending so the user sees them at once.
// Error keys are the server's field paths (`lead.name`, `partners[0].liaisonPhone`, `goals[2].title`),
// so client and server errors land on the same fields. Keep in step with the server's validation.
const { creditCodeProblem } = require('./credit-code')
const { UNIT_TYPES, MODES, GOAL_CATEGORIES } = require('./format')

const LIMITS = {
  unitName: 100,
  partyOrgName: 100,
  address: 200,
  liaisonName: 32,
  pioneerName: 32,
  pioneerTitle: 64,
  goalTitle: 100,
  goalDescription: 1000,
  motivation: 2000,
  partners: 10,
}
const PHONE = /^[0-9+\-() ]{5,20}$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

const blank = (v) => v === null || v === undefined || String(v).trim() === ''
const values = (list) => list.map((e) => e.value)
const UNIT_TYPE_VALUES = values(UNIT_TYPES)
const MODE_VALUES = values(MODES)
const CATEGORY_VALUES = values(GOAL_CATEGORIES)

// Collects errors; the first message for a path wins, so a format error is not hidden by "required".
function collector() {
  const errors = {}
  const add = (path, message) => {
    if (!errors[path]) errors[path] = message
  }
  const max = (path, value, limit, what) => {
    if (!blank(value) && String(value).length > limit) add(path, `${what}不能超过 ${limit} 个字`)
  }
  const required = (path, value, message) => {
    if (blank(value)) add(path, message)
  }
  return { errors, add, max, required }
}

function checkUnit(c, prefix, unit) {
  const u = unit || {}
  c.max(`${prefix}.name`, u.name, LIMITS.unitName, '单位名称')
  if (!blank(u.type) && UNIT_TYPE_VALUES.indexOf(u.type) < 0) c.add(`${prefix}.type`, '单位类型无效')
  c.max(`${prefix}.partyOrgName`, u.partyOrgName, LIMITS.partyOrgName, '党组织名称')
  if (!blank(u.creditCode)) {
    const problem = creditCodeProblem(u.creditCode)
    if (problem) c.add(`${prefix}.creditCode`, problem)
  }
  c.max(`${prefix}.address`, u.address, LIMITS.address, '地址')
}

function checkPhone(c, path, value) {
  if (!blank(value) && !PHONE.test(value)) c.add(path, '电话号码格式不正确')
}

/** Format and length rules. They hold for drafts too: the server refuses to save a draft that breaks them. */
function validateFields(form) {
  const c = collector()
  const f = form || {}
  if (!blank(f.mode) && MODE_VALUES.indexOf(f.mode) < 0) c.add('mode', '申报方式无效')

  checkUnit(c, 'lead', f.lead)

  const partners = f.partners || []
  if (partners.length > LIMITS.partners) c.add('partners', `共建单位最多 ${LIMITS.partners} 个`)
  partners.forEach((p, i) => {
    checkUnit(c, `partners[${i}]`, p)
    c.max(`partners[${i}].liaisonName`, p.liaisonName, LIMITS.liaisonName, '联络员姓名')
    checkPhone(c, `partners[${i}].liaisonPhone`, p.liaisonPhone)
  })

  const pioneer = f.pioneer || {}
  c.max('pioneer.name', pioneer.name, LIMITS.pioneerName, '姓名')
  c.max('pioneer.title', pioneer.title, LIMITS.pioneerTitle, '职务')
  checkPhone(c, 'pioneer.phone', pioneer.phone)

  const seen = {}
  ;(f.goals || []).forEach((g, i) => {
    if (CATEGORY_VALUES.indexOf(g.category) < 0) c.add(`goals[${i}].category`, '目标类别无效')
    else if (seen[g.category]) c.add('goals', '每类目标只能填写一项')
    seen[g.category] = true
    c.max(`goals[${i}].title`, g.title, LIMITS.goalTitle, '目标名称')
    c.max(`goals[${i}].description`, g.description, LIMITS.goalDescription, '目标内容')
    if (!blank(g.targetDate) && !DATE.test(g.targetDate)) c.add(`goals[${i}].targetDate`, '日期格式不正确')
  })

  c.max('motivation', f.motivation, LIMITS.motivation, '申报理由')
  return c.errors
}

/**
 * Everything validateFields checks plus what submitting needs. `today` is 'YYYY-MM-DD' in
 * Asia/Shanghai; a goal's target date must come after it.
 */
function validateForSubmit(form, today) {
  const c = collector()
  Object.entries(validateFields(form)).forEach(([path, message]) => c.add(path, message))
  const f = form || {}

  c.required('mode', f.mode, '请选择申报方式')
  c.required('lead.name', (f.lead || {}).name, '请填写单位名称')
  c.required('lead.type', (f.lead || {}).type, '请选择单位类型')

  const partners = f.partners || []
  if (f.mode === 'JOINT' && partners.length === 0) c.add('partners', '联合申报至少需要一个共建单位')
  if (f.mode === 'SOLO' && partners.length > 0) c.add('partners', '独立申报不能包含共建单位')
  partners.forEach((p, i) => {
    c.required(`partners[${i}].name`, p.name, '请填写单位名称')
    c.required(`partners[${i}].type`, p.type, '请选择单位类型')
    c.required(`partners[${i}].liaisonName`, p.liaisonName, '请填写共建联络员姓名')
    c.required(`partners[${i}].liaisonPhone`, p.liaisonPhone, '请填写共建联络员电话')
  })

  const pioneer = f.pioneer || {}
  c.required('pioneer.name', pioneer.name, '请填写科技党建先锋姓名')
  c.required('pioneer.title', pioneer.title, '请填写职务')
  c.required('pioneer.phone', pioneer.phone, '请填写联系电话')
  if (pioneer.partyMember !== true) c.add('pioneer.partyMember', '科技党建先锋须为中共党员')

  const goals = f.goals || []
  CATEGORY_VALUES.forEach((category) => {
    const i = goals.findIndex((g) => g.category === category)
    if (i < 0) {
      c.add('goals', '“五个一”目标须全部填写')
      return
    }
    const g = goals[i]
    c.required(`goals[${i}].title`, g.title, '请填写目标名称')
    c.required(`goals[${i}].description`, g.description, '请填写目标内容')
    c.required(`goals[${i}].targetDate`, g.targetDate, '请选择计划完成时间')
    if (!blank(g.targetDate) && DATE.test(g.targetDate) && g.targetDate <= today) {
      c.add(`goals[${i}].targetDate`, '计划完成时间须晚于今天')
    }
  })
  return c.errors
}

const ITEM_PATH = /^(partners|goals)\[(\d+)\]\.(\w+)$/
const GROUP_PATH = /^(lead|pioneer)\.(\w+)$/
const TOP_LEVEL = ['mode', 'motivation', 'partners', 'goals']

/**
 * A flat error map → what each part of the form shows: `lead`, `pioneer`, one object per partner
 * and per goal slot, the top-level messages, and `other` for any path the form has no place for
 * (so a server message is never silently dropped).
 */
function groupErrors(errors, partnerCount = 0, goalCount = CATEGORY_VALUES.length) {
  const grouped = {
    top: {},
    lead: {},
    pioneer: {},
    partners: Array.from({ length: partnerCount }, () => ({})),
    goals: Array.from({ length: goalCount }, () => ({})),
    other: [],
  }
  Object.entries(errors || {}).forEach(([path, message]) => {
    let m = ITEM_PATH.exec(path)
    if (m && grouped[m[1]][Number(m[2])]) {
      grouped[m[1]][Number(m[2])][m[3]] = message
      return
    }
    m = GROUP_PATH.exec(path)
    if (m) {
      grouped[m[1]][m[2]] = message
      return
    }
    if (TOP_LEVEL.indexOf(path) >= 0) grouped.top[path] = message
    else grouped.other.push(message)
  })
  return grouped
}

// Where each error is shown, top to bottom: [rank, index within its section, field] and the element id
// (form.wxml gives each field or editor that id) that a submit with errors scrolls to.
const PIONEER_FIELDS = ['name', 'title', 'phone', 'partyMember']
const kebab = (word) => word.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

function errorPlace(path) {
  const item = ITEM_PATH.exec(path)
  if (item && item[1] === 'partners') return { rank: [2, Number(item[2])], id: `field-partner-${item[2]}` }
  if (item && item[1] === 'goals') return { rank: [4, Number(item[2])], id: `field-goal-${item[2]}` }
  const group = GROUP_PATH.exec(path)
  if (group && group[1] === 'lead') return { rank: [1, 0], id: 'field-lead' }
  if (group && group[1] === 'pioneer') {
    const at = PIONEER_FIELDS.indexOf(group[2])
    return { rank: [3, at < 0 ? 0 : at], id: `field-pioneer-${kebab(group[2])}` }
  }
  const top = { mode: [0, 0], partners: [2, -1], goals: [4, -1], motivation: [5, 0] }
  if (top[path]) return { rank: top[path], id: `field-${path}` }
  return { rank: [-1, 0], id: 'field-messages' } // shown in the banner list at the top
}

/** The selector of the error the person meets first going down the form, or '' without errors. */
function firstErrorSelector(errors) {
  const places = Object.keys(errors || {}).map(errorPlace)
  if (!places.length) return ''
  places.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1])
  return `#${places[0].id}`
}

module.exports = { validateFields, validateForSubmit, groupErrors, firstErrorSelector, LIMITS, PHONE }
