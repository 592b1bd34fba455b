const { setup, text, texts } = require('./harness')
const { json, noContent, problem } = require('./wx-mock')
const { cobuildingView, invitation } = require('./fixtures')

const { mock, load, render, settle, simulate } = setup()
const BASE = '/api/mp/cobuildings/9'

let id
beforeAll(() => {
  id = load('packages/cobuilding/home')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

// A server holding one co-building; `routes` override or add answers by "METHOD path".
function server(view, routes = {}) {
  return (req) => {
    const route = routes[`${req.method} ${req.path}`]
    if (route) return route(req)
    if (req.method === 'GET' && req.path === BASE) return json(200, view)
    if (req.method === 'GET' && req.path === `${BASE}/invitations`) {
      return json(200, { items: [invitation()], page: 0, size: 20, total: 1 })
    }
    return problem(404, 'NOT_FOUND', '资源不存在')
  }
}

async function open(view, routes) {
  mock.handle(server(view, routes))
  const page = render(id)
  page.instance.onLoad({ id: '9' })
  await settle()
  return page
}

const memberOf = (page, name) => page.querySelectorAll('.group').find((g) => g.dom.textContent.includes(name))

test('shows status, my role, the bureau liaison, units and members by unit', async () => {
  const page = await open(cobuildingView({ myRole: 'MEMBER', status: 'AWARDED', plaqueDate: '2026-03-01' }))

  expect(text(page, '.name')).toBe('闽江大学·海峡新材料先锋号')
  expect(text(page, '.status')).toBe('已授牌')
  expect(text(page, '.my-role')).toBe('我的角色：成员')
  expect(text(page, '.plaque')).toBe('授牌日期：2026-03-01')
  expect(text(page, '.bureau-liaison')).toBe('局共建联络员：局联络员张')
  expect(texts(page, '.unit-meta')).toEqual(['高校 · 牵头单位', '科技企业 · 共建单位'])
  expect(page.querySelectorAll('.group')).toHaveLength(2)
  expect(memberOf(page, '赵工').dom.textContent).toContain('海峡新材料科技有限公司')
  expect(mock.wx.setNavigationBarTitle).toHaveBeenCalledWith({ title: '闽江大学·海峡新材料先锋号' })
})

test('a vacant bureau liaison shows 待指派 and offers nobody to write to', async () => {
  const page = await open(cobuildingView({ bureauLiaison: { displayName: '局联络员待指派', vacant: true } }))

  expect(text(page, '.bureau-liaison')).toBe('局共建联络员：待指派')
  expect(page.querySelector('.contact-liaison')).toBeFalsy()
  expect(page.querySelector('.open-group')).toBeTruthy()
})

test('a member sees no pioneer controls and no invitations are fetched', async () => {
  const page = await open(cobuildingView({ myRole: 'MEMBER', bureauLiaison: null }))

  expect(text(page, '.bureau-liaison')).toBe('局共建联络员：待指派')
  expect(page.querySelector('.contact-liaison')).toBeFalsy()
  expect(page.querySelector('.manage')).toBeFalsy()
  expect(page.querySelector('.invite-form')).toBeFalsy()
  expect(page.dom.querySelectorAll('.member-group--remove')).toHaveLength(0)
  expect(mock.requests(`${BASE}/invitations`)).toHaveLength(0)
})

test('the pioneer of a closed co-building sees why the controls are gone', async () => {
  const page = await open(cobuildingView({ status: 'WITHDRAWN', writable: false }))
  expect(text(page, '.closed-note')).toBe('本先锋号已不能邀请或调整成员。')
  expect(page.querySelector('.manage')).toBeFalsy()
})

test('the pioneer sees the invitations and the member controls', async () => {
  const page = await open(cobuildingView())
  expect(page.querySelector('.invite-form')).toBeTruthy()
  expect(page.querySelectorAll('.invitation')).toHaveLength(1)
  expect(page.querySelector('.invitation').dom.textContent).toContain('K7M2-QX9P')
  // 王老师, 陈联络 and 赵工 can be removed; the pioneer cannot.
  expect(page.dom.querySelectorAll('.member-group--remove')).toHaveLength(3)
})

test('creating an invitation posts the form and puts the new one first', async () => {
  const created = invitation({ id: '71', code: 'N3P4R5S6', role: 'UNIT_LIAISON', unitId: '12', maxUses: 1, uses: 0 })
  const page = await open(cobuildingView(), { [`POST ${BASE}/invitations`]: () => json(201, created) })

  page.querySelector('.invite-form').querySelector('.create').dispatchEvent('tap')
  await settle()

  const sent = mock.requests(`${BASE}/invitations`).find((r) => r.method === 'POST').data
  expect(sent).toEqual({
    clientId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
    role: 'MEMBER',
    unitId: '11',
    validDays: 7,
    maxUses: 1,
  })
  expect(page.querySelectorAll('.invitation').map((i) => i.instance.data.invitation.code)).toEqual(['N3P4R5S6', 'K7M2QX9P'])
  expect(page.querySelectorAll('.invitation')[0].instance.data.highlight).toBe(true)
})

test('a refused write shows the server title and a closed co-building is reloaded', async () => {
  let closed = false
  const page = await open(cobuildingView(), {
    [`POST ${BASE}/invitations`]: () => {
      closed = true
      return problem(409, 'COBUILDING_CLOSED', '先锋号已关闭')
    },
    [`GET ${BASE}`]: () => json(200, cobuildingView(closed ? { status: 'WITHDRAWN', writable: false } : {})),
  })

  page.querySelector('.invite-form').querySelector('.create').dispatchEvent('tap')
  await settle()

  expect(text(page, '.banner')).toBe('先锋号已关闭')
  expect(page.querySelector('.manage')).toBeFalsy()
})

test('revoking asks first, then marks the invitation revoked', async () => {
  const page = await open(cobuildingView(), { [`DELETE ${BASE}/invitations/70`]: () => noContent() })

  mock.answerModal(false)
  page.querySelector('.invitation').querySelector('.revoke').dispatchEvent('tap')
  await settle()
  expect(mock.requests(`${BASE}/invitations/70`)).toHaveLength(0)

  mock.answerModal(true)
  page.querySelector('.invitation').querySelector('.revoke').dispatchEvent('tap')
  await settle()
  expect(mock.requests(`${BASE}/invitations/70`)[0].method).toBe('DELETE')
  expect(text(page.querySelector('.invitation'), '.state')).toBe('已撤销')
})

test('the mini-program code is shown as an image and closes', async () => {
  const image = 'data:image/png;base64,iVBORw0KGgo='
  const page = await open(cobuildingView(), {
    [`GET ${BASE}/invitations/70/wxacode`]: () =>
      json(200, { image, scene: 'inv=K7M2QX9P', page: 'packages/cobuilding/join' }),
  })

  page.querySelector('.invitation').querySelector('.show-code').dispatchEvent('tap')
  await settle()
  // Built-in components keep their attributes in the rendered tree, not on the DOM node.
  const attrs = page.querySelector('.code-image').toJSON().attrs
  expect(attrs.find((a) => a.name === 'src').value).toBe(image)
  expect(text(page, '.code-text')).toBe('邀请码 K7M2QX9P')
  expect(mock.wx.hideLoading).toHaveBeenCalled()

  page.querySelector('.close-code').dispatchEvent('tap')
  await simulate.sleep(0)
  expect(page.querySelector('.code-image')).toBeFalsy()
})

test('copy puts the code on the clipboard', async () => {
  const page = await open(cobuildingView())
  page.querySelector('.invitation').querySelector('.copy').dispatchEvent('tap')
  await simulate.sleep(0)
  expect(mock.wx.setClipboardData).toHaveBeenCalledWith(expect.objectContaining({ data: 'K7M2QX9P' }))
})

test('a copy that fails tells the person the code instead', async () => {
  mock.wx.setClipboardData.mockImplementationOnce((o) => setTimeout(() => o.fail({ errMsg: 'setClipboardData:fail' }), 0))
  const page = await open(cobuildingView())
  page.querySelector('.invitation').querySelector('.copy').dispatchEvent('tap')
  await settle()
  expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '复制失败，请记下邀请码 K7M2QX9P', icon: 'none' })
})

test('sharing an invitation sends a card to the join page with its code and its own drawn picture', async () => {
  const page = await open(cobuildingView())
  expect(page.instance.onShareAppMessage({ from: 'button', target: { dataset: { code: 'K7M2QX9P' } } })).toEqual({
    title: '邀请你加入「闽江大学·海峡新材料先锋号」',
    path: '/packages/cobuilding/join?code=K7M2QX9P',
    imageUrl: 'wxfile://tmp/share-card.png',
  })
  // The menu's share carries no invitation, and no screenshot either.
  const menu = page.instance.onShareAppMessage({ from: 'menu' })
  expect(menu).toMatchObject({ path: '/pages/cobuildings/index', imageUrl: 'wxfile://tmp/share-card.png' })

  // Drawn offscreen with the co-building's name, once per name: not a capture of this page.
  expect(mock.wx.createOffscreenCanvas).toHaveBeenCalledTimes(1)
  const canvas = mock.wx.createOffscreenCanvas.mock.results[0].value
  const drawnText = canvas.drawn.filter(([op]) => op === 'fillText').map(([, t]) => t).join('')
  expect(drawnText).toContain('闽江大学·海峡新材料先锋号')
  expect(drawnText).not.toContain('K7M2QX9P')
  expect(mock.wx.canvasToTempFilePath.mock.calls[0][0].canvas).toBe(canvas)
})

test('a share before the picture is drawn hands WeChat a promise of it, and the brand card meanwhile', async () => {
  mock.wx.canvasToTempFilePath.mockImplementationOnce((o) => setTimeout(() => o.success({ tempFilePath: 'wxfile://tmp/late.png' }), 500))
  const page = await open(cobuildingView())
  const share = page.instance.onShareAppMessage({ from: 'button', target: { dataset: { code: 'K7M2QX9P' } } })
  expect(share.imageUrl).toBe('/assets/share/invite.png')
  await expect(share.promise).resolves.toEqual({
    title: '邀请你加入「闽江大学·海峡新材料先锋号」',
    path: '/packages/cobuilding/join?code=K7M2QX9P',
    imageUrl: 'wxfile://tmp/late.png',
  })
})

test('when the canvas cannot draw, the share still carries the brand card, not a screenshot', async () => {
  mock.wx.canvasToTempFilePath.mockImplementationOnce((o) => setTimeout(() => o.fail({ errMsg: 'canvasToTempFilePath:fail' }), 0))
  const page = await open(cobuildingView())
  expect(page.instance.onShareAppMessage({ from: 'menu' }).imageUrl).toBe('/assets/share/invite.png')
})

test('removing a member asks, deletes and reloads', async () => {
  let removed = false
  const page = await open(cobuildingView(), {
    [`DELETE ${BASE}/members/201`]: () => {
      removed = true
      return noContent()
    },
    [`GET ${BASE}`]: () => {
      const view = cobuildingView()
      if (removed) view.memberGroups[1].members.pop()
      return json(200, view)
    },
  })

  memberOf(page, '赵工').querySelectorAll('.remove')[1].dispatchEvent('tap')
  await settle()

  expect(mock.wx.showModal.mock.calls[0][0].content).toBe('将 赵工 移出本先锋号？')
  expect(mock.requests(`${BASE}/members/201`)[0].method).toBe('DELETE')
  expect(page.dom.textContent).not.toContain('赵工')
})

test('removing the pioneer is refused by the server: its title is shown', async () => {
  // The UI hides the button, but a stale view could still offer it.
  const page = await open(cobuildingView(), {
    [`DELETE ${BASE}/members/101`]: () => problem(409, 'CANNOT_REMOVE_PIONEER', '不能移除科技党建先锋'),
  })
  memberOf(page, '王老师').querySelector('.remove').dispatchEvent('tap')
  await settle()
  expect(text(page, '.banner')).toBe('不能移除科技党建先锋')
})

test('handing the liaison role on shows the view the server returns', async () => {
  const after = cobuildingView()
  after.memberGroups[1].members = [
    { userId: '200', displayName: '陈联络', avatarUrl: '', role: 'MEMBER' },
    { userId: '201', displayName: '赵工', avatarUrl: '', role: 'UNIT_LIAISON' },
  ]
  const page = await open(cobuildingView(), { [`PUT ${BASE}/units/12/liaison`]: () => json(200, after) })

  memberOf(page, '赵工').querySelector('.make-liaison').dispatchEvent('tap')
  await settle()

  expect(mock.requests(`${BASE}/units/12/liaison`)[0].data).toEqual({ userId: '201' })
  expect(texts(memberOf(page, '赵工'), '.role')).toEqual(['成员', '共建联络员'])
})

test('a co-building I am not in shows the 404 title', async () => {
  mock.handle(() => problem(404, 'NOT_FOUND', '先锋号不存在'))
  const page = render(id)
  page.instance.onLoad({ id: '9' })
  await settle()
  expect(text(page, '.error-title')).toBe('先锋号不存在')
})

describe('群公告', () => {
  const ANNOUNCEMENT = `${BASE}/announcement`
  const NOTICE = '周五下午三点在闽江大学开展主题党日活动'
  const puts = () => mock.requests(ANNOUNCEMENT).filter((r) => r.method === 'PUT').map((r) => r.data)
  const attr = (node, name) => {
    const found = node.toJSON().attrs.find((a) => a.name === name)
    return found ? found.value : undefined
  }
  // A server that keeps what was published, so a reload shows it.
  function keeping(initial, extra = {}) {
    let current = initial
    return {
      [`PUT ${ANNOUNCEMENT}`]: (req) => {
        current = req.data.text || null
        return json(200, { announcement: current, updatedAt: '2026-03-10T10:00:00+08:00' })
      },
      [`GET ${BASE}`]: () => json(200, cobuildingView({ announcement: current })),
      ...extra,
    }
  }
  async function typeAnnouncement(page, value) {
    page.querySelector('.announcement-input').dispatchEvent('input', { detail: { value } })
    await settle()
  }

  test('a member reads it and cannot change it; without one there is nothing to show', async () => {
    const page = await open(cobuildingView({ myRole: 'MEMBER', announcement: NOTICE }))
    expect(text(page, '.announcement-text')).toBe(NOTICE)
    expect(page.querySelector('.edit-announcement')).toBeFalsy()
    expect(page.querySelector('.announcement-input')).toBeFalsy()

    const none = await open(cobuildingView({ myRole: 'MEMBER' }))
    expect(none.querySelector('.announcement')).toBeFalsy()
  })

  test('the pioneer of a closed co-building only reads it', async () => {
    const page = await open(cobuildingView({ status: 'WITHDRAWN', writable: false, announcement: NOTICE }))
    expect(text(page, '.announcement-text')).toBe(NOTICE)
    expect(page.querySelector('.edit-announcement')).toBeFalsy()
  })

  test('the pioneer publishes one: the text is sent trimmed and shown', async () => {
    const page = await open(cobuildingView(), keeping(null))
    expect(text(page, '.no-announcement')).toContain('还没有群公告')
    expect(text(page, '.edit-announcement')).toBe('发布群公告')

    page.querySelector('.edit-announcement').dispatchEvent('tap')
    await settle()
    expect(page.querySelector('.clear-announcement')).toBeFalsy() // nothing to clear yet
    await typeAnnouncement(page, `  ${NOTICE}\n`)
    expect(text(page, '.announcement-counter')).toBe(`${NOTICE.length}/500`)
    page.querySelector('.save-announcement').dispatchEvent('tap')
    await settle()

    expect(puts()).toEqual([{ text: NOTICE }])
    expect(text(page, '.announcement-text')).toBe(NOTICE)
    expect(page.querySelector('.announcement-input')).toBeFalsy()
    expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '群公告已发布', icon: 'success' })
  })

  test('changing starts from the current text', async () => {
    const page = await open(cobuildingView({ announcement: NOTICE }), keeping(NOTICE))
    expect(text(page, '.edit-announcement')).toBe('修改')
    page.querySelector('.edit-announcement').dispatchEvent('tap')
    await settle()
    expect(attr(page.querySelector('.announcement-input'), 'value')).toBe(NOTICE)

    await typeAnnouncement(page, '活动改到周六上午')
    page.querySelector('.save-announcement').dispatchEvent('tap')
    await settle()
    expect(puts()).toEqual([{ text: '活动改到周六上午' }])
    expect(text(page, '.announcement-text')).toBe('活动改到周六上午')
  })

  test('取消 leaves it as it was and sends nothing', async () => {
    const page = await open(cobuildingView({ announcement: NOTICE }), keeping(NOTICE))
    page.querySelector('.edit-announcement').dispatchEvent('tap')
    await settle()
    await typeAnnouncement(page, '不发了')
    page.querySelector('.cancel-announcement').dispatchEvent('tap')
    await settle()
    expect(puts()).toEqual([])
    expect(text(page, '.announcement-text')).toBe(NOTICE)
  })

  test('清除 asks first, then clears it with ""', async () => {
    const page = await open(cobuildingView({ announcement: NOTICE }), keeping(NOTICE))
    page.querySelector('.edit-announcement').dispatchEvent('tap')
    await settle()

    mock.answerModal(false)
    page.querySelector('.clear-announcement').dispatchEvent('tap')
    await settle()
    expect(puts()).toEqual([])

    mock.answerModal(true)
    page.querySelector('.clear-announcement').dispatchEvent('tap')
    await settle()
    expect(mock.wx.showModal.mock.calls[1][0].title).toBe('清除群公告')
    expect(puts()).toEqual([{ text: '' }])
    expect(page.querySelector('.announcement-text')).toBeFalsy()
    expect(text(page, '.no-announcement')).toContain('还没有群公告')
    expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '群公告已清除', icon: 'success' })
  })

  test('publishing an emptied text is a clear, asked like one', async () => {
    const page = await open(cobuildingView({ announcement: NOTICE }), keeping(NOTICE))
    page.querySelector('.edit-announcement').dispatchEvent('tap')
    await settle()
    await typeAnnouncement(page, '   ')
    mock.answerModal(true)
    page.querySelector('.save-announcement').dispatchEvent('tap')
    await settle()
    expect(mock.wx.showModal).toHaveBeenCalledTimes(1)
    expect(puts()).toEqual([{ text: '' }])
  })

  test('over 500 characters the counter turns red and 发布 is off', async () => {
    const page = await open(cobuildingView(), keeping(null))
    page.querySelector('.edit-announcement').dispatchEvent('tap')
    await settle()
    await typeAnnouncement(page, '公'.repeat(501))
    expect(text(page, '.announcement-counter')).toBe('501/500')
    expect(page.querySelector('.announcement-over')).toBeTruthy()
    expect(attr(page.querySelector('.save-announcement'), 'disabled')).toBe(true)
    page.instance.onSaveAnnouncement()
    await settle()
    expect(puts()).toEqual([])

    await typeAnnouncement(page, '公'.repeat(500))
    expect(page.querySelector('.announcement-over')).toBeFalsy()
    expect(attr(page.querySelector('.save-announcement'), 'disabled')).toBe(false)
  })

  test.each([
    [problem(422, 'CONTENT_RISKY', '内容未通过安全检查'), '群公告包含不当内容，未能发布，请修改后再试'],
    [problem(503, 'WX_UNAVAILABLE', '微信服务暂时不可用'), '微信内容检查暂时不可用，群公告未发布，请稍后重试'],
  ])('a refusal that can be fixed or retried says so and keeps the text (%#)', async (reply, said) => {
    const page = await open(cobuildingView(), { [`PUT ${ANNOUNCEMENT}`]: () => reply })
    page.querySelector('.edit-announcement').dispatchEvent('tap')
    await settle()
    await typeAnnouncement(page, NOTICE)
    page.querySelector('.save-announcement').dispatchEvent('tap')
    await settle()

    expect(text(page, '.announcement-error')).toBe(said)
    expect(attr(page.querySelector('.announcement-input'), 'value')).toBe(NOTICE)
    expect(attr(page.querySelector('.save-announcement'), 'disabled')).toBe(false)
    expect(page.querySelector('.announcement-text')).toBeFalsy()
  })

  test('a length the server refuses shows its field message', async () => {
    const page = await open(cobuildingView(), {
      [`PUT ${ANNOUNCEMENT}`]: () =>
        json(422, { status: 422, code: 'VALIDATION_FAILED', title: '提交的内容未通过校验', errors: { text: '群公告最多 500 字' } }),
    })
    page.querySelector('.edit-announcement').dispatchEvent('tap')
    await settle()
    await typeAnnouncement(page, NOTICE)
    page.querySelector('.save-announcement').dispatchEvent('tap')
    await settle()
    expect(text(page, '.announcement-error')).toBe('群公告最多 500 字')
  })

  test.each([
    [problem(403, 'FORBIDDEN', '没有权限'), { myRole: 'MEMBER' }, '只有科技党建先锋可以修改群公告'],
    [problem(409, 'COBUILDING_CLOSED', '先锋号已关闭'), { status: 'WITHDRAWN', writable: false }, '本先锋号已退出共建，群公告不能再修改'],
  ])('when the page is out of date (%#) it says why and reloads without the editor', async (reply, now, said) => {
    let refused = false
    const page = await open(cobuildingView(), {
      [`PUT ${ANNOUNCEMENT}`]: () => {
        refused = true
        return reply
      },
      [`GET ${BASE}`]: () => json(200, cobuildingView(refused ? now : {})),
    })
    page.querySelector('.edit-announcement').dispatchEvent('tap')
    await settle()
    await typeAnnouncement(page, NOTICE)
    page.querySelector('.save-announcement').dispatchEvent('tap')
    await settle()

    expect(text(page, '.banner')).toBe(said)
    expect(page.querySelector('.announcement-input')).toBeFalsy()
    expect(page.querySelector('.edit-announcement')).toBeFalsy()
  })
})

test('群公告: a pioneer who was removed meanwhile (404) is told so, and the editor closes', async () => {
  let removed = false
  const page = await open(cobuildingView(), {
    [`PUT ${BASE}/announcement`]: () => {
      removed = true
      return problem(404, 'NOT_FOUND', '未找到')
    },
    [`GET ${BASE}`]: () => (removed ? problem(404, 'NOT_FOUND', '未找到') : json(200, cobuildingView())),
  })
  page.querySelector('.edit-announcement').dispatchEvent('tap')
  await settle()
  page.querySelector('.announcement-input').dispatchEvent('input', { detail: { value: '通知' } })
  await settle()
  page.querySelector('.save-announcement').dispatchEvent('tap')
  await settle()
  expect(text(page, '.banner')).toBe('你已不在本先锋号中，群公告不能修改')
  expect(page.querySelector('.announcement-input')).toBeFalsy()
})

describe('conversations', () => {
  const { conversationView, ME } = require('./fixtures')
  const LIST = '/api/mp/conversations'
  const DIRECT = '/api/mp/conversations/direct'
  const group = conversationView({ id: 'g9', cobuildingId: '9' })
  const other = conversationView({ id: 'g8', cobuildingId: '8', title: '别的先锋号' })
  const direct = conversationView({ id: 'd5', type: 'DIRECT', title: '局联络员张', peer: { type: 'ADMIN', id: '7', displayName: '局联络员张' } })

  beforeEach(() => mock.storage.set('user', ME))

  test('进入群聊 finds the co-building group across pages of conversations and opens it', async () => {
    const page = await open(cobuildingView({ myRole: 'MEMBER' }), {
      [`GET ${LIST}`]: (req) =>
        req.data.page === 1
          ? json(200, { items: [group], page: 1, size: 1, total: 2 })
          : json(200, { items: [other], page: 0, size: 1, total: 2 }),
    })

    page.querySelector('.open-group').dispatchEvent('tap')
    await settle()

    expect(mock.requests(LIST).map((r) => r.data)).toEqual([{}, { page: 1, size: 1 }])
    expect(mock.wx.navigateTo).toHaveBeenCalledWith({
      url: `/packages/chat/room?id=g9&title=${encodeURIComponent(group.title)}`,
    })
  })

  test('进入群聊 without a group says so', async () => {
    const page = await open(cobuildingView(), {
      [`GET ${LIST}`]: () => json(200, { items: [other], page: 0, size: 20, total: 1 }),
    })
    page.querySelector('.open-group').dispatchEvent('tap')
    await settle()
    expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '该先锋号的群聊尚未开通', icon: 'none' })
    expect(mock.wx.navigateTo).not.toHaveBeenCalled()
  })

  test('联系局联络员 opens the one-to-one with the liaison', async () => {
    const page = await open(cobuildingView(), { [`POST ${DIRECT}`]: () => json(201, direct) })
    page.querySelector('.contact-liaison').dispatchEvent('tap')
    await settle()
    expect(mock.requests(DIRECT)[0].data).toEqual({ cobuildingId: '9' })
    expect(mock.wx.navigateTo.mock.calls[0][0].url).toMatch(/^\/packages\/chat\/room\?id=d5&/)
  })

  test('联系局联络员 after the liaison was vacated meanwhile shows the server title', async () => {
    const page = await open(cobuildingView(), {
      [`POST ${DIRECT}`]: () => problem(409, 'LIAISON_UNASSIGNED', '局联络员待指派'),
    })
    page.querySelector('.contact-liaison').dispatchEvent('tap')
    await settle()
    expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '局联络员待指派', icon: 'none' })
    expect(mock.wx.navigateTo).not.toHaveBeenCalled()
  })

  test('tapping another member offers 发消息, which opens a one-to-one with them', async () => {
    const page = await open(cobuildingView({ myRole: 'MEMBER' }), {
      [`POST ${DIRECT}`]: () => json(200, { ...direct, id: 'd6', title: '赵工', peer: null }),
    })
    mock.answerActionSheet('发消息')

    memberOf(page, '赵工').querySelectorAll('.who')[1].dispatchEvent('tap')
    await settle()

    expect(mock.wx.showActionSheet.mock.calls[0][0].itemList).toEqual(['发消息'])
    expect(mock.requests(DIRECT)[0].data).toEqual({ userId: '201' })
    expect(mock.wx.navigateTo.mock.calls[0][0].url).toMatch(/^\/packages\/chat\/room\?id=d6&/)
  })

  test('tapping myself offers nothing', async () => {
    const page = await open(cobuildingView())
    memberOf(page, '林先锋').querySelectorAll('.who')[0].dispatchEvent('tap') // 林先锋 is user 100, me
    await settle()
    expect(mock.wx.showActionSheet).not.toHaveBeenCalled()
  })
})
