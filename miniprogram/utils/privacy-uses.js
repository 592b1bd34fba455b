// What the mini-program does with personal information, as the 隐私政策 page shows it and as the privacy
// guide (隐私保护指引, filled in on the WeChat admin console) must declare it. tests/privacy.test.js finds
// every privacy-controlled API in the source and fails when one is used without being listed here.
//
// Coming with photos, and deliberately NOT declared yet: 相册/摄像头 (wx.chooseMedia). A declaration of
// something we do not collect would tell people we take it. 位置 (wx.getLocation / wx.chooseLocation) came with
// check-in, together with app.json "requiredPrivateInfos"; getLocation also needs the interface approved on the
// admin console. The test makes each declaration and the first use land together.
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
]

const COMING = [
  { id: 'album', what: '相册、摄像头', why: '活动打卡和进展照片（上线时再请你同意）' },
]

module.exports = { IN_USE, COMING }
