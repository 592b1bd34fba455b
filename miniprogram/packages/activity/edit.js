// 发起活动 / 编辑活动: type, title, description, start and end, the place picked on the map with the radius
// people must be within, the check-in window, whether a live photo is required, and who is expected (everyone
// in the co-building, or chosen members). A create carries one clientId for the life of the page, so a retry
// after a lost answer gives back the same activity instead of a second one.
const activity = require('../../services/activity')
const cobuilding = require('../../services/cobuilding')
const feedback = require('../../behaviors/feedback')
const routes = require('../../utils/routes')
const { newClientId } = require('../../utils/client-id')
const form = require('./form')

const FIELD_ORDER = ['type', 'title', 'description', 'start', 'end', 'place', 'window', 'expected']

function flattenMembers(view) {
  const out = []
  ;(view.memberGroups || []).forEach((g) =>
    (g.members || []).forEach((m) => out.push({ userId: String(m.userId), displayName: m.displayName, unitName: g.unitName })),
  )
  return out
}

Component({
  behaviors: [feedback],

  data: {
    status: 'loading', // loading | ready | error
    errorTitle: '',
    creating: true,
    form: form.emptyForm(),
    errors: {},
    banner: '',
    submitting: false,
    typeLabels: form.MEMBER_TYPES.map((t) => t.label),
    typeIndex: -1,
    typeLabel: '',
    radiusLabels: form.RADII.map(form.radiusLabel),
    radiusIndex: form.RADII.indexOf(200),
    opensLabels: form.OPENS_BEFORE.map(form.opensLabel),
    opensIndex: form.OPENS_BEFORE.indexOf(30),
    closesLabels: form.CLOSES.map(form.closesLabel),
    closesIndex: 0,
    members: [], // [{userId, displayName, unitName, checked}]
    membersState: 'idle', // idle | loading | ready | error
  },

  lifetimes: {
    created() {
      this.clientId = newClientId()
      this.cobuildingId = ''
      this.activityId = ''
    },
  },

  methods: {
    onLoad(options = {}) {
      if (options.id) {
        this.activityId = options.id
        this.setData({ creating: false })
        wx.setNavigationBarTitle({ title: '编辑活动' })
        this.loadActivity()
        return
      }
      this.cobuildingId = options.cobuildingId || ''
      if (!this.cobuildingId) {
        this.setData({ status: 'error', errorTitle: '请从先锋号主页发起活动' })
        return
      }
      this.setData({ status: 'ready' })
      this.showForm(form.emptyForm())
      this.loadMembers()
    },

    async loadActivity() {
      try {
        const view = await activity.getActivity(this.activityId)
        if (!view.canManage || view.status === 'ENDED' || view.status === 'CANCELLED') {
          this.setData({ status: 'error', errorTitle: '该活动已结束或已取消，不能再编辑' })
          return
        }
        this.cobuildingId = view.cobuildings && view.cobuildings[0] ? view.cobuildings[0].id : ''
        this.showForm(form.fromView(view))
        this.setData({ status: 'ready' })
        this.loadMembers()
      } catch (err) {
        this.setData({ status: 'error', errorTitle: err.title || '加载失败，请稍后重试' })
      }
    },

    onRetry() {
      if (this.activityId) this.loadActivity()
    },

    async loadMembers() {
      if (!this.cobuildingId) return
      this.setData({ membersState: 'loading' })
      try {
        const members = flattenMembers(await cobuilding.getCobuilding(this.cobuildingId))
        const chosen = this.data.form.expectedUserIds
        this.setData({ members: members.map((m) => ({ ...m, checked: chosen.indexOf(m.userId) >= 0 })), membersState: 'ready' })
      } catch (err) {
        this.setData({ membersState: 'error' })
      }
    },

    /** Puts a whole form on screen, with the pickers' positions. */
    showForm(f) {
      const typeIndex = form.MEMBER_TYPES.findIndex((t) => t.value === f.type)
      this.setData({
        form: f,
        typeIndex,
        typeLabel: typeIndex >= 0 ? form.MEMBER_TYPES[typeIndex].label : '',
        radiusIndex: Math.max(0, form.RADII.indexOf(f.radiusMeters)),
        opensIndex: Math.max(0, form.OPENS_BEFORE.indexOf(f.opensBefore)),
        closesIndex: Math.max(0, form.CLOSES.indexOf(f.closes)),
      })
    },

    /** One field changed: its error goes away until the next submit. */
    change(changes, field) {
      const data = {}
      Object.keys(changes).forEach((k) => {
        data[`form.${k}`] = changes[k]
      })
      if (field && this.data.errors[field]) data[`errors.${field}`] = ''
      this.setData(data)
    },

    onType(e) {
      const index = Number(e.detail.value)
      const type = form.MEMBER_TYPES[index]
      if (!type) return
      this.setData({ typeIndex: index, typeLabel: type.label })
      this.change({ type: type.value }, 'type')
    },

    onTitle(e) {
      this.change({ title: e.detail.value }, 'title')
    },

    onDescription(e) {
      this.change({ description: e.detail.value }, 'description')
    },

    onStartDate(e) {
      const startDate = e.detail.value
      const changes = { startDate }
      // The end follows a start moved past it: most activities end on the day they start.
      if (this.data.form.endDate < startDate) changes.endDate = startDate
      this.change(changes, 'start')
    },

    onStartTime(e) {
      this.change({ startTime: e.detail.value }, 'start')
    },

    onEndDate(e) {
      this.change({ endDate: e.detail.value }, 'end')
    },

    onEndTime(e) {
      this.change({ endTime: e.detail.value }, 'end')
    },

    onChoosePlace() {
      const current = this.data.form.place
      wx.chooseLocation({
        ...(current ? { latitude: current.latitude, longitude: current.longitude } : {}),
        success: (res) => {
          const name = res.name || res.address
          if (!name) {
            this.toast('请选择一个有名称的地点')
            return
          }
          this.change({ place: { name, address: res.address || '', latitude: res.latitude, longitude: res.longitude } }, 'place')
        },
        fail: (err) => {
          const msg = (err && err.errMsg) || ''
          if (/cancel|privacy/i.test(msg)) return
          this.toast('地图选点暂时打不开，请稍后重试')
        },
      })
    },

    // An online activity has no place: checked in without a location (an edit sends online: true).
    onClearPlace() {
      this.change({ place: null }, 'place')
    },

    onRadius(e) {
      const index = Number(e.detail.value)
      this.setData({ radiusIndex: index })
      this.change({ radiusMeters: form.RADII[index] }, 'place')
    },

    onOpens(e) {
      const index = Number(e.detail.value)
      this.setData({ opensIndex: index })
      this.change({ opensBefore: form.OPENS_BEFORE[index] }, 'window')
    },

    onCloses(e) {
      const index = Number(e.detail.value)
      this.setData({ closesIndex: index })
      this.change({ closes: form.CLOSES[index] }, 'window')
    },

    onPhotoRequired(e) {
      this.change({ photoRequired: Boolean(e.detail.value) })
    },

    onScope(e) {
      const scope = e.currentTarget.dataset.scope
      if (scope === this.data.form.expectedScope) return
      // Choosing members again on an edit replaces the list the activity has (the page does not know it).
      const changes = { expectedScope: scope, expectedChanged: true }
      this.change(changes, 'expected')
    },

    onToggleMember(e) {
      const userId = String(e.currentTarget.dataset.userid)
      const members = this.data.members.map((m) => (m.userId === userId ? { ...m, checked: !m.checked } : m))
      this.setData({ members })
      this.change({ expectedUserIds: members.filter((m) => m.checked).map((m) => m.userId), expectedChanged: true }, 'expected')
    },

    async onSubmit() {
      if (this.data.submitting) return
      const creating = this.data.creating
      const errors = form.validate(this.data.form, { creating })
      const first = FIELD_ORDER.find((f) => errors[f])
      this.setData({ errors, banner: '' })
      if (first) {
        this.toast(errors[first])
        return
      }
      this.setData({ submitting: true })
      try {
        const body = form.toPayload(this.data.form, { creating })
        if (creating) {
          const view = await activity.createActivity(this.cobuildingId, { clientId: this.clientId, ...body })
          this.toast('活动已发起', 'success')
          wx.redirectTo({ url: routes.activityDetail(view.id) })
        } else {
          await activity.updateActivity(this.activityId, body)
          this.toast('已保存', 'success')
          wx.navigateBack()
        }
      } catch (err) {
        this.failed(err)
      } finally {
        this.setData({ submitting: false })
      }
    },

    failed(err) {
      if (err.status === 422 && err.errors) {
        const { errors, other } = form.serverErrors(err.errors)
        this.setData({ errors: { ...this.data.errors, ...errors }, banner: other.join('；') || err.title || '' })
        return
      }
      if (err.status === 0) {
        this.setData({ banner: '网络不佳，活动未确认保存，请再点一次（不会重复发起）' })
        return
      }
      this.setData({ banner: err.title || '保存失败，请稍后重试' })
    },
  },
})
