// 添加目标 / 编辑目标: the category is fixed (from the overview on a create), then title, description, target
// text, target amount with its unit, target date, and on an edit the status (进行中/已达成/已放弃). A create
// carries one clientId for the life of the page, so a retry after a lost answer gives back the same goal.
const goalService = require('../../services/goal')
const feedback = require('../../behaviors/feedback')
const routes = require('../../utils/routes')
const labels = require('../../utils/goal-labels')
const { newClientId } = require('../../utils/client-id')
const form = require('./goal-form')
const { failureMessage } = require('./view')
const { submitForm } = require('./form-submit')

const FIELD_ORDER = ['title', 'description', 'targetText', 'targetAmount', 'targetUnit', 'targetDate', 'status']
const STATUS_OPTIONS = form.STATUSES.map((value) => ({ value, label: labels.GOAL_STATUS_LABELS[value] }))

Component({
  behaviors: [feedback],

  data: {
    status: 'loading', // loading | ready | error
    errorTitle: '',
    creating: true,
    categoryLabel: '',
    form: form.emptyForm(),
    errors: {},
    banner: '',
    submitting: false,
    statusOptions: STATUS_OPTIONS,
  },

  lifetimes: {
    created() {
      this.clientId = newClientId()
      this.cobuildingId = ''
      this.goalId = ''
      this.original = null
    },
  },

  methods: {
    onLoad(options = {}) {
      if (options.id) {
        this.goalId = options.id
        this.setData({ creating: false })
        wx.setNavigationBarTitle({ title: '编辑目标' })
        this.loadGoal()
        return
      }
      this.cobuildingId = options.cobuildingId || ''
      const category = options.category || ''
      if (!this.cobuildingId || !labels.CATEGORY_LABELS[category]) {
        this.setData({ status: 'error', errorTitle: '请从“五个一”页面的类别下添加目标' })
        return
      }
      this.setData({ status: 'ready', form: form.emptyForm(category), categoryLabel: labels.CATEGORY_LABELS[category] })
    },

    async loadGoal() {
      this.setData({ status: 'loading', errorTitle: '' })
      try {
        const view = await goalService.getGoal(this.goalId)
        if (!view.editable) {
          this.setData({ status: 'error', errorTitle: '只有科技党建先锋可以编辑目标' })
          return
        }
        this.original = form.fromView(view)
        this.setData({ status: 'ready', form: form.fromView(view), categoryLabel: labels.CATEGORY_LABELS[view.category] || '' })
      } catch (err) {
        this.setData({ status: 'error', errorTitle: failureMessage(err, '加载失败，请稍后重试') })
      }
    },

    onRetry() {
      if (this.goalId) this.loadGoal()
    },

    /** One field changed: its error goes away until the next submit. */
    change(field, value) {
      const data = { [`form.${field}`]: value }
      if (this.data.errors[field]) data[`errors.${field}`] = ''
      this.setData(data)
    },

    onInput(e) {
      this.change(e.currentTarget.dataset.field, e.detail.value)
    },

    onTargetDate(e) {
      this.change('targetDate', e.detail.value)
    },

    onClearTargetDate() {
      this.change('targetDate', '')
    },

    onStatus(e) {
      this.change('status', e.currentTarget.dataset.status)
    },

    onSubmit() {
      return submitForm(this, {
        form,
        fieldOrder: FIELD_ORDER,
        noun: '目标',
        create: (body) => goalService.createGoal(this.cobuildingId, body),
        update: (patch) => goalService.updateGoal(this.goalId, patch),
        createdUrl: (view) => routes.goalDetail(view.id),
      })
    },
  },
})
