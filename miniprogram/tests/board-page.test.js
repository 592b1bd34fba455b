// 公示牌: the public board as anyone who scans the plaque sees it — the units and plaque, the five categories'
// completion, the goals, the progress table with owners, dates, 已逾期 and evidence that opens the originals,
// the 八有 and the highlights; the scene of the board's mini-program code; the withdrawn/delisted, unknown and
// too-many-requests states; the share; the 小程序码 that only members of the co-building get.
const { setup, text, texts } = require('./harness')
const { json, problem, networkFail } = require('./wx-mock')
const { boardView } = require('./board-fixtures')

const { mock, load, render, settle } = setup()
const PUBLIC_ID = 'pUb_Id-9xYz'
const BOARD = `/api/public/boards/${PUBLIC_ID}`
const BASE_URL = 'http://127.0.0.1:8080'
const src = (node) => node.toJSON().attrs.find((a) => a.name === 'src').value

let id
beforeAll(() => {
  id = load('packages/board/index')
})
beforeEach(() => {
  mock.reset()
})

function signedIn() {
  mock.storage.set('token', 'tok-1')
  mock.storage.set('expiresAt', '2999-01-01T00:00:00Z')
}

// The board answers `reply()`; the member's own co-buildings answer from `mine` (id → publicId).
function server(reply = () => json(200, boardView()), mine = {}) {
  mock.handle((req) => {
    if (req.path === BOARD) return reply(req)
    if (req.path === '/api/mp/cobuildings') {
      const items = Object.keys(mine).map((cid) => ({ id: cid, name: mine[cid].name, status: 'AWARDED', role: 'MEMBER' }))
      return json(200, { items, page: 0, size: 100, total: items.length })
    }
    const m = /^\/api\/mp\/cobuildings\/(\w+)$/.exec(req.path)
    if (m && mine[m[1]]) return json(200, { id: m[1], name: mine[m[1]].name, publicId: mine[m[1]].publicId })
    if (req.path === '/api/mp/cobuildings/9/board/wxacode') return { statusCode: 200, tempFilePath: 'wxfile://tmp/board.png' }
    return problem(404, 'COBUILDING_NOT_FOUND', '先锋号不存在')
  })
}

async function open(options = { publicId: PUBLIC_ID }) {
  const page = render(id)
  page.instance.onLoad(options)
  await settle(20)
  return page
}

test('shows the heading: name, plaque status and date, the units and the stage', async () => {
  server()
  const page = await open()
  expect(text(page, '.name')).toBe('闽江大学·海峡新材料先锋号')
  expect(text(page.querySelector('.status'), '.tag')).toBe('已授牌')
  expect(text(page, '.plaque')).toBe('授牌日期 2026-07-01')
  expect(text(page, '.stage')).toBe('第1阶段')
  expect(texts(page, '.unit')).toEqual(['牵头单位闽江大学材料学院党委', '共建单位海峡新材料有限公司党支部'])
  expect(mock.wx.setNavigationBarTitle).toHaveBeenCalledWith({ title: '闽江大学·海峡新材料先锋号' })
  // A visitor without a session is never logged in for the board.
  expect(mock.wx.login).not.toHaveBeenCalled()
  expect(mock.requests().map((r) => r.path)).toEqual([BOARD])
  expect(page.querySelector('.show-code')).toBeFalsy()
})

test('the five categories always show, in order, with their completion as bars', async () => {
  server(() => json(200, boardView({ categories: [{ category: 'PROBLEMS', completion: 25, goalCount: 1 }, { category: 'BASE', completion: 60, goalCount: 1 }] })))
  const page = await open()
  expect(texts(page, '.category-label')).toEqual(['打造一个党建阵地', '攻关一批技术难题', '培养一批学科技术带头人', '输出引进一名高层次人才', '转化一批重大科技成果'])
  expect(texts(page, '.category-percent')).toEqual(['60%', '25%', '0%', '0%', '0%'])
  expect(texts(page, '.category-count')).toEqual(['1 个目标', '1 个目标', '暂无目标', '暂无目标', '暂无目标'])
  const widths = page.querySelectorAll('.category .bar-fill').map((n) => n.dom.getAttribute('style'))
  expect(widths[0]).toMatch(/width: 60%/)
})

test('the goal list: category, title, completion, target text or amounts, status and date', async () => {
  server()
  const page = await open()
  expect(texts(page, '.goal-title')).toEqual(['建成联合党建阵地', '攻关高强铝合金焊接'])
  expect(texts(page, '.goal .pill')).toEqual(['阵地', '难题'])
  expect(texts(page, '.goal-percent')).toEqual(['60%', '25%'])
  expect(text(page, '.goal-target')).toBe('目标：一处 60 平方米活动室')
  expect(text(page, '.goal-amount')).toBe('已完成 1项 / 目标 3项')
  expect(texts(page, '.goal-meta')[0]).toBe('进行中 · 目标日期 2026-12-31 · 1 项任务')
})

test('the progress table: overdue first, then by due date; owners, dates, percent, 已逾期 and the latest note', async () => {
  server()
  const page = await open()
  expect(texts(page, '.task-title')).toEqual(['焊接工艺试验', '样件检测', '建成党员活动室'])
  expect(texts(page, '.task-status')).toEqual(['已逾期', '已完成', '进行中'])
  expect(text(page, '.overdue-count')).toBe('· 1 项已逾期')
  expect(page.querySelectorAll('.task-overdue')).toHaveLength(1)
  expect(texts(page, '.task-owners')).toEqual(['负责人：陈博士', '负责人：林先锋、赵工']) // none named: no line
  expect(texts(page, '.task-dates')[2]).toBe('2026-09-01 至 2026-12-31')
  expect(texts(page, '.task-percent')).toEqual(['25%', '100%', '60%'])
  expect(text(page, '.latest-head')).toBe('最新进展 2026-11-20')
  expect(text(page, '.latest-note')).toBe('完成装修，正在布置展板')
})

test('evidence thumbnails show the thumbs and open the originals at the one tapped', async () => {
  server()
  const page = await open()
  const thumbs = page.querySelectorAll('.latest .thumb')
  expect(thumbs.map(src)).toEqual([
    `${BASE_URL}/api/media/501/thumb?exp=1&sig=a`,
    `${BASE_URL}/api/media/502/thumb?exp=1&sig=a`,
  ])
  thumbs[1].dispatchEvent('tap')
  await settle()
  expect(mock.wx.previewImage).toHaveBeenCalledWith({
    urls: [`${BASE_URL}/api/media/501?exp=1&sig=a`, `${BASE_URL}/api/media/502?exp=1&sig=a`],
    current: `${BASE_URL}/api/media/502?exp=1&sig=a`,
  })

  page.querySelector('.highlight .thumb').dispatchEvent('tap')
  await settle()
  expect(mock.wx.previewImage).toHaveBeenLastCalledWith({ urls: [`${BASE_URL}/api/media/601?exp=1&sig=a`], current: `${BASE_URL}/api/media/601?exp=1&sig=a` })
})

test('八有 as confirmed of total with the ticked count; the highlights', async () => {
  server()
  const page = await open()
  expect(text(page, '.checklist-count')).toBe('已确认 3/8')
  expect(text(page, '.checklist-ticked')).toBe('已勾选 5 项，经科技局确认后计入')
  expect(text(page, '.highlight .pill')).toBe('阶段总结')
  expect(text(page, '.highlight-title')).toBe('第1阶段总结')
  expect(text(page, '.highlight-text')).toBe('阵地建设基本完成')
  expect(text(page, '.highlight-at')).toBe('2026-11-25')
})

test('a board with no goals yet says so instead of empty sections, and no highlights section', async () => {
  server(() => json(200, boardView({ goals: [], highlights: [], categories: [], checklist: { confirmed: 0, ticked: 0, total: 8 } })))
  const page = await open()
  expect(text(page, '.empty-goals')).toBe('暂无目标')
  expect(text(page, '.empty-tasks')).toBe('暂无任务')
  expect(texts(page, '.category-percent')).toHaveLength(5)
  expect(page.querySelector('.highlights')).toBeFalsy()
})

describe('opened from the board’s mini-program code', () => {
  test('the scene b=<publicId> (encoded once more by WeChat) is decoded', async () => {
    server()
    const page = await open({ scene: encodeURIComponent(`b=${PUBLIC_ID}`) })
    expect(mock.requests()[0].path).toBe(BOARD)
    expect(text(page, '.name')).toBe('闽江大学·海峡新材料先锋号')
  })

  test('a scene that is not a board’s asks nothing and says the board does not exist', async () => {
    server()
    const page = await open({ scene: encodeURIComponent('a=31&k=xyz') })
    expect(mock.requests()).toEqual([])
    expect(text(page, '.state-missing .error-title')).toBe('公示牌不存在')
  })
})

describe('states', () => {
  test.each([
    ['WITHDRAWN', '该先锋号已退出', '已退出'],
    ['DELISTED', '该先锋号已摘牌', '已摘牌'],
  ])('%s: only the name, status and a notice instead of the board', async (status, notice, tag) => {
    server(() => json(200, { publicId: PUBLIC_ID, name: '闽江大学·海峡新材料先锋号', status, plaqueDate: '2026-07-01', available: false }))
    signedIn()
    const page = await open()
    expect(text(page, '.notice-title')).toBe(notice)
    expect(text(page.querySelector('.status'), '.tag')).toBe(tag)
    expect(page.querySelector('.categories')).toBeFalsy()
    expect(page.querySelector('.tasks')).toBeFalsy()
    expect(page.querySelector('.stage')).toBeFalsy()
    expect(mock.requests().map((r) => r.path)).toEqual([BOARD]) // no membership asked for a closed board
  })

  test('unknown board: 公示牌不存在', async () => {
    server(() => problem(404, 'BOARD_NOT_FOUND', '公示牌不存在'))
    const page = await open()
    expect(text(page, '.state-missing .error-title')).toBe('公示牌不存在')
    expect(page.querySelector('.retry')).toBeFalsy()
  })

  test('too many requests: asked to wait, and 重试 loads the board', async () => {
    let limited = true
    server(() => (limited ? problem(429, 'BOARD_RATE_LIMITED', '请求过多') : json(200, boardView())))
    const page = await open()
    expect(text(page, '.state-limited .error-title')).toBe('访问过于频繁，请稍后再试')
    limited = false
    page.querySelector('.retry').dispatchEvent('tap')
    await settle(20)
    expect(text(page, '.name')).toBe('闽江大学·海峡新材料先锋号')
  })

  test('no network: the error with a retry; a failed refresh keeps the board on screen', async () => {
    let down = true
    server(() => (down ? networkFail() : json(200, boardView())))
    const page = await open()
    expect(text(page, '.state-error .error-title')).toBe('网络不可用，请稍后重试')
    down = false
    page.querySelector('.retry').dispatchEvent('tap')
    await settle(20)
    expect(page.querySelector('.tasks')).toBeTruthy()

    down = true
    await page.instance.onPullDownRefresh()
    await settle()
    expect(page.querySelector('.tasks')).toBeTruthy()
    expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '网络不可用，请稍后重试', icon: 'none' })
    expect(mock.wx.stopPullDownRefresh).toHaveBeenCalled()
  })
})

test('the share points at this board by its publicId', async () => {
  server()
  const page = await open({ scene: encodeURIComponent(`b=${PUBLIC_ID}`) })
  expect(page.instance.onShareAppMessage({ from: 'menu' })).toEqual({
    title: '闽江大学·海峡新材料先锋号 · 公示牌',
    path: `/packages/board/index?publicId=${PUBLIC_ID}`,
  })
})

describe('小程序码 for members', () => {
  test('a member of this co-building gets it: downloaded with the token and previewed', async () => {
    signedIn()
    server(undefined, { 9: { name: '闽江大学·海峡新材料先锋号', publicId: PUBLIC_ID }, 10: { name: '别的先锋号', publicId: 'other' } })
    const page = await open()
    expect(page.querySelector('.show-code')).toBeTruthy()
    expect(mock.requests('/api/mp/cobuildings/10')).toEqual([]) // only the one of the same name is asked

    page.querySelector('.show-code').dispatchEvent('tap')
    await settle(20)
    const [opts] = mock.wx.downloadFile.mock.calls[0]
    expect(opts.url).toBe(`${BASE_URL}/api/mp/cobuildings/9/board/wxacode`)
    expect(opts.header.Authorization).toBe('Bearer tok-1')
    expect(mock.wx.previewImage).toHaveBeenCalledWith({ urls: ['wxfile://tmp/board.png'], current: 'wxfile://tmp/board.png' })
  })

  test('a co-building of the same name but another board does not count', async () => {
    signedIn()
    server(undefined, { 9: { name: '闽江大学·海峡新材料先锋号', publicId: 'someone-else' } })
    const page = await open()
    expect(mock.requests('/api/mp/cobuildings/9')).toHaveLength(1)
    expect(page.querySelector('.show-code')).toBeFalsy()
  })

  test('opened with the co-building’s id (from its home page), that one is checked directly', async () => {
    signedIn()
    server(undefined, { 9: { name: '闽江大学·海峡新材料先锋号', publicId: PUBLIC_ID } })
    const page = await open({ publicId: PUBLIC_ID, cobuildingId: '9' })
    expect(mock.requests('/api/mp/cobuildings')).toEqual([])
    expect(page.querySelector('.show-code')).toBeTruthy()
  })

  test('a failed download says why', async () => {
    signedIn()
    server(undefined, { 9: { name: '闽江大学·海峡新材料先锋号', publicId: PUBLIC_ID } })
    const page = await open()
    mock.handle(() => ({ statusCode: 403, tempFilePath: 'x' }))
    page.querySelector('.show-code').dispatchEvent('tap')
    await settle(20)
    expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '没有权限获取该文件', icon: 'none' })
    expect(page.instance.data.codeLoading).toBe(false)
  })
})
