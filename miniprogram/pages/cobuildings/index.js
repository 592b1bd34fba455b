// 我的先锋号 (second tab): the co-buildings the user belongs to. Without any, it says what comes next:
// an application under review links to it; otherwise joining or applying. After a login without a
// nickname the profile sheet offers itself here too (the tab a new member usually opens first after 消息).
const cobuilding = require('../../services/cobuilding')
const application = require('../../services/application')
const pagedList = require('../../behaviors/paged-list')
const profileOffer = require('../../behaviors/profile-offer')
const { openApplicationForm } = require('../../utils/application-entry')
const { label } = require('../../utils/format')
const routes = require('../../utils/routes')

Component({
  behaviors: [pagedList, profileOffer],

  data: {
    skeletonRows: [0, 1, 2],
    pendingApplicationId: '', // an application under review, shown while there is no co-building yet
    user: {},
    sheetShown: false,
  },

  methods: {
    // Every show reloads (paged-list); a login without a nickname may be waiting for the profile sheet.
    onShow() {
      this.refresh()
      this.offerProfile()
    },

    async fetchPage(params) {
      const res = await cobuilding.listCobuildings(params)
      if (!params.page && !(res.items || []).length) this.loadPendingApplication()
      return res
    },

    /** Newest first: one under review is among the first page. A failure just leaves the plain empty state. */
    async loadPendingApplication() {
      try {
        const res = await application.listApplications({})
        const pending = (res.items || []).find((a) => a.status === 'SUBMITTED')
        this.setData({ pendingApplicationId: pending ? pending.id : '' })
      } catch (e) {
        this.setData({ pendingApplicationId: '' })
      }
    },

    decorate(item) {
      return { ...item, roleLabel: label('memberRole', item.role) }
    },

    onOpen(e) {
      wx.navigateTo({ url: routes.cobuildingHome(e.currentTarget.dataset.id) })
    },

    onOpenPendingApplication() {
      wx.navigateTo({ url: routes.applicationForm(this.data.pendingApplicationId) })
    },

    onJoin() {
      wx.navigateTo({ url: routes.join() })
    },

    /** 申报共建: an open draft or returned application is offered first (继续填写 / 新建). */
    onApply() {
      return openApplicationForm()
    },
  },
})
