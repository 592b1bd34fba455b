// 我的申报: the user's applications, newest first, with status and the reviewer's comment.
const application = require('../../services/application')
const pagedList = require('../../behaviors/paged-list')
const { label, formatDateTime } = require('../../utils/format')
const routes = require('../../utils/routes')

Component({
  behaviors: [pagedList],

  methods: {
    fetchPage(params) {
      return application.listApplications(params)
    },

    decorate(item) {
      return {
        ...item,
        leadText: item.leadName || '未填写申报单位',
        modeLabel: label('mode', item.mode),
        updatedText: formatDateTime(item.updatedAt),
      }
    },

    onOpen(e) {
      wx.navigateTo({ url: routes.applicationForm(e.currentTarget.dataset.id) })
    },

    onCreate() {
      wx.navigateTo({ url: routes.applicationForm() })
    },
  },
})
