// WeChat asks before the first privacy-controlled call (clipboard, avatar, nickname…) whether the person
// agrees to the privacy guide (隐私保护指引); with "__usePrivacyCheck__" in app.json it hands that question
// to wx.onNeedPrivacyAuthorization, and the call waits until resolve() is told the answer.
// Every page that can make such a call carries a <privacy-sheet>; the sheet of the page on top shows.
const AGREE_BUTTON_ID = 'privacy-agree'

let resolves = [] // the waiting calls: each wants the one answer
const sheets = [] // attached privacy sheets, oldest first

function topSheet() {
  // Pages below the top one keep their sheets attached: prefer the one on the current page.
  const pages = typeof getCurrentPages === 'function' ? getCurrentPages() : []
  const top = pages.length ? pages[pages.length - 1] : null
  const onTop = top && typeof top.getPageId === 'function' && sheets.find((s) => s.getPageId && s.getPageId() === top.getPageId())
  return onTop || sheets[sheets.length - 1] || null
}

function ask(resolve) {
  resolves.push(resolve)
  const sheet = topSheet()
  if (sheet) sheet.open()
  else {
    // No page here can ask: the call fails, and the person is told where to agree.
    answer('disagree')
    wx.showToast({ title: '请先同意隐私保护指引后再使用该功能', icon: 'none' })
  }
}

function install() {
  if (typeof wx.onNeedPrivacyAuthorization !== 'function') return // older base library: no privacy check
  wx.onNeedPrivacyAuthorization((resolve) => ask(resolve))
}

/** The person's answer, for every call that is waiting. */
function answer(event) {
  const waiting = resolves
  resolves = []
  waiting.forEach((resolve) => resolve(event === 'agree' ? { event: 'agree', buttonId: AGREE_BUTTON_ID } : { event: 'disagree' }))
  sheets.forEach((s) => s.close())
}

function register(sheet) {
  sheets.push(sheet)
  if (resolves.length && topSheet() === sheet) sheet.open()
}

function unregister(sheet) {
  const at = sheets.indexOf(sheet)
  if (at >= 0) sheets.splice(at, 1)
}

/** Forgets waiting calls and sheets (tests). */
function reset() {
  resolves = []
  sheets.length = 0
}

module.exports = { install, answer, register, unregister, reset, AGREE_BUTTON_ID }
