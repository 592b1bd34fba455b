// 签到情况 for organisers: 应到/实到/迟到/异常/缺席, the people under each, and what an organiser does about them:
// confirm or overrule a flagged check-in (确认/驳回, with a note), and check an absent member in (补签, with a
// reason). Each 补签 keeps its clientId until it succeeds, so a retry after a lost answer adds no second one.
const activity = require('../../services/activity')
const pagedList = require('../../behaviors/paged-list')
const feedback = require('../../behaviors/feedback')
const { newClientId } = require('../../utils/client-id')
const { activityLabel, activityTone } = require('../../utils/activity')
const { decorateCheckin } = require('./checkin-view')

const FILTERS = [
  { value: 'ALL', label: '应到', count: 'expected' },
  { value: 'ATTENDED', label: '实到', count: 'attended' },
  { value: 'LATE', label: '迟到', count: 'late' },
  { value: 'FLAGGED', label: '异常', count: 'flagged' },
  { value: 'ABSENT', label: '缺席', count: 'absent' },
]

const REVIEW_TEXT = {
  CONFIRMED: { title: '确认签到', placeholder: '备注（选填）', confirmText: '确认', done: '已确认' },
  OVERRULED: { title: '驳回签到', placeholder: '驳回原因（选填），会记录在签到上', confirmText: '驳回', done: '已驳回' },
}

// Resolves the typed text ('' if none), or null when the person backs out.
function ask({ title, placeholder, confirmText }) {
  return new Promise((resolve) => {
    wx.showModal({
      title,
      editable: true,
      placeholderText: placeholder,
      confirmText,
      confirmColor: '#c8161d',
      success: (res) => resolve(res && res.confirm ? String(res.content || '').trim() : null),
      fail: () => resolve(null),
    })
  })
}

function decorateRow(row) {
  const checkin = decorateCheckin(row.checkin)
  return {
    ...row,
    id: row.userId, // the list's key: one row per expected person
    statusLabel: activityLabel('attendance', row.status),
    tone: activityTone('attendance', row.status),
    record: checkin,
    reviewable: Boolean(checkin && checkin.flagged && !checkin.review),
    // 补签 is for someone with no check-in at all; an overruled one stays as it was reviewed.
    absent: row.status === 'ABSENT' && !row.checkin,
  }
}

Component({
  behaviors: [pagedList, feedback],

  data: {
    filters: FILTERS,
    filter: 'ALL',
    counts: null,
    busyUserId: '',
    banner: '',
  },

  lifetimes: {
    created() {
      this.onBehalfIds = {}
    },
  },

  methods: {
    onLoad(options = {}) {
      this.activityId = options.id
    },

    async fetchPage(params) {
      const res = await activity.getAttendance(this.activityId, { ...params, status: this.data.filter })
      if (res.counts) this.setData({ counts: res.counts })
      return res
    },

    decorate(row) {
      return decorateRow(row)
    },

    onFilter(e) {
      const filter = e.currentTarget.dataset.value
      if (filter === this.data.filter) return
      this.setData({ filter, items: [], total: 0, page: null, banner: '' })
      this.refresh()
    },

    replaceRow(userId, changes) {
      const items = this.data.items.map((row) =>
        String(row.userId) === String(userId) ? decorateRow({ ...row, ...changes }) : row,
      )
      this.setData({ items })
    },

    // The counts move with a review or a 补签; the rows on screen are already up to date.
    async refreshCounts() {
      try {
        const res = await activity.getAttendance(this.activityId, { status: 'ALL', size: 1 })
        if (res.counts) this.setData({ counts: res.counts })
      } catch (e) {
        // The next pull-down refreshes them.
      }
    },

    onConfirm(e) {
      return this.review(e.currentTarget.dataset.userid, 'CONFIRMED')
    },

    onOverrule(e) {
      return this.review(e.currentTarget.dataset.userid, 'OVERRULED')
    },

    async review(userId, decision) {
      const row = this.data.items.find((r) => String(r.userId) === String(userId))
      if (!row || !row.checkin || this.data.busyUserId) return
      const text = REVIEW_TEXT[decision]
      const note = await ask(text)
      if (note === null) return
      this.setData({ busyUserId: row.userId, banner: '' })
      try {
        const checkin = await activity.reviewCheckin(this.activityId, row.checkin.id, { decision, note: note || undefined })
        // An overruled check-in no longer counts: the person is absent again.
        this.replaceRow(row.userId, decision === 'OVERRULED' ? { checkin, status: 'ABSENT' } : { checkin })
        this.toast(text.done, 'success')
        this.refreshCounts()
      } catch (err) {
        this.setData({ banner: err.title || '操作失败，请稍后重试' })
      } finally {
        this.setData({ busyUserId: '' })
      }
    },

    async onOnBehalf(e) {
      const userId = e.currentTarget.dataset.userid
      const row = this.data.items.find((r) => String(r.userId) === String(userId))
      if (!row || this.data.busyUserId) return
      const reason = await ask({
        title: `为 ${row.displayName} 补签`,
        placeholder: '补签原因（必填），如：现场签到时手机没电',
        confirmText: '补签',
      })
      if (reason === null) return
      if (!reason) {
        this.toast('请填写补签原因')
        return
      }
      const clientId = this.onBehalfIds[row.userId] || (this.onBehalfIds[row.userId] = newClientId())
      this.setData({ busyUserId: row.userId, banner: '' })
      try {
        const checkin = await activity.checkInOnBehalf(this.activityId, { clientId, userId: row.userId, reason })
        delete this.onBehalfIds[row.userId]
        this.replaceRow(row.userId, { checkin, status: checkin.flags && checkin.flags.indexOf('LATE') >= 0 ? 'LATE' : 'ATTENDED' })
        this.toast('已补签', 'success')
        this.refreshCounts()
      } catch (err) {
        this.setData({ banner: err.title || '补签失败，请稍后重试' })
      } finally {
        this.setData({ busyUserId: '' })
      }
    },
  },
})
