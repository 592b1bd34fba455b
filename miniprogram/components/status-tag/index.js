// A coloured label for an application, co-building or rectification status.
const { label, tone } = require('../../utils/format')

const KINDS = { application: 'applicationStatus', cobuilding: 'cobuildingStatus', rectification: 'rectificationStatus' }

Component({
  properties: {
    kind: { type: String, value: 'application' }, // application | cobuilding | rectification
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
