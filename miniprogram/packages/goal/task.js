// 任务详情: owners, planned start → due, weight, status (已逾期 when overdue), the percent bar and the achieved
// amount, then the progress history, newest first (photos open the viewer over the originals; 修正 marks a
// correction by the pioneer, 亮点 a report the bureau marked). Whoever may report sees 更新进展; the pioneer of an
// open co-building edits or deletes the task (refused once it has progress).
const goalService = require('../../services/goal')
const feedback = require('../../behaviors/feedback')
const routes = require('../../utils/routes')
const { decorateTask, decorateProgress, failureMessage } = require('./view')

const PAGE_SIZE = 20

Component({
  behaviors: [feedback],

  data: {
    status: 'loading', // loading | ready | error
    errorTitle: '',
    banner: '',
    task: null,
    editable: false,
    canReport: false,
    deleting: false,
    history: [],
    historyState: 'loading', // loading | ready | error
    historyError: '',
    historyTotal: 0,
    loadingMore: false,
  },

  lifetimes: {
    created() {
      this.taskId = ''
      this.loaded = false
      this.historyPage = null
    },
  },

  methods: {
    onLoad(options = {}) {
      this.taskId = options.id || ''
      this.load()
    },

    // Back from posting progress or editing: the new figures and the new report show.
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
        const view = await goalService.getTask(this.taskId)
        this.loaded = true
        this.setData({
          status: 'ready',
          banner: '',
          task: decorateTask(view),
          editable: Boolean(view.editable),
          canReport: Boolean(view.canReport),
        })
        wx.setNavigationBarTitle({ title: view.title || '任务详情' })
      } catch (err) {
        if (this.loaded) this.setData({ banner: failureMessage(err, '刷新失败') })
        else this.setData({ status: 'error', errorTitle: failureMessage(err, '加载失败，请稍后重试') })
        return
      }
      await this.loadHistory()
    },

    async loadHistory() {
      if (!this.data.history.length) this.setData({ historyState: 'loading', historyError: '' })
      try {
        const res = await goalService.listProgress(this.taskId, { size: PAGE_SIZE })
        this.historyPage = res.page
        this.setData({
          history: (res.items || []).map(decorateProgress),
          historyTotal: Number(res.total) || 0,
          historyState: 'ready',
        })
      } catch (err) {
        this.setData({ historyState: 'error', historyError: failureMessage(err, '进展加载失败') })
      }
    },

    async onMore() {
      const { history, historyTotal, loadingMore } = this.data
      if (loadingMore || history.length >= historyTotal) return
      this.setData({ loadingMore: true })
      try {
        const page = this.historyPage === null || this.historyPage === undefined ? 1 : Number(this.historyPage) + 1
        const res = await goalService.listProgress(this.taskId, { page, size: PAGE_SIZE })
        this.historyPage = res.page
        // A report posted meanwhile shifts the pages: skip what is already shown.
        const shown = new Set(history.map((p) => p.id))
        const fresh = (res.items || []).map(decorateProgress).filter((p) => !shown.has(p.id))
        this.setData({ history: [...history, ...fresh], historyTotal: Number(res.total) || historyTotal })
      } catch (err) {
        this.toast(failureMessage(err, '加载失败'))
      } finally {
        this.setData({ loadingMore: false })
      }
    },

    onReachBottom() {
      this.onMore()
    },

    onPreview(e) {
      const { report, url } = e.currentTarget.dataset
      const entry = this.data.history.find((p) => p.id === String(report))
      const urls = entry ? entry.photos.map((p) => p.original) : [url]
      wx.previewImage({ urls, current: url })
    },

    onReport() {
      wx.navigateTo({ url: routes.progressPost(this.taskId) })
    },

    onOpenGoal() {
      if (this.data.task) wx.navigateTo({ url: routes.goalDetail(this.data.task.goalId) })
    },

    onEdit() {
      wx.navigateTo({ url: routes.taskEdit(this.taskId) })
    },

    async onDelete() {
      if (this.data.deleting) return
      const ok = await this.confirm({ title: '删除任务', content: '确定删除这项任务？', confirmText: '删除' })
      if (!ok) return
      this.setData({ deleting: true, banner: '' })
      try {
        await goalService.deleteTask(this.taskId)
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
