const { setup, text, texts } = require('./harness')
const { json, noContent, problem, networkFail } = require('./wx-mock')
const { applicationView } = require('./fixtures')

const { mock, load, render } = setup()
const BASE = '/api/mp/applications'
const UNITS = [{ id: '11', name: '闽江大学', type: 'UNIVERSITY', partyOrgName: '中共闽江大学委员会' }]

let id
beforeAll(() => {
  id = load('packages/apply/form')
})
beforeEach(() => {
  // Today is 2026-03-10 in Shanghai; the fixture's target dates lie after it.
  jest.useFakeTimers({ now: new Date('2026-03-10T02:00:00Z') })
  mock.reset()
  mock.storage.set('token', 'tok-1')
})
afterEach(() => jest.useRealTimers())

/** Runs replies and re-renders: a few fake milliseconds, with promise jobs in between. */
async function settle(rounds = 8) {
  for (let i = 0; i < rounds; i += 1) await jest.advanceTimersByTimeAsync(1)
}
const advance = (ms) => jest.advanceTimersByTimeAsync(ms)

// A server holding application 501. `routes` override answers by "METHOD path".
function serve({ view = applicationView(), routes = {} } = {}) {
  let current = view
  mock.handle((req) => {
    const route = routes[`${req.method} ${req.path}`]
    if (route) return route(req)
    if (req.path === '/api/mp/units') return json(200, UNITS)
    if (req.method === 'POST' && req.path === BASE) {
      current = { ...applicationView(), ...req.data, status: 'DRAFT' }
      return json(201, current)
    }
    if (req.method === 'PUT' && req.path === `${BASE}/501`) {
      current = { ...current, ...req.data }
      return json(200, current)
    }
    if (req.method === 'GET' && req.path === `${BASE}/501`) return json(200, current)
    if (req.method === 'POST' && req.path === `${BASE}/501/submit`) {
      current = { ...current, status: 'SUBMITTED', submittedAt: '2026-03-10T10:00:00+08:00' }
      return json(200, current)
    }
    if (req.method === 'POST' && req.path === `${BASE}/501/withdraw`) {
      current = { ...current, status: 'WITHDRAWN' }
      return json(200, current)
    }
    return problem(404, 'NOT_FOUND', '资源不存在')
  })
}

const sent = (method, path) => mock.requests().filter((r) => r.method === method && (!path || r.path === path))

async function open(options = {}) {
  const page = render(id)
  page.instance.onLoad(options)
  await settle()
  return page
}

async function type(node, value) {
  node.dispatchEvent('input', { detail: { value } })
  await advance(0)
}

const leadName = (page) => page.querySelector('.lead').querySelector('.picker').querySelector('.name-input')
const goal = (page, i) => page.querySelectorAll('.goal')[i]

async function tap(node) {
  node.dispatchEvent('tap')
  await settle()
}

describe('autosave', () => {
  test('a new form sends nothing until the first change, which creates the draft at once', async () => {
    serve()
    const page = await open()
    expect(mock.wx.request).not.toHaveBeenCalled()
    expect(text(page, '.new-label')).toBe('新申报')

    await type(leadName(page), '闽江大学')
    await settle()

    const [post] = sent('POST', BASE)
    expect(post.data.lead).toMatchObject({ name: '闽江大学', unitId: null, type: null })
    expect(post.data.mode).toBeNull()
    expect(post.data.clientId).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
    expect(post.data.goals.map((g) => g.category)).toEqual(['BASE', 'PROBLEMS', 'LEADERS', 'TALENT', 'ACHIEVEMENTS'])
    expect(text(page, '.save-state')).toBe('已保存')
    expect(text(page, '.app-status')).toBe('草稿')
  })

  test('later changes go out as one PUT of the whole form, 800 ms after the last one', async () => {
    serve()
    const page = await open({ id: '501' })
    const name = page.querySelector('.pioneer-name')

    await type(name, '林')
    await advance(500)
    await type(name, '林一')
    expect(text(page, '.save-state')).toBe('保存中…')
    await advance(790)
    expect(sent('PUT')).toHaveLength(0)

    await advance(10)
    await settle()

    const puts = sent('PUT', `${BASE}/501`)
    expect(puts).toHaveLength(1)
    expect(puts[0].data.pioneer).toEqual({ name: '林一', title: '党委书记', phone: '13800000000', partyMember: true })
    expect(puts[0].data.lead.name).toBe('闽江大学') // the whole form, not just the change
    expect(text(page, '.save-state')).toBe('已保存')
  })

  test('hiding the page saves at once', async () => {
    serve()
    const page = await open({ id: '501' })
    await type(page.querySelector('.motivation'), '新的理由')

    page.instance.onHide()
    await settle()

    expect(sent('PUT')).toHaveLength(1)
    expect(sent('PUT')[0].data.motivation).toBe('新的理由')
    await advance(1000)
    expect(sent('PUT')).toHaveLength(1) // the pending debounce was replaced, not added
  })

  test('closing the page (back) saves at once, without waiting for the debounce', async () => {
    serve()
    const page = await open({ id: '501' })
    await type(page.querySelector('.motivation'), '离开前写的')
    expect(sent('PUT')).toHaveLength(0)

    page.instance.onUnload()
    await settle()

    expect(sent('PUT', `${BASE}/501`)).toHaveLength(1)
    expect(sent('PUT')[0].data.motivation).toBe('离开前写的')
  })

  test('a new form closed right after its first change still reaches the server', async () => {
    serve({ routes: { [`POST ${BASE}`]: (req) => ({ ...json(201, applicationView({ ...req.data })), delay: 300 }) } })
    const page = await open()
    await type(page.querySelector('.motivation'), '第一句')
    await type(page.querySelector('.motivation'), '第一句，第二句')
    page.instance.onUnload()
    await advance(400)
    await settle()

    expect(sent('POST', BASE)).toHaveLength(1)
    expect(sent('PUT', `${BASE}/501`)).toHaveLength(1)
    expect(sent('PUT')[0].data.motivation).toBe('第一句，第二句')
  })

  test('unsaved changes make WeChat ask before leaving, until they are saved', async () => {
    serve()
    const page = await open({ id: '501' })
    expect(mock.wx.enableAlertBeforeUnload).not.toHaveBeenCalled()

    await type(page.querySelector('.motivation'), '理由')
    expect(mock.wx.enableAlertBeforeUnload).toHaveBeenCalledTimes(1)
    expect(mock.wx.enableAlertBeforeUnload.mock.calls[0][0].message).toMatch(/没有保存/)
    await type(page.querySelector('.motivation'), '理由二')
    expect(mock.wx.enableAlertBeforeUnload).toHaveBeenCalledTimes(1) // once while it stays on
    expect(mock.wx.disableAlertBeforeUnload).not.toHaveBeenCalled()

    await advance(800)
    await settle()
    expect(text(page, '.save-state')).toBe('已保存')
    expect(mock.wx.disableAlertBeforeUnload).toHaveBeenCalledTimes(1)
  })

  test('a failed save keeps the question on; the retry that succeeds turns it off', async () => {
    serve({ routes: { [`PUT ${BASE}/501`]: () => problem(503, 'SERVICE_BUSY', '服务繁忙') } })
    const page = await open({ id: '501' })
    await type(page.querySelector('.motivation'), '理由')
    await advance(800)
    await settle()
    expect(text(page, '.save-state')).toBe('保存失败：服务繁忙（点此重试）')
    expect(mock.wx.enableAlertBeforeUnload).toHaveBeenCalledTimes(1)
    expect(mock.wx.disableAlertBeforeUnload).not.toHaveBeenCalled()

    serve()
    await tap(page.querySelector('.save-state'))
    expect(mock.wx.disableAlertBeforeUnload).toHaveBeenCalledTimes(1)
  })

  test('a save never overtakes the one in flight', async () => {
    serve({
      routes: { [`PUT ${BASE}/501`]: (req) => ({ ...json(200, applicationView({ motivation: req.data.motivation })), delay: 2000 }) },
    })
    const page = await open({ id: '501' })
    const motivation = page.querySelector('.motivation')

    await type(motivation, 'a')
    await advance(800)
    expect(sent('PUT')).toHaveLength(1)
    await type(motivation, 'ab')
    await advance(800)
    expect(sent('PUT')).toHaveLength(1) // waits for the first answer

    await advance(1200)
    await settle()
    expect(sent('PUT').map((r) => r.data.motivation)).toEqual(['a', 'ab'])
  })

  test('a failed save says why and is retried by a tap', async () => {
    serve({ routes: { [`PUT ${BASE}/501`]: () => problem(503, 'SERVICE_BUSY', '服务繁忙') } })
    const page = await open({ id: '501' })
    await type(page.querySelector('.motivation'), '理由')
    await advance(800)
    await settle()
    expect(text(page, '.save-state')).toBe('保存失败：服务繁忙（点此重试）')

    serve()
    await tap(page.querySelector('.save-state'))
    expect(sent('PUT')).toHaveLength(2)
    expect(text(page, '.save-state')).toBe('已保存')
  })

  test('a field the server would refuse is marked and not saved', async () => {
    serve()
    const page = await open({ id: '501' })
    await type(page.querySelector('.pioneer-phone'), '12ab')
    await advance(2000)

    expect(text(page, '.error-pioneer-phone')).toBe('电话号码格式不正确')
    expect(text(page, '.save-state')).toBe('有内容需修正，暂未保存')
    expect(sent('PUT')).toHaveLength(0)

    await type(page.querySelector('.pioneer-phone'), '13900000000')
    await advance(800)
    await settle()
    expect(sent('PUT')).toHaveLength(1)
    expect(page.querySelector('.error-pioneer-phone')).toBeFalsy()
  })

  test('409 APPLICATION_NOT_EDITABLE reloads the application read-only', async () => {
    serve({
      routes: {
        [`PUT ${BASE}/501`]: () => problem(409, 'APPLICATION_NOT_EDITABLE', '申报已提交，不能修改'),
        [`GET ${BASE}/501`]: () => json(200, applicationView({ status: sent('PUT').length ? 'SUBMITTED' : 'DRAFT' })),
      },
    })
    const page = await open({ id: '501' })
    await type(page.querySelector('.motivation'), '改了')
    await advance(800)
    await settle()

    expect(sent('GET', `${BASE}/501`)).toHaveLength(2)
    expect(text(page, '.notice')).toBe('申报已提交，不能修改')
    expect(text(page, '.app-status')).toBe('审核中')
    expect(page.querySelector('.submit')).toBeFalsy()
    expect(page.querySelector('.save-state')).toBeFalsy()
    expect(page.data.form.motivation).toBe('产学研协同') // the server's version, not the lost edit

    await type(page.querySelector('.motivation'), '再改')
    await advance(1000)
    expect(sent('PUT')).toHaveLength(1)
  })
})

describe('editing', () => {
  test('picking a unit from the database sends its id with the copied fields', async () => {
    serve({ view: applicationView({ lead: { unitId: null, name: '', type: null, partyOrgName: null, creditCode: null, address: null } }) })
    const page = await open({ id: '501' })
    await type(leadName(page), '闽江')
    await advance(300)
    await settle()

    page.querySelector('.lead').querySelector('.picker').querySelector('.suggestion').dispatchEvent('tap')
    await advance(800)
    await settle()

    const last = sent('PUT').pop()
    expect(last.data.lead).toMatchObject({ unitId: '11', name: '闽江大学', type: 'UNIVERSITY', partyOrgName: '中共闽江大学委员会' })
    expect(text(page.querySelector('.lead'), '.picker-value')).toBe('高校')
  })

  test('choosing JOINT opens a first partner; its liaison goes into the form', async () => {
    serve()
    const page = await open()
    await tap(page.querySelector('.mode-JOINT'))
    expect(page.querySelectorAll('.partner')).toHaveLength(1)

    await type(page.querySelector('.partner').querySelector('.liaison-name'), '陈联络')
    await advance(800)
    await settle()

    const last = [...sent('POST', BASE), ...sent('PUT')].pop()
    expect(last.data.mode).toBe('JOINT')
    expect(last.data.partners[0]).toMatchObject({ liaisonName: '陈联络', name: null })
  })

  test('switching to SOLO asks before dropping the partners', async () => {
    serve()
    const page = await open({ id: '501' })

    mock.answerModal(false)
    await tap(page.querySelector('.mode-SOLO'))
    expect(page.querySelectorAll('.partner')).toHaveLength(1)
    expect(page.data.form.mode).toBe('JOINT')

    mock.answerModal(true)
    await tap(page.querySelector('.mode-SOLO'))
    await advance(800)
    await settle()

    expect(page.querySelectorAll('.partner')).toHaveLength(0)
    expect(sent('PUT')[0].data).toMatchObject({ mode: 'SOLO', partners: [] })
    expect(text(page, '.section-title')).toBe('申报方式')
  })

  test('partners can be added up to ten and removed after asking', async () => {
    serve()
    const page = await open({ id: '501' })
    for (let i = 0; i < 9; i += 1) await tap(page.querySelector('.add-partner'))
    expect(page.querySelectorAll('.partner')).toHaveLength(10)
    expect(page.querySelector('.add-partner')).toBeFalsy()

    await tap(page.querySelectorAll('.partner')[3].querySelector('.remove'))
    expect(page.querySelectorAll('.partner')).toHaveLength(9)
  })
})

describe('submit', () => {
  test('an incomplete form is not sent; every missing field is marked', async () => {
    serve()
    const page = await open()
    await tap(page.querySelector('.submit'))

    expect(mock.wx.request).not.toHaveBeenCalled()
    expect(text(page, '.error-mode')).toBe('请选择申报方式')
    expect(text(page.querySelector('.lead').querySelector('.picker'), '.error')).toBe('请填写单位名称')
    expect(text(page.querySelector('.lead'), '.error-type')).toBe('请选择单位类型')
    expect(text(page, '.error-party-member')).toBe('科技党建先锋须为中共党员')
    expect(text(goal(page, 0), '.error-title')).toBe('请填写目标名称')
    expect(mock.wx.showToast.mock.calls[0][0].title).toMatch(/^还有 \d+ 处需要完善$/)
  })

  test('an incomplete form scrolls to the first field to fix', async () => {
    serve()
    const page = await open()
    await tap(page.querySelector('.submit'))
    expect(mock.wx.pageScrollTo).toHaveBeenCalledTimes(1)
    expect(mock.wx.pageScrollTo.mock.calls[0][0].selector).toBe('#field-mode')
    // The selector names an element of the page.
    expect(page.querySelector('#field-mode')).toBeTruthy()
  })

  test('with only later fields missing it scrolls to the first of those', async () => {
    serve({ view: applicationView({ pioneer: { name: '林先锋', title: '', phone: '13800000000', partyMember: true } }) })
    const page = await open({ id: '501' })
    const view = page.instance.data.form
    page.instance.change({ 'form.goals[3].title': '', 'form.motivation': view.motivation })
    await settle()
    await tap(page.querySelector('.submit'))

    expect(mock.wx.pageScrollTo.mock.calls[0][0].selector).toBe('#field-pioneer-title')
    expect(page.querySelector('#field-pioneer-title')).toBeTruthy()
    expect(mock.requests().filter((r) => r.path.endsWith('/submit'))).toHaveLength(0)
  })

  test('after a failed attempt the marks follow the edits', async () => {
    serve()
    const page = await open()
    await tap(page.querySelector('.submit'))
    await tap(page.querySelector('.mode-SOLO'))
    expect(page.querySelector('.error-mode')).toBeFalsy()
    expect(text(page, '.error-pioneer-name')).toBe('请填写科技党建先锋姓名')
  })

  test('a complete draft is confirmed, submitted and then read-only', async () => {
    serve()
    const page = await open({ id: '501' })
    await tap(page.querySelector('.submit'))

    expect(mock.wx.showModal).toHaveBeenCalledTimes(1)
    expect(sent('PUT')).toHaveLength(0) // nothing unsaved
    expect(sent('POST', `${BASE}/501/submit`)).toHaveLength(1)
    expect(text(page, '.app-status')).toBe('审核中')
    expect(page.querySelector('.submit')).toBeFalsy()
    expect(text(page, '.withdraw')).toBe('撤回申报')
    expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '已提交，请等待审核', icon: 'success' })
  })

  test('unsaved changes are saved before submitting', async () => {
    serve()
    const page = await open({ id: '501' })
    await type(page.querySelector('.motivation'), '最后的修改')
    await tap(page.querySelector('.submit'))

    const order = mock.requests().map((r) => `${r.method} ${r.path}`)
    expect(order.slice(1)).toEqual([`PUT ${BASE}/501`, `POST ${BASE}/501/submit`])
    expect(sent('PUT')[0].data.motivation).toBe('最后的修改')
  })

  test('cancelling the confirmation sends nothing', async () => {
    serve()
    const page = await open({ id: '501' })
    mock.answerModal(false)
    await tap(page.querySelector('.submit'))
    expect(sent('POST')).toHaveLength(0)
  })

  test('409 LEAD_UNIT_UNDER_REVIEW shows the server title and stays editable', async () => {
    serve({
      routes: { [`POST ${BASE}/501/submit`]: () => problem(409, 'LEAD_UNIT_UNDER_REVIEW', '牵头单位已有申报正在审核') },
    })
    const page = await open({ id: '501' })
    await tap(page.querySelector('.submit'))
    expect(text(page, '.banner')).toBe('牵头单位已有申报正在审核')
    expect(page.querySelector('.submit')).toBeTruthy()
  })

  test('a 422 from the server marks the fields it names', async () => {
    serve({
      routes: {
        [`POST ${BASE}/501/submit`]: () =>
          problem(422, 'APPLICATION_INCOMPLETE', '申报内容不完整', '', {
            data: {
              title: '申报内容不完整',
              status: 422,
              code: 'APPLICATION_INCOMPLETE',
              errors: { 'goals[2].title': '请填写目标名称', 'partners[0].liaisonPhone': '请填写联络员电话' },
            },
          }),
      },
    })
    const page = await open({ id: '501' })
    await tap(page.querySelector('.submit'))

    expect(text(page, '.banner')).toBe('申报内容不完整')
    expect(text(goal(page, 2), '.error-title')).toBe('请填写目标名称')
    expect(goal(page, 1).querySelector('.error-title')).toBeFalsy()
    expect(text(page.querySelector('.partner'), '.error-liaison-phone')).toBe('请填写联络员电话')
    expect(mock.wx.pageScrollTo.mock.calls.pop()[0].selector).toBe('#field-partner-0')
    expect(page.querySelector('#field-partner-0')).toBeTruthy()
  })

  test('submitting twice: 409 APPLICATION_STATE_CONFLICT reloads what the server has', async () => {
    let conflicted = false
    serve({
      routes: {
        [`POST ${BASE}/501/submit`]: () => {
          conflicted = true
          return problem(409, 'APPLICATION_STATE_CONFLICT', '申报状态已变化')
        },
        [`GET ${BASE}/501`]: () => json(200, applicationView({ status: conflicted ? 'SUBMITTED' : 'DRAFT' })),
      },
    })
    const page = await open({ id: '501' })
    await tap(page.querySelector('.submit'))
    expect(text(page, '.notice')).toBe('申报状态已变化')
    expect(text(page, '.app-status')).toBe('审核中')
  })
})

describe('other states', () => {
  test('a returned application shows the review comment, its history and offers resubmitting', async () => {
    serve({
      view: applicationView({
        status: 'RETURNED',
        reviewComment: '请补充共建单位联络员',
        submittedAt: '2026-03-02T10:00:00+08:00',
        history: [
          { fromStatus: 'DRAFT', toStatus: 'SUBMITTED', comment: null, at: '2026-03-02T10:00:00+08:00' },
          { fromStatus: 'SUBMITTED', toStatus: 'RETURNED', comment: '请补充共建单位联络员', at: '2026-03-05T09:00:00+08:00' },
        ],
      }),
    })
    const page = await open({ id: '501' })

    expect(text(page, '.review-comment')).toBe('请补充共建单位联络员')
    expect(texts(page, '.history-status')).toEqual(['审核中', '已退回'])
    expect(texts(page, '.history-at')).toEqual(['2026-03-02 10:00', '2026-03-05 09:00'])
    expect(text(page, '.submit')).toBe('重新提交')
    expect(page.data.editable).toBe(true)
  })

  test('an approved application links to its co-building and cannot be edited', async () => {
    serve({ view: applicationView({ status: 'APPROVED', cobuildingId: '9' }) })
    const page = await open({ id: '501' })
    expect(page.querySelector('.submit')).toBeFalsy()
    expect(page.querySelector('.withdraw')).toBeFalsy()

    await type(page.querySelector('.motivation'), 'x')
    await advance(1000)
    expect(sent('PUT')).toHaveLength(0)

    await tap(page.querySelector('.open-cobuilding'))
    expect(mock.wx.navigateTo).toHaveBeenCalledWith({ url: '/packages/cobuilding/home?id=9' })
  })

  test('a submitted application can be withdrawn after confirming', async () => {
    serve({ view: applicationView({ status: 'SUBMITTED' }) })
    const page = await open({ id: '501' })
    await tap(page.querySelector('.withdraw'))

    expect(sent('POST', `${BASE}/501/withdraw`)).toHaveLength(1)
    expect(text(page, '.app-status')).toBe('已撤回')
    expect(page.querySelector('.withdraw')).toBeFalsy()
  })

  test('a load error shows the server title and retries', async () => {
    mock.handle(() => problem(404, 'NOT_FOUND', '申报不存在'))
    const page = await open({ id: '501' })
    expect(text(page, '.load-error')).toBe('申报不存在')

    serve()
    await tap(page.querySelector('.retry'))
    expect(text(page, '.app-status')).toBe('草稿')
  })
})

describe('drafts', () => {
  test('a draft can be deleted after asking; the page closes and saves nothing more', async () => {
    serve({ routes: { [`DELETE ${BASE}/501`]: () => noContent() } })
    const page = await open({ id: '501' })
    await type(page.querySelector('.motivation'), '不要了')

    mock.answerModal(false)
    await tap(page.querySelector('.delete-draft'))
    expect(sent('DELETE')).toHaveLength(0)

    mock.answerModal(true)
    await tap(page.querySelector('.delete-draft'))
    expect(sent('DELETE', `${BASE}/501`)).toHaveLength(1)
    expect(mock.wx.navigateBack).toHaveBeenCalledTimes(1)
    expect(mock.wx.disableAlertBeforeUnload).toHaveBeenCalled()

    const putsBefore = sent('PUT').length
    page.instance.onUnload()
    await advance(1000)
    await settle()
    expect(sent('PUT')).toHaveLength(putsBefore) // no save to a deleted draft
  })

  test('a delete tapped again after its answer was lost finds the draft gone (404) and closes as deleted', async () => {
    let deletes = 0
    serve({
      routes: {
        // The first delete reaches the server, but its answer never arrives; the repeat finds nothing.
        [`DELETE ${BASE}/501`]: () => {
          deletes += 1
          return deletes === 1 ? networkFail() : problem(404, 'NOT_FOUND', '申报不存在')
        },
      },
    })
    const page = await open({ id: '501' })

    mock.answerModal(true)
    await tap(page.querySelector('.delete-draft'))
    expect(text(page, '.banner')).toBe('网络不可用，请稍后重试')
    expect(mock.wx.navigateBack).not.toHaveBeenCalled()

    mock.answerModal(true)
    await tap(page.querySelector('.delete-draft'))
    expect(sent('DELETE', `${BASE}/501`)).toHaveLength(2)
    expect(page.querySelector('.banner')).toBeFalsy()
    expect(mock.wx.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '草稿已删除' }))
    expect(mock.wx.navigateBack).toHaveBeenCalledTimes(1)
  })

  test('only drafts offer deleting; 409 from the server says why', async () => {
    serve({ view: applicationView({ status: 'RETURNED' }) })
    const returned = await open({ id: '501' })
    expect(returned.querySelector('.delete-draft')).toBeFalsy()

    serve({
      routes: { [`DELETE ${BASE}/501`]: () => problem(409, 'APPLICATION_NOT_DELETABLE', '只有草稿可以删除') },
    })
    const page = await open({ id: '501' })
    await tap(page.querySelector('.delete-draft'))
    expect(text(page, '.banner')).toBe('只有草稿可以删除')
    expect(mock.wx.navigateBack).not.toHaveBeenCalled()
  })
})
