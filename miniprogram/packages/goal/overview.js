// 五个一 目标与进度: the five categories in order, each with its completion ring, goal count and goals (title,
// status, completion, overdue tasks); a stage switcher once there is more than one stage; entries to the 八有
// checklist, the stage summaries and the public board. 我的任务 lists the caller's tasks, overdue first.
// The pioneer of an open co-building adds goals to the current stage.
const goalService = require('../../services/goal')
const cobuilding = require('../../services/cobuilding')
const feedback = require('../../behaviors/feedback')
const routes = require('../../utils/routes')
const labels = require('../../utils/goal-labels')
const { decorateGoal, decorateTask, overdueFirst, failureMessage } = require('./view')

const MY_TASKS_SIZE = 200

/** The five cards, in the programme's order, each with its goals (the server lists all five categories). */
function cardsOf(view) {
  const goals = (view.goals || []).map(decorateGoal)
  const byCategory = {}
  ;(view.categories || []).forEach((c) => {
    byCategory[c.category] = c
  })
  return labels.CATEGORIES.map((category) => {
    const c = byCategory[category] || {}
    return {
      category,
      label: labels.CATEGORY_LABELS[category],
      short: labels.CATEGORY_SHORT[category],
      completion: Number(c.completion) || 0,
      goalCount: Number(c.goalCount) || 0,
      goals: goals.filter((g) => g.category === category),
    }
  })
}

Component({
  behaviors: [feedback],

  data: {
    status: 'loading', // loading | ready | error
    errorTitle: '',
    banner: '',
    tab: 'goals', // goals | mine
    cards: [],
    stage: 1,
    currentStage: 1,
    stages: [],
    editable: false,
    canAdd: false,
    publicId: '',
    mine: [],
    mineState: 'idle', // idle | loading | ready | error
    mineError: '',
  },

  lifetimes: {
    created() {
      this.cobuildingId = ''
      this.loaded = false
      this.seq = 0
    },
  },

  methods: {
    onLoad(options = {}) {
      this.cobuildingId = options.cobuildingId || ''
      if (!this.cobuildingId) {
        this.setData({ status: 'error', errorTitle: '请从先锋号主页进入' })
        return
      }
      this.load()
      this.loadCobuilding()
    },

    // Back from a goal or an edit: what it changed shows.
    onShow() {
      if (!this.loaded) return
      this.load(this.data.stage)
      if (this.data.tab === 'mine') this.loadMine()
    },

    async onPullDownRefresh() {
      await this.load(this.data.stage)
      if (this.data.tab === 'mine') await this.loadMine()
      wx.stopPullDownRefresh()
    },

    onRetry() {
      this.load(this.data.stage)
    },

    async load(stage) {
      const seq = (this.seq += 1)
      if (!this.loaded) this.setData({ status: 'loading', errorTitle: '' })
      try {
        const view = await goalService.listGoals(this.cobuildingId, { stage })
        if (seq !== this.seq) return
        this.loaded = true
        const current = Number(view.currentStage) || 1
        const shown = Number(view.stage) || current
        this.setData({
          status: 'ready',
          banner: '',
          cards: cardsOf(view),
          stage: shown,
          currentStage: current,
          stages: (view.stages || []).map(Number),
          editable: Boolean(view.editable),
          // New goals go to the current stage only.
          canAdd: Boolean(view.editable) && shown === current,
        })
      } catch (err) {
        if (seq !== this.seq) return
        if (this.loaded) this.setData({ banner: failureMessage(err, '刷新失败') })
        else this.setData({ status: 'error', errorTitle: failureMessage(err, '加载失败，请稍后重试') })
      }
    },

    // The board entry needs the co-building's publicId; without it the entry is simply not offered.
    async loadCobuilding() {
      try {
        const view = await cobuilding.getCobuilding(this.cobuildingId)
        this.setData({ publicId: view.publicId ? String(view.publicId) : '' })
        if (view.name) wx.setNavigationBarTitle({ title: `${view.name} · 五个一` })
      } catch (err) {
        this.setData({ publicId: '' })
      }
    },

    async loadMine() {
      this.setData({ mineState: 'loading', mineError: '' })
      try {
        const res = await goalService.listTasks(this.cobuildingId, { mine: true, size: MY_TASKS_SIZE })
        this.setData({ mine: overdueFirst((res.items || []).map(decorateTask)), mineState: 'ready' })
      } catch (err) {
        this.setData({ mineState: 'error', mineError: failureMessage(err, '加载失败，请稍后重试') })
      }
    },

    onTab(e) {
      const tab = e.currentTarget.dataset.tab
      if (tab === this.data.tab) return
      this.setData({ tab })
      if (tab === 'mine') this.loadMine()
    },

    onStage(e) {
      const stage = Number(e.currentTarget.dataset.stage)
      if (stage === this.data.stage) return
      this.load(stage)
    },

    onOpenGoal(e) {
      wx.navigateTo({ url: routes.goalDetail(e.currentTarget.dataset.id) })
    },

    onOpenTask(e) {
      wx.navigateTo({ url: routes.taskDetail(e.currentTarget.dataset.id) })
    },

    onAddGoal(e) {
      wx.navigateTo({ url: routes.goalCreate(this.cobuildingId, e.currentTarget.dataset.category) })
    },

    onChecklist() {
      wx.navigateTo({ url: routes.checklist(this.cobuildingId) })
    },

    onSummary() {
      wx.navigateTo({ url: routes.stageSummary(this.cobuildingId) })
    },

    onBoard() {
      if (this.data.publicId) wx.navigateTo({ url: routes.board(this.data.publicId, this.cobuildingId) })
    },
  },
})
