// 头像和昵称: WeChat's own avatar picker and nickname keyboard, plus an optional real name that only the
// bureau and the person's co-buildings see. The avatar is uploaded the moment it is chosen (a WeChat temp
// path is no use to anyone else) as a media upload (purpose AVATAR) that PATCH /api/mp/me then makes the
// avatar; 保存 then writes nickname and real name. Emits `avatar` {user}, `saved` {user} and `close`.
const auth = require('../../services/auth')
const { assetUrl } = require('../../utils/asset-url')
const { uploadErrorTitle } = require('../../utils/photo-upload')

const NICKNAME_MAX = 20
const chars = (text) => [...String(text || '')].length

Component({
  options: { addGlobalClass: true },

  properties: {
    show: { type: Boolean, value: false },
    user: { type: Object, value: {} },
  },

  data: {
    avatar: '',
    nickname: '',
    realName: '',
    uploading: false,
    saving: false,
    errors: {},
  },

  observers: {
    // Each opening starts from the person as the page knows them.
    show(shown) {
      if (!shown) return
      const user = this.data.user || {}
      this.setData({
        avatar: assetUrl(user.avatarUrl),
        nickname: user.nickname || '',
        realName: user.realName || '',
        errors: {},
      })
    },
  },

  methods: {
    onChooseAvatar(e) {
      const tempPath = e.detail && e.detail.avatarUrl
      if (!tempPath) return
      const previous = this.data.avatar
      this.setData({ avatar: tempPath, uploading: true })
      this.upload = auth
        .uploadAvatar(tempPath)
        .then((user) => {
          this.setData({ avatar: assetUrl(user.avatarUrl) })
          this.triggerEvent('avatar', { user })
          return true
        })
        .catch((err) => {
          this.setData({ avatar: previous })
          // The server's title says why (too large, not a JPG/PNG); a proxy's page gets our words for its status.
          wx.showToast({ title: uploadErrorTitle(err), icon: 'none' })
          return false
        })
        .finally(() => this.setData({ uploading: false }))
    },

    /** The picker failed (not a cancel): say so instead of leaving the grey circle unexplained. */
    onAvatarError(e) {
      const msg = (e && e.detail && e.detail.errMsg) || ''
      if (/cancel/.test(msg)) return
      wx.showToast({ title: '没能获取头像，请重试', icon: 'none' })
    },

    onNicknameInput(e) {
      this.setData({ nickname: e.detail.value, 'errors.nickname': '' })
    },

    /** WeChat checks a nickname picked from the keyboard and empties the field when it fails. */
    onNicknameReview(e) {
      if (e.detail && e.detail.pass === false) {
        this.setData({ nickname: '', 'errors.nickname': '这个昵称未通过微信的安全检测，请换一个' })
      }
    },

    onRealNameInput(e) {
      this.setData({ realName: e.detail.value, 'errors.realName': '' })
    },

    async onSave() {
      if (this.data.saving) return
      const nickname = this.data.nickname.trim()
      if (!nickname) return this.setData({ 'errors.nickname': '请填写昵称' })
      if (chars(nickname) > NICKNAME_MAX) return this.setData({ 'errors.nickname': `昵称不能超过 ${NICKNAME_MAX} 个字` })
      this.setData({ saving: true })
      try {
        if (this.upload) await this.upload // the avatar goes first; its failure was already told
        const user = await auth.updateMe({ nickname, realName: this.data.realName.trim() })
        wx.showToast({ title: '已保存', icon: 'success' })
        this.triggerEvent('saved', { user })
      } catch (err) {
        if (err.errors) this.setData({ errors: err.errors })
        else wx.showToast({ title: err.title || '保存失败，请稍后重试', icon: 'none' })
      } finally {
        this.setData({ saving: false })
      }
    },

    onClose() {
      this.triggerEvent('close')
    },

    noop() {},
  },
})
