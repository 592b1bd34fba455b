// 添加任务 / 编辑任务: title, description, owners (the co-building's members, grouped as its home page shows
// them), planned start and due date (due ≥ start, checked before sending), weight 1..100; on an edit also the
// status (the pioneer may reopen a finished task). A create keeps one clientId across retries.
const goalService = require('../../services/goal')
const cobuilding = require('../../services/cobuilding')
const feedback = require('../../behaviors/feedback')
const routes = require('../../utils/routes')
const labels = require('../../utils/goal-labels')
const { newClientId } = require('../../utils/client-id')
const form = require('./task-form')
const { failureMessage } = require('./view')
const { submitForm } = require('./form-submit')

const FIELD_ORDER = ['title', 'description', 'ownerIds', 'plannedStart', 'dueDate', 'weight', 'status']
const STATUS_OPTIONS = form.STATUSES.map((value) => ({ value, label: labels.TASK_STATUS_LABELS[value] }))

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
    canRetry: false,
    creating: true,
    goalTitle: '',
    form: form.emptyForm(),
    errors: {},
    banner: '',
    submitting: false,
    statusOptions: STATUS_OPTIONS,
    members: [], // [{userId, displayName, unitName, checked}]
    membersState: 'idle', // idle | loading | ready | error
  },

  lifetimes: {
    created() {
      this.clientId = newClientId()
      this.goalId = ''
      this.taskId = ''
      this.cobuildingId = ''
      this.original = null
    },
  },

  methods: {
    onLoad(options = {}) {
      if (options.id) {
        this.taskId = options.id
        this.setData({ creating: false })
        wx.setNavigationBarTitle({ title: '编辑任务' })
      } else {
        this.goalId = options.goalId || ''
        if (!this.goalId) {
          this.setData({ status: 'error', errorTitle: '请从目标详情页添加任务' })
          return
        }
      }
      this.loadSubject()
    },

    // The goal (create) or the task (edit): both name the co-building whose members may own the task.
    async loadSubject() {
      this.setData({ status: 'loading', errorTitle: '', canRetry: false })
      try {
        if (this.taskId) {
          const view = await goalService.getTask(this.taskId)
          if (!view.editable) {
            this.setData({ status: 'error', errorTitle: '只有科技党建先锋可以编辑任务' })
            return
          }
          this.cobuildingId = String(view.cobuildingId)
          this.original = form.fromView(view)
          this.setData({ form: form.fromView(view), goalTitle: view.goalTitle || '' })
        } else {
          const goal = await goalService.getGoal(this.goalId)
          if (!goal.editable) {
            this.setData({ status: 'error', errorTitle: '只有科技党建先锋可以添加任务' })
            return
          }
          this.cobuildingId = String(goal.cobuildingId)
          this.setData({ goalTitle: goal.title || '' })
        }
        this.setData({ status: 'ready' })
        this.loadMembers()
      } catch (err) {
        this.setData({ status: 'error', errorTitle: failureMessage(err, '加载失败，请稍后重试'), canRetry: true })
      }
    },

    onRetry() {
      this.loadSubject()
    },

    async loadMembers() {
      this.setData({ membersState: 'loading' })
      try {
        const members = flattenMembers(await cobuilding.getCobuilding(this.cobuildingId))
        const chosen = this.data.form.ownerIds
        this.setData({ members: members.map((m) => ({ ...m, checked: chosen.indexOf(m.userId) >= 0 })), membersState: 'ready' })
      } catch (err) {
        this.setData({ membersState: 'error' })
      }
    },

    change(field, value) {
      const data = { [`form.${field}`]: value }
      if (this.data.errors[field]) data[`errors.${field}`] = ''
      this.setData(data)
    },

    onInput(e) {
      this.change(e.currentTarget.dataset.field, e.detail.value)
    },

    onPlannedStart(e) {
      const start = e.detail.value
      this.change('plannedStart', start)
      // A due date left before the new start moves with it rather than turning into an error.
      if (this.data.form.dueDate && this.data.form.dueDate < start) this.change('dueDate', start)
    },

    onDueDate(e) {
      this.change('dueDate', e.detail.value)
    },

    onStatus(e) {
      this.change('status', e.currentTarget.dataset.status)
    },

    onToggleMember(e) {
      const userId = String(e.currentTarget.dataset.userid)
      const members = this.data.members.map((m) => (m.userId === userId ? { ...m, checked: !m.checked } : m))
      this.setData({ members })
      this.change('ownerIds', members.filter((m) => m.checked).map((m) => m.userId))
    },

    onSubmit() {
      return submitForm(this, {
        form,
        fieldOrder: FIELD_ORDER,
        noun: '任务',
        create: (body) => goalService.createTask(this.goalId, body),
        update: (patch) => goalService.updateTask(this.taskId, patch),
        createdUrl: (view) => routes.taskDetail(view.id),
      })
    },
  },
})
