// Picking photos on the phone (相册/摄像头, declared in utils/privacy-uses.js). Apart from the upload
// (utils/photo-upload.js), so that what only uploads (the avatar from chooseAvatar) does not count as asking.

/**
 * wx.chooseMedia for images → [{path, size}]; [] when the person cancels. cameraOnly: a live photo is the point
 * (check-in), so the album is not offered. Rejects with {title} when the phone refuses (no permission).
 */
function choosePhotos({ count = 1, cameraOnly = false } = {}) {
  return new Promise((resolve, reject) => {
    wx.chooseMedia({
      count,
      mediaType: ['image'],
      sourceType: cameraOnly ? ['camera'] : ['album', 'camera'],
      sizeType: ['compressed'],
      camera: 'back',
      success: (res) => resolve((res.tempFiles || []).map((f) => ({ path: f.tempFilePath, size: f.size || 0 }))),
      fail: (err) => {
        const msg = (err && err.errMsg) || ''
        if (/cancel/.test(msg)) resolve([])
        else reject({ title: /auth|permission|deny/.test(msg) ? '没有相机或相册权限，请在设置中允许' : '没能打开相机或相册' })
      },
    })
  })
}

module.exports = { choosePhotos }
