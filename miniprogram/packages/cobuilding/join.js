// 加入先锋号: join a co-building with an invitation code — typed, scanned, from a shared
// card (?code=) or from a scanned mini-program code (?scene=inv%3D<CODE>).
const cobuilding = require('../../services/cobuilding')
const { normalizeInviteCode, inviteCodeProblem, codeFromScene, codeFromScan } = require('../../utils/invite-code')
const { label } = require('../../utils/format')
const routes = require('../../utils/routes')

Component({
  data: {
    input: '',
    error: '',
    joining: false,
    result: null, // {cobuildingId, cobuildingName, role, roleLabel, unitId, unitName, alreadyMember}
  },

  methods: {
    onLoad(options = {}) {
      const code = options.code ? normalizeInviteCode(safeDecode(options.code)) : codeFromScene(options.scene)
      if (code) this.setData({ input: code })
    },

    onInput(e) {
      this.setData({ input: e.detail.value, error: '' })
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
          this.setData({ input: code })
          this.join(code)
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
      } catch (err) {
        this.setData({ error: err.title || '加入失败，请稍后重试' })
      } finally {
        this.setData({ joining: false })
      }
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
