// 我的申报: the user's applications, newest first, with status and the reviewer's comment.
const application = require('../../services/application')
const pagedList = require('../../behaviors/paged-list')
const { label, formatDateTime } = require('../../utils/format')
const routes = require('../../utils/routes')
const { openApplicationForm } = require('../../utils/application-entry')

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

    /** 新建申报: an open draft or returned application is offered first (继续填写 / 新建). */
    onCreate() {
      return openApplicationForm(this.data.items)
    },
  },
})
