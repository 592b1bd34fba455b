// The pioneer's "new invitation" form: whom (member or a partner unit's liaison), for which
// unit, valid how many days, how many uses. Emits create {role, unitId, validDays, maxUses}.
const { label } = require('../../../../utils/format')

const ROLES = [
  { value: 'MEMBER', label: '成员' },
  { value: 'UNIT_LIAISON', label: '共建联络员' },
]
const VALID_DAYS = [1, 3, 7, 14, 30] // the server accepts 1..30
const MAX_USES = [1, 5, 10, 20, 50, 100, 200] // the server accepts 1..200
const DEFAULT_VALID_DAYS = 7
const DEFAULT_MAX_USES = 1

// A liaison belongs to a partner unit (the lead unit has the pioneer); members join any unit.
function unitOptions(units, role) {
  return (units || [])
    .filter((u) => role !== 'UNIT_LIAISON' || u.role === 'PARTNER')
    .map((u) => ({ id: u.id, name: u.name, label: `${u.name}（${label('unitRole', u.role)}）` }))
}

Component({
  options: { addGlobalClass: true },

  properties: {
    units: { type: Array, value: [] }, // the co-building's units: [{id, name, type, role}]
    busy: { type: Boolean, value: false },
  },

  data: {
    roles: ROLES,
    roleIndex: 0,
    unitOptions: [],
    unitIndex: 0,
    validDays: VALID_DAYS.map((d) => ({ value: d, label: `${d} 天` })),
    validDaysIndex: VALID_DAYS.indexOf(DEFAULT_VALID_DAYS),
    maxUses: MAX_USES.map((n) => ({ value: n, label: `${n} 次` })),
    maxUsesIndex: MAX_USES.indexOf(DEFAULT_MAX_USES),
    isLiaison: false,
  },

  observers: {
    units(units) {
      this.refreshUnits(units, ROLES[this.data.roleIndex].value)
    },
  },

  methods: {
    refreshUnits(units, role) {
      const options = unitOptions(units, role)
      this.setData({ unitOptions: options, unitIndex: 0, isLiaison: role === 'UNIT_LIAISON' })
    },

    onRoleChange(e) {
      const roleIndex = Number(e.detail.value)
      this.setData({ roleIndex })
      this.refreshUnits(this.data.units, ROLES[roleIndex].value)
    },

    onUnitChange(e) {
      this.setData({ unitIndex: Number(e.detail.value) })
    },

    onValidDaysChange(e) {
      this.setData({ validDaysIndex: Number(e.detail.value) })
    },

    onMaxUsesChange(e) {
      this.setData({ maxUsesIndex: Number(e.detail.value) })
    },

    onCreate() {
      const unit = this.data.unitOptions[this.data.unitIndex]
      if (this.data.busy || !unit) return
      const role = ROLES[this.data.roleIndex].value
      this.triggerEvent('create', {
        role,
        unitId: unit.id,
        validDays: VALID_DAYS[this.data.validDaysIndex],
        // One liaison per unit: a liaison invitation admits one person.
        maxUses: role === 'UNIT_LIAISON' ? 1 : MAX_USES[this.data.maxUsesIndex],
      })
    },
  },
})
