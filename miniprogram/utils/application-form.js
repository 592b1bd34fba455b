// The application form as the page edits it, and its conversion to and from the API.
// In the page every text field is a string ('' when empty) so inputs bind cleanly;
// the API gets null for empty fields, as a draft allows.
const { GOAL_CATEGORIES } = require('./format')

const UNIT_FIELDS = ['unitId', 'name', 'type', 'partyOrgName', 'creditCode', 'address']
const PARTNER_FIELDS = [...UNIT_FIELDS, 'liaisonName', 'liaisonPhone']
const PIONEER_TEXT_FIELDS = ['name', 'title', 'phone']
const GOAL_FIELDS = ['title', 'description', 'targetDate']

let keySeq = 0
// A client-only key so wx:for keeps each partner card with its own component state.
const nextKey = () => `p${(keySeq += 1)}`

const text = (value) => (value === null || value === undefined ? '' : String(value))
const orNull = (value) => (value === null || value === undefined || value === '' ? null : value)

function pick(source, fields, convert) {
  const out = {}
  for (const f of fields) out[f] = convert(source ? source[f] : undefined)
  return out
}

const emptyUnit = () => pick(null, UNIT_FIELDS, text)
const emptyPartner = () => ({ key: nextKey(), ...pick(null, PARTNER_FIELDS, text) })

/** The five goals, always one per category and in the programme's order. */
function goalSlots(goals) {
  return GOAL_CATEGORIES.map(({ value }) => {
    const found = (goals || []).find((g) => g && g.category === value)
    return { category: value, ...pick(found, GOAL_FIELDS, text) }
  })
}

function emptyForm() {
  return {
    mode: '',
    lead: emptyUnit(),
    partners: [],
    pioneer: { ...pick(null, PIONEER_TEXT_FIELDS, text), partyMember: null },
    goals: goalSlots([]),
    motivation: '',
  }
}

/** ApplicationView (or a form body) → the page's form. */
function fromView(view) {
  const v = view || {}
  const pioneer = v.pioneer || {}
  return {
    mode: text(v.mode),
    lead: pick(v.lead, UNIT_FIELDS, text),
    partners: (v.partners || []).map((p) => ({ key: nextKey(), ...pick(p, PARTNER_FIELDS, text) })),
    pioneer: {
      ...pick(pioneer, PIONEER_TEXT_FIELDS, text),
      partyMember: typeof pioneer.partyMember === 'boolean' ? pioneer.partyMember : null,
    },
    goals: goalSlots(v.goals),
    motivation: text(v.motivation),
  }
}

/**
 * The page's form → the create/edit body. Goals go out in slot order, so a server error path
 * `goals[i]` names slot i.
 */
function toPayload(form) {
  return {
    mode: orNull(form.mode),
    lead: pick(form.lead, UNIT_FIELDS, orNull),
    partners: form.partners.map((p) => pick(p, PARTNER_FIELDS, orNull)),
    pioneer: {
      ...pick(form.pioneer, PIONEER_TEXT_FIELDS, orNull),
      partyMember: typeof form.pioneer.partyMember === 'boolean' ? form.pioneer.partyMember : null,
    },
    goals: form.goals.map((g) => ({ category: g.category, ...pick(g, GOAL_FIELDS, orNull) })),
    motivation: orNull(form.motivation),
  }
}

module.exports = { emptyForm, emptyUnit, emptyPartner, fromView, toPayload }
