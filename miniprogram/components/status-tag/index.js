// A coloured label for an application or co-building status.
const { label, tone } = require('../../utils/format')

const KINDS = { application: 'applicationStatus', cobuilding: 'cobuildingStatus' }

Component({
  properties: {
    kind: { type: String, value: 'application' }, // application | cobuilding
    status: { type: String, value: '' },
  },

  data: { text: '', tone: 'muted' },

  observers: {
    'kind, status': function (kind, status) {
      const list = KINDS[kind] || KINDS.application
      this.setData({ text: label(list, status), tone: tone(list, status) })
    },
  },
})
