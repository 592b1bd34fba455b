// Unit name with suggestions from the unit database. Typing keeps the text as a new unit
// (unitId ''); tapping a suggestion links the existing unit and copies its name, type and
// party organisation. Emits unitchange with the fields to update (not `change`,
// which the built-in components use).
const { searchUnits } = require('../../../../services/unit')
const { label } = require('../../../../utils/format')

const SEARCH_DELAY_MS = 300

Component({
  options: { addGlobalClass: true },

  properties: {
    name: { type: String, value: '' },
    unitId: { type: String, value: '' },
    disabled: { type: Boolean, value: false },
    error: { type: String, value: '' },
    placeholder: { type: String, value: '输入单位名称，可从单位库选择' },
  },

  data: {
    suggestions: [],
    searching: false,
    searchFailed: false,
  },

  lifetimes: {
    created() {
      this.timer = null
      this.searchSeq = 0
    },
    detached() {
      clearTimeout(this.timer)
    },
  },

  methods: {
    onInput(e) {
      const name = e.detail.value
      this.triggerEvent('unitchange', { unitId: '', name })
      this.scheduleSearch(name.trim())
    },

    scheduleSearch(q) {
      clearTimeout(this.timer)
      this.searchSeq += 1 // an answer for older text must not show up any more
      if (!q) {
        this.setData({ suggestions: [], searching: false, searchFailed: false })
        return
      }
      this.timer = setTimeout(() => this.search(q), SEARCH_DELAY_MS)
    },

    async search(q) {
      const seq = (this.searchSeq += 1)
      this.setData({ searching: true, searchFailed: false })
      try {
        const units = await searchUnits(q)
        if (seq !== this.searchSeq) return
        const suggestions = (units || []).map((u) => ({ ...u, typeLabel: label('unitType', u.type) }))
        this.setData({ suggestions, searching: false })
      } catch (err) {
        if (seq !== this.searchSeq) return
        // Searching only helps; the user can always type the unit in by hand.
        this.setData({ suggestions: [], searching: false, searchFailed: true })
      }
    },

    onPick(e) {
      const unit = this.data.suggestions[e.currentTarget.dataset.index]
      if (!unit) return
      clearTimeout(this.timer)
      this.searchSeq += 1
      this.setData({ suggestions: [], searching: false, searchFailed: false })
      this.triggerEvent('unitchange', {
        unitId: unit.id,
        name: unit.name || '',
        type: unit.type || '',
        partyOrgName: unit.partyOrgName || '',
      })
    },

    // Keeps the text but treats it as a new unit, so its type can be changed.
    onUnlink() {
      this.triggerEvent('unitchange', { unitId: '' })
    },
  },
})
