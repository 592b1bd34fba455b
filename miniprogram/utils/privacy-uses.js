// What the mini-program does with personal information, as the 隐私政策 page shows it and as the privacy
// guide (隐私保护指引, filled in on the WeChat admin console) must declare it. tests/privacy.test.js finds
// every privacy-controlled API in the source and fails when one is used without being listed here.
//
// Nothing is announced as coming any more. 位置 (wx.getLocation / wx.chooseLocation) is declared together with
// app.json "requiredPrivateInfos" and the permission text of scope.userLocation; getLocation also needs the
// interface approved on the admin console. The test makes each declaration and the first use land together.
//
// 相册/摄像头: the test's chooseMedia detector also stands for wx.chooseImage and wx.saveImageToPhotosAlbum (the
// activity's 小程序码 saved to the album), so this one entry covers taking, choosing and saving photos. On the
// admin console it is three items: 选中的照片或视频信息, 摄像头, 相册（仅写入）.
const IN_USE = [
  {
    id: 'userInfo',
    what: '微信头像、昵称',
    why: '让共建单位的成员和群聊里的人认出你；由你在「我的」中选择并可随时修改',
    apis: ['chooseAvatar', 'nickname'],
  },
  {
    id: 'realName',
    what: '真实姓名（选填）',
    why: '只给科技局和你所在的先锋号看，用于核对身份',
    apis: [],
  },
  {
    id: 'clipboard',
    what: '剪切板',
    why: '复制邀请码，方便发给要邀请的人；只写入，不读取',
    apis: ['setClipboardData'],
  },
  {
    id: 'location',
    what: '位置信息',
    why: '活动现场签到时确认你在活动地点附近（只在你点“签到”时获取一次）；组织者发起活动时在地图上选择活动地点',
    apis: ['getLocation', 'chooseLocation'],
  },
  {
    id: 'camera',
    what: '摄像头（扫码）',
    why: '扫描先锋号的邀请小程序码加入',
    apis: ['scanCode'],
  },
  {
    id: 'album',
    what: '相册、摄像头（照片）',
    why: '活动签到拍照、在群聊里发图片，以及把签到小程序码保存到相册；只上传你选中或拍下的照片',
    apis: ['chooseMedia'],
  },
]

const COMING = []

module.exports = { IN_USE, COMING }
