// The one submit of the goal and task forms: check the form, then send a create (with the page's clientId, so a
// retry after a lost answer gives back the same row) or only the fields that changed, and explain a refusal by
// field. The page brings its form module (validate, toCreateBody, toPatch), `creating`, `clientId` and `original`.
const { failureMessage, splitErrors } = require('./view')

/**
 * options: {form, fieldOrder, noun ('目标' | '任务'), create(body) → Promise<view>, update(patch) → Promise,
 * createdUrl(view) → the page to open after a create}.
 */
async function submitForm(page, { form, fieldOrder, noun, create, update, createdUrl }) {
  if (page.data.submitting) return
  const errors = form.validate(page.data.form)
  const first = fieldOrder.find((f) => errors[f])
  page.setData({ errors, banner: '' })
  if (first) {
    page.toast(errors[first])
    return
  }
  const creating = page.data.creating
  const patch = creating ? null : form.toPatch(page.data.form, page.original)
  if (!creating && !Object.keys(patch).length) {
    wx.navigateBack()
    return
  }
  page.setData({ submitting: true })
  try {
    if (creating) {
      const view = await create({ ...form.toCreateBody(page.data.form), clientId: page.clientId })
      page.toast(`${noun}已添加`, 'success')
      wx.redirectTo({ url: createdUrl(view) })
    } else {
      await update(patch)
      page.toast('已保存', 'success')
      wx.navigateBack()
    }
  } catch (err) {
    explain(page, err, { fieldOrder, noun, creating })
  } finally {
    page.setData({ submitting: false })
  }
}

function explain(page, err, { fieldOrder, noun, creating }) {
  if (err.status === 422 && err.errors) {
    const { errors, other } = splitErrors(err.errors, fieldOrder)
    page.setData({ errors: { ...page.data.errors, ...errors }, banner: other.join('；') || err.title || '提交的内容有误' })
    return
  }
  if (err.status === 0) {
    page.setData({ banner: creating ? `网络不佳，${noun}未确认保存，请再点一次（不会重复添加）` : '网络不佳，未确认保存，请再点一次' })
    return
  }
  page.setData({ banner: failureMessage(err, '保存失败，请稍后重试') })
}

module.exports = { submitForm }
