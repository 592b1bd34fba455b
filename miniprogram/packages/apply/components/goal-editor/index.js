// One of the five goals (五个一): title, content and planned completion date of one category.
// Emits update {patch}.
const { label } = require('../../../../utils/format')

Component({
  options: { addGlobalClass: true },

  properties: {
    goal: { type: Object, value: {} },
    index: { type: Number, value: 0 },
    errors: { type: Object, value: {} },
    minDate: { type: String, value: '' },
    disabled: { type: Boolean, value: false },
  },

  data: { categoryLabel: '' },

  observers: {
    'goal.category': function (category) {
      this.setData({ categoryLabel: label('goalCategory', category) })
    },
  },

  methods: {
    onInput(e) {
      this.triggerEvent('update', { patch: { [e.currentTarget.dataset.field]: e.detail.value } })
    },

    onDateChange(e) {
      this.triggerEvent('update', { patch: { targetDate: e.detail.value } })
    },
  },
})
