// 我的先锋号 (first tab): the co-buildings the user belongs to.
const cobuilding = require('../../services/cobuilding')
const pagedList = require('../../behaviors/paged-list')
const { label } = require('../../utils/format')
const routes = require('../../utils/routes')

Component({
  behaviors: [pagedList],

  methods: {
    fetchPage(params) {
      return cobuilding.listCobuildings(params)
    },

    decorate(item) {
      return { ...item, roleLabel: label('memberRole', item.role) }
    },

    onOpen(e) {
      wx.navigateTo({ url: routes.cobuildingHome(e.currentTarget.dataset.id) })
    },

    onJoin() {
      wx.navigateTo({ url: routes.join() })
    },

    onApply() {
      wx.navigateTo({ url: routes.applicationForm() })
    },
  },
})
