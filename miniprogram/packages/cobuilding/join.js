// 加入先锋号: join a co-building with an invitation code — typed, scanned, from a shared
// card (?code=) or from a scanned mini-program code (?scene=inv%3D<CODE>). Whatever way the code
// arrives, the person first sees what it admits to (the co-building, its lead unit, how many
// members, its pioneer) and then taps 加入. After a first join without a nickname the profile
// sheet offers itself, so the new colleagues see a name rather than "成员123".
const cobuilding = require('../../services/cobuilding')
const auth = require('../../services/auth')
const profilePrompt = require('../../utils/profile-prompt')
const { normalizeInviteCode, inviteCodeProblem, codeFromScene, codeFromScan } = require('../../utils/invite-code')
const { label } = require('../../utils/format')
const routes = require('../../utils/routes')

Component({
  data: {
    input: '',
    error: '',
    joining: false,
    preview: null, // {code, cobuildingName, leadUnitName, memberCount, pioneerName}
    previewing: false,
    result: null, // {cobuildingId, cobuildingName, role, roleLabel, unitId, unitName, alreadyMember}
    user: {},
    sheetShown: false,
  },

  methods: {
    onLoad(options = {}) {
      const code = options.code ? normalizeInviteCode(safeDecode(options.code)) : codeFromScene(options.scene)
      if (code) {
        this.setData({ input: code })
        this.loadPreview(code)
      }
    },

    onInput(e) {
      this.setData({ input: e.detail.value, error: '' })
      const code = normalizeInviteCode(e.detail.value)
      if (!inviteCodeProblem(code)) this.loadPreview(code)
      else if (this.data.preview) this.setData({ preview: null })
    },

    /** What the code admits to; only the newest code's answer is shown. */
    async loadPreview(code) {
      if (this.data.preview && this.data.preview.code === code) return
      this.previewFor = code
      this.setData({ previewing: true, preview: null, error: '' })
      try {
        const preview = await cobuilding.previewInvitation(code)
        if (this.previewFor === code) this.setData({ preview: { ...preview, code } })
      } catch (err) {
        if (this.previewFor === code) this.setData({ error: err.title || '邀请码查询失败，请稍后重试' })
      } finally {
        if (this.previewFor === code) this.setData({ previewing: false })
      }
    },

    onJoin() {
      const code = normalizeInviteCode(this.data.input)
      const problem = inviteCodeProblem(code)
      if (problem) {
        this.setData({ error: problem })
        return
      }
      this.join(code)
    },

    onScan() {
      wx.scanCode({
        scanType: ['wxCode', 'qrCode'],
        success: (res) => {
          const code = codeFromScan(res)
          if (!code) {
            this.setData({ error: '没有识别到邀请码，请扫描先锋号的邀请码' })
            return
          }
          this.setData({ input: code, error: '' })
          this.loadPreview(code)
        },
        fail: (err) => {
          // Closing the scanner is not an error worth a message.
          if (!/cancel/.test((err && err.errMsg) || '')) this.setData({ error: '扫码失败，请重试或直接输入邀请码' })
        },
      })
    },

    async join(code) {
      if (this.data.joining) return
      this.setData({ joining: true, error: '' })
      try {
        const res = await cobuilding.joinByCode(code)
        this.setData({ result: { ...res, roleLabel: label('memberRole', res.role) } })
        if (!res.alreadyMember) await this.offerProfile()
      } catch (err) {
        this.setData({ error: err.title || '加入失败，请稍后重试' })
      } finally {
        this.setData({ joining: false })
      }
    },

    async offerProfile() {
      const user = await auth.currentUser().catch(() => null)
      if (user && profilePrompt.take('join', user)) this.setData({ user, sheetShown: true })
    },

    onProfileDone() {
      this.setData({ sheetShown: false })
    },

    onOpenHome() {
      wx.redirectTo({ url: routes.cobuildingHome(this.data.result.cobuildingId) })
    },
  },
})

// Page options arrive decoded on phones, but a hand-built link may still carry %xx.
function safeDecode(text) {
  try {
    return decodeURIComponent(text)
  } catch (e) {
    return text
  }
}
