// 申报共建 / 新建申报: a person with an application still open for editing (a draft, or one returned for
// changes) is offered that one first, so a second half-filled application is not started by accident.
const application = require('../services/application')
const routes = require('./routes')

const EDITABLE = ['DRAFT', 'RETURNED']

function ask(open) {
  return new Promise((resolve) => {
    wx.showModal({
      title: open.status === 'RETURNED' ? '你的申报已退回' : '你有一份未提交的申报',
      content: open.status === 'RETURNED' ? '可按审核意见修改后重新提交，也可以新建一份。' : '可继续填写这份草稿，也可以新建一份。',
      confirmText: '继续填写',
      cancelText: '新建',
      confirmColor: '#c8161d',
      success: (res) => resolve(res.confirm ? 'continue' : res.cancel ? 'new' : null),
      fail: () => resolve(null),
    })
  })
}

/**
 * Opens the application form: the open application after asking, or a new (still empty) form. `known` is
 * the list a page already has; without it the newest page of applications is asked for (an open one is
 * recent). When the list cannot be had the new form opens: applying must not depend on it.
 */
async function openApplicationForm(known) {
  let items = known
  if (!items) {
    try {
      items = (await application.listApplications({})).items || []
    } catch (e) {
      items = []
    }
  }
  const open = items.find((a) => EDITABLE.indexOf(a.status) >= 0)
  if (!open) {
    wx.navigateTo({ url: routes.applicationForm() })
    return
  }
  const choice = await ask(open)
  if (choice === 'continue') wx.navigateTo({ url: routes.applicationForm(open.id) })
  else if (choice === 'new') wx.navigateTo({ url: routes.applicationForm() })
}

module.exports = { openApplicationForm }
