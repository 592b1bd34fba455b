// Copying, with a word when the phone refused: the clipboard is covered by the privacy guide,
// and a person who has not agreed to it would otherwise just see nothing happen.
function copyText(data) {
  wx.setClipboardData({
    data,
    fail(res) {
      const refused = /privacy|auth|deny/i.test((res && res.errMsg) || '')
      wx.showToast({ title: refused ? '需先同意隐私保护指引才能复制' : '复制失败，请重试', icon: 'none' })
    },
  })
}

module.exports = { copyText }
