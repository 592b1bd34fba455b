// 目标详情: what the goal aims at (target, achieved amount against the target, target date), its status and
// completion, and its tasks, overdue first. The pioneer of an open co-building edits it, adds tasks and deletes
// it (refused once a task has progress: then it is set to 已放弃 instead).
const goalService = require('../../services/goal')
const feedback = require('../../behaviors/feedback')
const routes = require('../../utils/routes')
const { decorateGoal, decorateTask, overdueFirst, failureMessage } = require('./view')

Component({
  behaviors: [feedback],

  data: {
    status: 'loading', // loading | ready | error
    errorTitle: '',
    banner: '',
    goal: null,
    tasks: [],
    editable: false,
    deleting: false,
  },

  lifetimes: {
    created() {
      this.goalId = ''
      this.loaded = false
    },
  },

  methods: {
    onLoad(options = {}) {
      this.goalId = options.id || ''
      this.load()
    },

    onShow() {
      if (this.loaded) this.load()
    },

    async onPullDownRefresh() {
      await this.load()
      wx.stopPullDownRefresh()
    },

    onRetry() {
      this.load()
    },

    async load() {
      if (!this.loaded) this.setData({ status: 'loading', errorTitle: '' })
      try {
        const view = await goalService.getGoal(this.goalId)
        this.loaded = true
        this.setData({
          status: 'ready',
          banner: '',
          goal: decorateGoal(view),
          tasks: overdueFirst((view.tasks || []).map(decorateTask)),
          editable: Boolean(view.editable),
        })
        wx.setNavigationBarTitle({ title: view.title || '目标详情' })
      } catch (err) {
        if (this.loaded) this.setData({ banner: failureMessage(err, '刷新失败') })
        else this.setData({ status: 'error', errorTitle: failureMessage(err, '加载失败，请稍后重试') })
      }
    },

    onOpenTask(e) {
      wx.navigateTo({ url: routes.taskDetail(e.currentTarget.dataset.id) })
    },

    onEdit() {
      wx.navigateTo({ url: routes.goalEdit(this.goalId) })
    },

    onAddTask() {
      wx.navigateTo({ url: routes.taskCreate(this.goalId) })
    },

    async onDelete() {
      if (this.data.deleting) return
      const ok = await this.confirm({ title: '删除目标', content: '删除后，目标下的任务也会一并删除。确定删除？', confirmText: '删除' })
      if (!ok) return
      this.setData({ deleting: true, banner: '' })
      try {
        await goalService.deleteGoal(this.goalId)
        this.toast('已删除', 'success')
        wx.navigateBack()
      } catch (err) {
        this.setData({ banner: failureMessage(err, '删除失败，请稍后重试') })
      } finally {
        this.setData({ deleting: false })
      }
    },
  },
})
