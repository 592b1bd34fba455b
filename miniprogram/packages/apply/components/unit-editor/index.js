// One unit of an application: the lead unit, or a partner unit (withLiaison adds its
// 共建联络员). Emits update {patch} with the fields that changed, and remove.
const { UNIT_TYPES } = require('../../../../utils/format')
const { normalizeCreditCode } = require('../../../../utils/credit-code')

Component({
  options: { addGlobalClass: true },

  properties: {
    title: { type: String, value: '' },
    value: { type: Object, value: {} },
    errors: { type: Object, value: {} },
    withLiaison: { type: Boolean, value: false },
    removable: { type: Boolean, value: false },
    disabled: { type: Boolean, value: false },
  },

  data: {
    typeOptions: UNIT_TYPES,
    typeIndex: -1,
  },

  observers: {
    'value.type': function (type) {
      this.setData({ typeIndex: UNIT_TYPES.findIndex((t) => t.value === type) })
    },
  },

  methods: {
    patch(fields) {
      this.triggerEvent('update', { patch: fields })
    },

    onPickerChange(e) {
      this.patch(e.detail)
    },

    onTypeChange(e) {
      const option = UNIT_TYPES[Number(e.detail.value)]
      if (option) this.patch({ type: option.value })
    },

    onInput(e) {
      const { field } = e.currentTarget.dataset
      const value = field === 'creditCode' ? normalizeCreditCode(e.detail.value) : e.detail.value
      this.patch({ [field]: value })
    },

    onRemove() {
      this.triggerEvent('remove')
    },
  },
})
