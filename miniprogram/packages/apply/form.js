// 申报表: create, edit, submit, withdraw and delete (drafts) an application. A new application
// becomes a draft on the first change; after that the whole form is saved (PUT) 800 ms after
// the last change and when the page is hidden or closed. While a change is not saved (pending,
// invalid or failed) WeChat asks before the page is left. Once the server says the application
// can no longer be edited, the page shows it read-only.
const { newClientId } = require('../../utils/client-id')
const application = require('../../services/application')
const feedback = require('../../behaviors/feedback')
const { emptyForm, emptyPartner, fromView, toPayload } = require('../../utils/application-form')
const { validateFields, validateForSubmit, groupErrors, firstErrorSelector, LIMITS } = require('../../utils/validate-application')
const { MODES, label, formatDateTime, todayInShanghai, addDays } = require('../../utils/format')
const routes = require('../../utils/routes')

const SAVE_DELAY_MS = 800
const EDITABLE = ['DRAFT', 'RETURNED']
// Codes after which what the page shows is out of date: reload the application.
const STALE = ['APPLICATION_NOT_EDITABLE', 'APPLICATION_STATE_CONFLICT']

const errorCount = (errors) => Object.keys(errors).length

Component({
  behaviors: [feedback],

  data: {
    status: 'loading', // loading | ready | error (loading the page)
    loadError: '',
    id: '',
    appStatus: '', // '' until the draft exists
    editable: true,
    form: emptyForm(),
    errors: {},
    err: groupErrors({}),
    saveState: '', // '' | saving | saved | failed | invalid
    saveError: '',
    banner: '', // the last server error of an action, in the server's words
    notice: '',
    reviewComment: '',
    submittedAtText: '',
    decidedAtText: '',
    cobuildingId: '',
    history: [],
    modes: MODES,
    maxPartners: LIMITS.partners,
    minDate: '',
    submitting: false,
    withdrawing: false,
    deleting: false,
  },

  lifetimes: {
    created() {
      this.timer = null
      this.saving = null
      this.changeSeq = 0
      this.savedSeq = 0
      this.createStarted = false
      this.submitTried = false
    },
    detached() {
      clearTimeout(this.timer)
      this.guardLeaving(false)
    },
  },

  methods: {
    onLoad(options = {}) {
      this.setData({ minDate: addDays(todayInShanghai(), 1) })
      if (options.id) this.load(options.id)
      else this.setData({ status: 'ready' })
    },

    // Leaving the page (hide: app to background or another page on top; unload: back) saves now.
    onHide() {
      if (this.isDirty()) this.flush()
    },

    onUnload() {
      if (this.isDirty()) this.flush()
    },

    async load(id) {
      this.loadId = id
      this.setData({ status: 'loading', loadError: '' })
      try {
        this.showView(await application.getApplication(id))
        this.setData({ status: 'ready' })
      } catch (err) {
        this.setData({ status: 'error', loadError: err.title || '加载失败，请稍后重试' })
      }
    },

    onRetryLoad() {
      this.load(this.loadId)
    },

    /** Shows an ApplicationView as the new truth: anything unsaved is dropped. */
    showView(view) {
      clearTimeout(this.timer)
      this.timer = null
      this.savedSeq = this.changeSeq
      this.guardLeaving(false)
      const editable = EDITABLE.indexOf(view.status) >= 0
      const form = fromView(view)
      const errors = editable && this.submitTried ? validateForSubmit(form, todayInShanghai()) : {}
      this.setData({
        id: view.id,
        appStatus: view.status,
        editable,
        form,
        errors,
        err: groupErrors(errors, form.partners.length),
        saveState: '',
        saveError: '',
        reviewComment: view.reviewComment || '',
        submittedAtText: formatDateTime(view.submittedAt),
        decidedAtText: formatDateTime(view.decidedAt),
        cobuildingId: view.cobuildingId || '',
        history: (view.history || []).map((h) => ({
          ...h,
          atText: formatDateTime(h.at),
          toLabel: label('applicationStatus', h.toStatus),
        })),
      })
    },

    // ---- editing ---------------------------------------------------------------------

    /** Applies `paths` (setData keys) to the form, re-checks it and schedules the save. */
    change(paths) {
      if (!this.data.editable) return
      this.changeSeq += 1
      this.guardLeaving(true)
      this.setData(paths)
      const form = this.data.form
      const fieldErrors = validateFields(form)
      const errors = this.submitTried ? validateForSubmit(form, todayInShanghai()) : fieldErrors
      this.setData({
        errors,
        err: groupErrors(errors, form.partners.length),
        saveState: errorCount(fieldErrors) ? 'invalid' : 'saving',
        banner: '',
      })
      if (errorCount(fieldErrors)) {
        clearTimeout(this.timer)
        return
      }
      // The first change creates the draft at once; later ones are gathered into one PUT
      // (and so are retries of a create that failed: no request per keystroke).
      if (!this.data.id && !this.createStarted) {
        this.createStarted = true
        this.flush()
      } else {
        this.scheduleSave()
      }
    },

    patchPaths(prefix, patch) {
      const paths = {}
      Object.keys(patch || {}).forEach((k) => {
        paths[`${prefix}.${k}`] = patch[k]
      })
      return paths
    },

    async onModeTap(e) {
      const mode = e.currentTarget.dataset.mode
      if (!this.data.editable || mode === this.data.form.mode) return
      const partners = this.data.form.partners
      if (mode === 'SOLO' && partners.length > 0) {
        const ok = await this.confirm({
          title: '改为独立申报',
          content: `独立申报不含共建单位，将移除已填写的 ${partners.length} 个共建单位。`,
          confirmText: '移除',
        })
        if (!ok) return
        this.change({ 'form.mode': mode, 'form.partners': [] })
        return
      }
      const paths = { 'form.mode': mode }
      // A joint application always has at least one partner; start the user on the first.
      if (mode === 'JOINT' && partners.length === 0) paths['form.partners'] = [emptyPartner()]
      this.change(paths)
    },

    onLeadChange(e) {
      this.change(this.patchPaths('form.lead', e.detail.patch))
    },

    onPartnerChange(e) {
      this.change(this.patchPaths(`form.partners[${e.currentTarget.dataset.index}]`, e.detail.patch))
    },

    onAddPartner() {
      const partners = this.data.form.partners
      if (partners.length >= LIMITS.partners) return
      this.change({ 'form.partners': [...partners, emptyPartner()] })
    },

    async onRemovePartner(e) {
      const index = e.currentTarget.dataset.index
      const ok = await this.confirm({ content: `删除共建单位 ${index + 1}？`, confirmText: '删除' })
      if (!ok) return
      this.change({ 'form.partners': this.data.form.partners.filter((_, i) => i !== index) })
    },

    onPioneerInput(e) {
      this.change({ [`form.pioneer.${e.currentTarget.dataset.field}`]: e.detail.value })
    },

    onPartyMemberChange(e) {
      this.change({ 'form.pioneer.partyMember': Boolean(e.detail.value) })
    },

    onGoalChange(e) {
      this.change(this.patchPaths(`form.goals[${e.currentTarget.dataset.index}]`, e.detail.patch))
    },

    onMotivationInput(e) {
      this.change({ 'form.motivation': e.detail.value })
    },

    // ---- saving ----------------------------------------------------------------------

    isDirty() {
      return this.changeSeq > this.savedSeq
    },

    /**
     * While something typed is not on the server, leaving by the back button or gesture asks first
     * (onUnload still tries to save, but that save can fail, or the content be invalid).
     */
    guardLeaving(on) {
      if (Boolean(this.guarded) === on) return
      this.guarded = on
      if (on && typeof wx.enableAlertBeforeUnload === 'function') {
        wx.enableAlertBeforeUnload({ message: '填写的内容还没有保存，确定离开吗？' })
      } else if (!on && typeof wx.disableAlertBeforeUnload === 'function') {
        wx.disableAlertBeforeUnload()
      }
    },

    scheduleSave() {
      clearTimeout(this.timer)
      this.timer = setTimeout(() => this.flush(), SAVE_DELAY_MS)
    },

    /**
     * Saves what the form holds now, one request at a time (a PUT must never overtake an
     * earlier one). Resolves true once the server has the current content.
     */
    async flush() {
      clearTimeout(this.timer)
      this.timer = null
      while (this.saving) await this.saving
      if (!this.isDirty()) return Boolean(this.data.id)
      this.saving = this.saveOnce()
      try {
        return await this.saving
      } finally {
        this.saving = null
      }
    },

    async saveOnce() {
      if (!this.data.editable) return false
      if (errorCount(validateFields(this.data.form))) {
        this.setData({ saveState: 'invalid' })
        return false
      }
      const seq = this.changeSeq
      const body = toPayload(this.data.form)
      // One id per new draft, kept across retries of the create.
      if (!this.data.id) {
        this.clientId = this.clientId || newClientId()
        body.clientId = this.clientId
      }
      this.setData({ saveState: 'saving', saveError: '' })
      try {
        const view = this.data.id
          ? await application.updateApplication(this.data.id, body)
          : await application.createApplication(body)
        this.savedSeq = Math.max(this.savedSeq, seq)
        if (!this.isDirty()) this.guardLeaving(false)
        this.setData({
          id: view.id,
          appStatus: view.status,
          // Still dirty: the user typed while this was on its way, and a save is scheduled.
          saveState: this.isDirty() ? 'saving' : 'saved',
        })
        return !this.isDirty()
      } catch (err) {
        if (STALE.indexOf(err.code) >= 0) {
          await this.reloadReadOnly(err)
          return false
        }
        if (err.errors) this.showErrors(err.errors)
        this.setData({ saveState: 'failed', saveError: err.title || '保存失败' })
        return false
      }
    },

    onSaveStateTap() {
      if (this.data.saveState === 'failed') this.flush()
    },

    /** The server no longer lets us edit (submitted elsewhere, reviewed…): show its version. */
    async reloadReadOnly(err) {
      clearTimeout(this.timer)
      this.setData({ editable: false, notice: err.title || '该申报已不能修改' })
      try {
        this.showView(await application.getApplication(this.data.id))
      } catch (loadErr) {
        this.setData({ banner: loadErr.title || '加载失败，请稍后重试' })
      }
    },

    showErrors(errors) {
      this.setData({ errors, err: groupErrors(errors, this.data.form.partners.length) })
    },

    // ---- actions -------------------------------------------------------------------

    async onSubmit() {
      if (!this.data.editable || this.data.submitting) return
      this.submitTried = true
      const errors = validateForSubmit(this.data.form, todayInShanghai())
      this.showErrors(errors)
      if (errorCount(errors)) {
        this.toast(`还有 ${errorCount(errors)} 处需要完善`)
        this.scrollToFirstError(errors)
        return
      }
      const ok = await this.confirm({
        title: '提交申报',
        content: '提交后进入审核，审核期间不能修改。',
        confirmText: '提交',
      })
      if (!ok) return
      this.setData({ submitting: true, banner: '' })
      try {
        const saved = await this.flush()
        if (!saved) {
          // flush has shown why (field errors, save failure or the read-only reload).
          if (this.data.editable) this.setData({ banner: this.data.saveError || '保存失败，未能提交' })
          return
        }
        this.showView(await application.submitApplication(this.data.id))
        this.toast('已提交，请等待审核', 'success')
      } catch (err) {
        await this.showActionError(err)
      } finally {
        this.setData({ submitting: false })
      }
    },

    async onWithdraw() {
      if (this.data.withdrawing) return
      const ok = await this.confirm({ title: '撤回申报', content: '撤回后本申报结束，确认撤回？', confirmText: '撤回' })
      if (!ok) return
      this.setData({ withdrawing: true, banner: '' })
      try {
        this.showView(await application.withdrawApplication(this.data.id))
        this.toast('已撤回', 'success')
      } catch (err) {
        await this.showActionError(err)
      } finally {
        this.setData({ withdrawing: false })
      }
    },

    async showActionError(err) {
      if (STALE.indexOf(err.code) >= 0) {
        await this.reloadReadOnly(err)
        return
      }
      if (err.errors) {
        this.showErrors(err.errors)
        this.scrollToFirstError(err.errors)
      }
      this.setData({ banner: err.title || '操作失败，请稍后重试' })
    },

    /** Brings the first field to fix into view (the form is long; the toast alone says nothing of where). */
    scrollToFirstError(errors) {
      const selector = firstErrorSelector(errors)
      if (selector) wx.pageScrollTo({ selector, offsetTop: -24, duration: 300 })
    },

    async onDeleteDraft() {
      if (this.data.deleting || this.data.appStatus !== 'DRAFT') return
      const ok = await this.confirm({ title: '删除草稿', content: '删除后不能恢复，确认删除？', confirmText: '删除' })
      if (!ok) return
      this.setData({ deleting: true, banner: '' })
      clearTimeout(this.timer)
      try {
        while (this.saving) await this.saving // a save in flight must not land after the delete
        await application.deleteApplication(this.data.id)
        // Nothing is left to save: leaving must neither ask nor PUT to a deleted draft.
        this.savedSeq = this.changeSeq
        this.guardLeaving(false)
        this.setData({ editable: false })
        this.toast('草稿已删除', 'success')
        wx.navigateBack({ fail: () => wx.redirectTo({ url: routes.applicationList() }) })
      } catch (err) {
        await this.showActionError(err)
      } finally {
        this.setData({ deleting: false })
      }
    },

    onOpenCobuilding() {
      wx.navigateTo({ url: routes.cobuildingHome(this.data.cobuildingId) })
    },
  },
})
