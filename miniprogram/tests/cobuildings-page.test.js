const { setup, text, texts } = require('./harness')
const { json, problem } = require('./wx-mock')

const { mock, load, render, settle, simulate } = setup()

const ITEM = (id, name, extra = {}) => ({ id, name, status: 'ACTIVE', role: 'MEMBER', unitName: '闽江大学', ...extra })

let id
beforeAll(() => {
  id = load('pages/cobuildings/index')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

async function shown() {
  const page = render(id)
  page.instance.onShow()
  await settle()
  return page
}

test('lists my co-buildings with status and role, and opens one', async () => {
  mock.handle(() =>
    json(200, { items: [ITEM('9', '甲先锋号', { role: 'PIONEER', status: 'AWARDED' }), ITEM('10', '乙先锋号')], page: 0, size: 20, total: 2 }),
  )
  const page = await shown()

  expect(mock.requests('/api/mp/cobuildings')).toHaveLength(1)
  expect(texts(page, '.name')).toEqual(['甲先锋号', '乙先锋号'])
  expect(texts(page, '.role')).toEqual(['科技党建先锋', '成员'])
  expect(texts(page, '.status')).toEqual(['已授牌', '共建中'])

  page.querySelectorAll('.item')[1].dispatchEvent('tap')
  await simulate.sleep(0)
  expect(mock.wx.navigateTo).toHaveBeenCalledWith({ url: '/packages/cobuilding/home?id=10' })
})

test('empty: explains and offers joining and applying', async () => {
  mock.handle(() => json(200, { items: [], page: 0, size: 20, total: 0 }))
  const page = await shown()
  expect(text(page, '.empty-title')).toBe('还没有加入先锋号')

  page.querySelector('.join').dispatchEvent('tap')
  await simulate.sleep(0)
  page.querySelector('.apply').dispatchEvent('tap')
  await settle()
  expect(mock.wx.navigateTo.mock.calls.map(([o]) => o.url)).toEqual(['/packages/cobuilding/join', '/packages/apply/form'])
})

const APPS = (...items) => json(200, { items, page: 0, size: 20, total: items.length })
const NONE = json(200, { items: [], page: 0, size: 20, total: 0 })

test('empty while an application is under review: says so and links to it', async () => {
  mock.handle((req) =>
    req.path === '/api/mp/applications' ? APPS({ id: '501', status: 'SUBMITTED', mode: 'JOINT', leadName: '闽江大学' }) : NONE,
  )
  const page = await shown()
  expect(text(page, '.pending-title')).toBe('你的申报审核中')
  expect(page.querySelector('.state-empty')).toBeFalsy()

  page.querySelector('.pending-link').dispatchEvent('tap')
  await simulate.sleep(0)
  expect(mock.wx.navigateTo).toHaveBeenCalledWith({ url: '/packages/apply/form?id=501' })
})

test('a member of a co-building is not asked about applications', async () => {
  mock.handle(() => json(200, { items: [ITEM('9', '甲先锋号')], page: 0, size: 20, total: 1 }))
  const page = await shown()
  expect(mock.requests('/api/mp/applications')).toHaveLength(0)
  expect(page.querySelector('.pending-title')).toBeFalsy()
})

test('申报共建 offers an open draft first: 继续填写 opens it, 新建 a new form', async () => {
  mock.handle((req) =>
    req.path === '/api/mp/applications' ? APPS({ id: '502', status: 'SUBMITTED' }, { id: '501', status: 'DRAFT' }) : NONE,
  )
  const page = await shown()
  mock.answerModal(true)
  page.querySelector('.apply').dispatchEvent('tap')
  await settle()
  mock.answerModal(false)
  page.querySelector('.apply').dispatchEvent('tap')
  await settle()

  expect(mock.wx.showModal.mock.calls[0][0]).toMatchObject({ title: '你有一份未提交的申报', confirmText: '继续填写', cancelText: '新建' })
  expect(mock.wx.navigateTo.mock.calls.map(([o]) => o.url)).toEqual(['/packages/apply/form?id=501', '/packages/apply/form'])
})

test('while loading, a skeleton of the list shows instead of a bare spinner', async () => {
  mock.handle(() => ({ ...NONE, delay: 1000 }))
  const page = render(id)
  page.instance.onShow()
  await simulate.sleep(0)
  expect(page.querySelectorAll('.skeleton-item')).toHaveLength(3)
  expect(page.querySelector('.skeleton').toJSON().attrs.find((a) => a.name === 'ariaLabel').value).toBe('加载中')
})

test('after a login without a nickname the profile sheet offers itself here, once', async () => {
  mock.storage.set('profilePrompts', { loginPending: true })
  mock.storage.set('user', { id: '1', nickname: '' })
  mock.handle(() => NONE)
  const page = await shown()
  expect(page.querySelector('.profile-sheet').querySelector('.sheet')).toBeTruthy()

  const again = await shown()
  expect(again.querySelector('.profile-sheet').querySelector('.sheet')).toBeFalsy()
})

test('an error shows the server title; retry loads again', async () => {
  mock.handle(() => problem(503, 'SERVICE_BUSY', '服务繁忙，请稍后重试'))
  const page = await shown()
  expect(text(page, '.error-title')).toBe('服务繁忙，请稍后重试')

  mock.handle(() => json(200, { items: [ITEM('9', '甲先锋号')], page: 0, size: 20, total: 1 }))
  page.querySelector('.retry').dispatchEvent('tap')
  await settle()
  expect(texts(page, '.name')).toEqual(['甲先锋号'])
})

test('reaching the bottom loads the next page; a refresh keeps the list when it fails', async () => {
  mock.handle((req) =>
    req.data.page === 1
      ? json(200, { items: [ITEM('10', '乙先锋号')], page: 1, size: 1, total: 2 })
      : json(200, { items: [ITEM('9', '甲先锋号')], page: 0, size: 1, total: 2 }),
  )
  const page = await shown()
  page.instance.onReachBottom()
  await settle()
  expect(texts(page, '.name')).toEqual(['甲先锋号', '乙先锋号'])
  expect(mock.requests('/api/mp/cobuildings')[1].data).toEqual({ page: 1, size: 1 })

  page.instance.onReachBottom() // everything is loaded: no request
  await settle()
  expect(mock.requests('/api/mp/cobuildings')).toHaveLength(2)

  mock.handle(() => problem(503, 'SERVICE_BUSY', '服务繁忙'))
  await page.instance.onPullDownRefresh()
  expect(texts(page, '.name')).toEqual(['甲先锋号', '乙先锋号'])
  expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '服务繁忙', icon: 'none' })
  expect(mock.wx.stopPullDownRefresh).toHaveBeenCalled()
})
