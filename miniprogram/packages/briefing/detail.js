// One policy briefing: title, category, dates, the bureau's correction note, the sanitised body, attachments (opened
// with wx.openDocument), the member's 意向申报 toggle and an offer to be notified of new briefings. Opening it is
// what records the read (the server does it on GET). Opened from the list, a BRIEFING chat card, an assistant's
// source or a subscribe message (?id=).
const briefing = require('../../services/briefing')
const feedback = require('../../behaviors/feedback')
const { categoryLabel, deadlineOf } = require('../../utils/briefing-labels')
const { formatDate, formatDateTime } = require('../../utils/format')

// wx.openDocument's fileType values; the name's extension first, the content type otherwise.
const FILE_TYPES = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx']
const CONTENT_TYPES = {
  'application/pdf': 'pdf',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
}

function fileTypeOf(attachment) {
  const ext = String(attachment.name || '').split('.').pop().toLowerCase()
  if (FILE_TYPES.indexOf(ext) >= 0) return ext
  return CONTENT_TYPES[attachment.contentType] || 'pdf'
}

function sizeText(bytes) {
  const n = Number(bytes)
  if (!(n > 0)) return ''
  if (n < 1024 * 1024) return `${Math.max(1, Math.round(n / 1024))} KB`
  return `${(n / 1024 / 1024).toFixed(1)} MB`
}

function decorate(view) {
  return {
    ...view,
    categoryText: categoryLabel(view.category),
    deadline: deadlineOf(view.applyDeadline),
    publishedText: formatDateTime(view.publishedAt),
    correctedText: view.correctedAt ? formatDate(view.correctedAt) : '',
    attachments: (view.attachments || []).map((a) => ({ ...a, sizeText: sizeText(a.size) })),
  }
}

// A signed link a day old (the page stayed open): fresh links come with the briefing again.
const EXPIRED_LINK = ['MEDIA_LINK_EXPIRED', 'MEDIA_LINK_INVALID']

Component({
  behaviors: [feedback],

  data: {
    status: 'loading', // loading | ready | error
    errorTitle: '',
    brief: null,
    intentBusy: false,
    openingId: '',
  },

  methods: {
    onLoad(options = {}) {
      this.briefingId = options.id || ''
      this.load()
    },

    async load() {
      if (!this.briefingId) {
        this.setData({ status: 'error', errorTitle: '没有找到这条政策' })
        return
      }
      if (!this.data.brief) this.setData({ status: 'loading', errorTitle: '' })
      try {
        const view = await briefing.getBriefing(this.briefingId)
        this.setData({ status: 'ready', brief: decorate(view) })
      } catch (err) {
        if (this.data.brief) this.toast(err.title || '刷新失败')
        else this.setData({ status: 'error', errorTitle: err.title || '加载失败，请稍后重试' })
      }
    },

    async onPullDownRefresh() {
      await this.load()
      wx.stopPullDownRefresh()
    },

    onRetry() {
      this.load()
    },

    /** 意向申报 on or off; one request at a time (both are idempotent, so a retry is always safe). */
    async onToggleIntent() {
      const { brief, intentBusy } = this.data
      if (!brief || intentBusy) return
      this.setData({ intentBusy: true })
      try {
        const res = brief.intended ? await briefing.clearIntent(brief.id) : await briefing.setIntent(brief.id)
        const intended = res && typeof res.intended === 'boolean' ? res.intended : !brief.intended
        this.setData({ 'brief.intended': intended })
        this.toast(intended ? '已登记申报意向' : '已取消申报意向')
      } catch (err) {
        this.toast(err.title || '操作失败，请稍后重试')
      } finally {
        this.setData({ intentBusy: false })
      }
    },

    async onOpenAttachment(e) {
      if (this.data.openingId) return
      const id = String(e.currentTarget.dataset.id)
      this.setData({ openingId: id })
      wx.showLoading({ title: '正在打开', mask: true })
      try {
        await this.openAttachment(id, true)
      } finally {
        wx.hideLoading()
        this.setData({ openingId: '' })
      }
    },

    async openAttachment(id, mayRenew) {
      const attachment = (this.data.brief.attachments || []).find((a) => String(a.id) === id)
      if (!attachment) return
      let filePath
      try {
        filePath = await briefing.downloadAttachment(attachment)
      } catch (err) {
        if (mayRenew && (err.status === 403 || EXPIRED_LINK.indexOf(err.code) >= 0)) {
          await this.load()
          await this.openAttachment(id, false)
          return
        }
        this.toast(err.title || '下载失败，请稍后重试')
        return
      }
      await new Promise((resolve) => {
        wx.openDocument({
          filePath,
          fileType: fileTypeOf(attachment),
          // 转发 and 保存 from WeChat's own menu: members pass application forms on to colleagues.
          showMenu: true,
          success: resolve,
          fail: () => {
            this.toast('无法打开该文件')
            resolve()
          },
        })
      })
    },
  },
})
