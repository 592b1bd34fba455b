// 更新进展: the new percent on a slider that starts at the task's current percent and cannot go below it
// (the pioneer's 修正进度 switch lets it), a note, up to nine photos (camera or album, uploaded at once), and the
// achieved amount when the goal counts one. Sending waits for the photos; one clientId for the life of the page,
// so a retry after a lost answer never posts twice. Done → back to the task.
const goalService = require('../../services/goal')
const feedback = require('../../behaviors/feedback')
const { newClientId } = require('../../utils/client-id')
const { amountText, splitErrors } = require('./view')

const NOTE_MAX = 1000
const AMOUNT_MAX = 1e9
const FIELDS = ['percent', 'note', 'photoMediaIds', 'achievedAmount']

/** What a refusal of a progress post tells the person. */
function refusal(err, current) {
  if (err.code === 'PROGRESS_BACKWARDS') return `进度不能低于当前的 ${current}%，如需调低请由科技党建先锋修正`
  if (err.code === 'TASK_DONE') return '任务已完成，不能再更新进展'
  if (err.code === 'COBUILDING_CLOSED') return '本先锋号已退出共建，不能再更新进展'
  if (err.code === 'CONTENT_RISKY') return '说明未通过微信安全检查，请修改后再提交'
  if (err.code === 'WX_UNAVAILABLE') return '微信内容检查暂时不可用，进展未提交，请稍后再点一次（不会重复提交）'
  if (err.status === 403) return '只有任务负责人、单位联络员和科技党建先锋可以更新进展'
  if (err.status === 404) return '任务不存在或你已不在本先锋号中'
  return err.title || '提交失败，请稍后重试'
}

Component({
  behaviors: [feedback],

  data: {
    status: 'loading', // loading | ready | error
    errorTitle: '',
    banner: '',
    taskTitle: '',
    current: 0, // the task's percent when the page opened
    percent: 0,
    floor: 0, // the slider's min: the current percent, 0 while correcting
    canCorrect: false,
    correction: false,
    note: '',
    noteMax: NOTE_MAX,
    hasAmount: false,
    amountUnit: '',
    amountTarget: '',
    achievedAmount: '',
    photoIds: [],
    uploading: false,
    photosFailed: false,
    submitting: false,
    errors: {},
  },

  lifetimes: {
    created() {
      this.clientId = newClientId()
      this.taskId = ''
    },
  },

  methods: {
    onLoad(options = {}) {
      this.taskId = options.taskId || ''
      this.load()
    },

    onRetry() {
      this.load()
    },

    async load() {
      this.setData({ status: 'loading', errorTitle: '' })
      try {
        const task = await goalService.getTask(this.taskId)
        if (task.status === 'DONE') {
          this.setData({ status: 'error', errorTitle: '任务已完成，不能再更新进展' })
          return
        }
        if (!task.canReport) {
          this.setData({ status: 'error', errorTitle: '只有任务负责人、单位联络员和科技党建先锋可以更新进展' })
          return
        }
        // The goal says whether an achieved amount is counted, and in what unit.
        const goal = await goalService.getGoal(task.goalId).catch(() => null)
        const current = Number(task.percent) || 0
        const hasAmount = Boolean(goal) && goal.targetAmount !== null && goal.targetAmount !== undefined
        this.setData({
          status: 'ready',
          taskTitle: task.title || '',
          current,
          percent: current,
          floor: current,
          // The pioneer of an open co-building is the one who may edit the task, and the one who may correct.
          canCorrect: Boolean(task.editable),
          hasAmount,
          amountUnit: hasAmount ? goal.targetUnit || '' : '',
          amountTarget: hasAmount ? amountText(goal.targetAmount) : '',
        })
      } catch (err) {
        this.setData({ status: 'error', errorTitle: refusal(err, 0) })
      }
    },

    clearError(field) {
      if (this.data.errors[field]) this.setData({ [`errors.${field}`]: '' })
    },

    onPercent(e) {
      const value = Math.round(Number(e.detail.value))
      this.setData({ percent: Math.max(this.data.floor, Math.min(100, value)) })
      this.clearError('percent')
    },

    onCorrection(e) {
      const correction = Boolean(e.detail.value)
      const floor = correction ? 0 : this.data.current
      this.setData({ correction, floor, percent: Math.max(floor, this.data.percent) })
    },

    onNote(e) {
      this.setData({ note: e.detail.value })
      this.clearError('note')
    },

    onAmount(e) {
      this.setData({ achievedAmount: e.detail.value })
      this.clearError('achievedAmount')
    },

    onPhotos(e) {
      const { mediaIds, uploading, failed } = e.detail
      this.setData({ photoIds: mediaIds, uploading, photosFailed: failed })
      this.clearError('photoMediaIds')
    },

    validate() {
      const errors = {}
      const { percent, floor, note, achievedAmount, hasAmount } = this.data
      if (!Number.isInteger(percent) || percent < 0 || percent > 100) errors.percent = '进度须为 0–100'
      else if (percent < floor) errors.percent = `进度不能低于当前的 ${floor}%`
      if (note.trim().length > NOTE_MAX) errors.note = `说明不超过 ${NOTE_MAX} 字`
      const amount = hasAmount ? achievedAmount.trim() : ''
      if (amount && (!/^\d+(\.\d{1,2})?$/.test(amount) || Number(amount) > AMOUNT_MAX)) {
        errors.achievedAmount = '完成数量须为不小于 0 的数字（最多两位小数）'
      }
      return errors
    },

    body() {
      const { percent, note, photoIds, achievedAmount, hasAmount, correction } = this.data
      const body = { percent, clientId: this.clientId }
      if (note.trim()) body.note = note.trim()
      if (photoIds.length) body.photoMediaIds = photoIds
      if (hasAmount && achievedAmount.trim()) body.achievedAmount = Number(achievedAmount.trim())
      if (correction) body.correction = true
      return body
    },

    async onSubmit() {
      if (this.data.submitting || this.data.uploading) return
      if (this.data.photosFailed) {
        this.toast('有照片未上传成功，请点照片重试或删除')
        return
      }
      const errors = this.validate()
      const first = FIELDS.find((f) => errors[f])
      this.setData({ errors, banner: '' })
      if (first) {
        this.toast(errors[first])
        return
      }
      this.setData({ submitting: true })
      try {
        await goalService.postProgress(this.taskId, this.body())
        this.toast('进展已更新', 'success')
        wx.navigateBack()
      } catch (err) {
        this.failed(err)
      } finally {
        this.setData({ submitting: false })
      }
    },

    failed(err) {
      if (err.status === 422 && err.errors) {
        const { errors, other } = splitErrors(err.errors, FIELDS)
        this.setData({ errors: { ...this.data.errors, ...errors }, banner: other.join('；') || err.title || '提交的内容有误' })
        return
      }
      if (err.status === 0) {
        this.setData({ banner: '网络不佳，进展未确认提交，请再点一次（不会重复提交）' })
        return
      }
      this.setData({ banner: refusal(err, this.data.current) })
    },
  },
})
