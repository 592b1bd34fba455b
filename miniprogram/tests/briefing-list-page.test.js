// 政策解读 list: category tabs, a search sent once typing pauses, unread dots, deadline badges and 已意向, paged
// with the shared paged-list behaviour, pull to refresh, empty and error states, a tap opens the detail.
const { setup, text, texts } = require('./harness')
const { json, problem, networkFail } = require('./wx-mock')
const { summary, page, dateIn } = require('./briefing-fixtures')

const { mock, load, render, settle, simulate } = setup()
const LIST = '/api/mp/briefings'

let id
beforeAll(() => {
  id = load('packages/briefing/list')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

const titles = (p) => texts(p, '.item-title')
// The text of a class inside the i-th row ('' when absent); page markup carries simulate's main-- prefix.
const inItem = (p, i, cls) => {
  const node = p.querySelectorAll('.item')[i].dom.querySelector(`.main--${cls}`)
  return node ? node.textContent.trim() : null
}
const rows = (n, from = 0) => Array.from({ length: n }, (_, i) => summary({ id: String(100 + from + i), title: `政策${from + i}` }))

async function open(options = {}) {
  const p = render(id)
  p.instance.onLoad(options)
  p.instance.onShow()
  await settle()
  return p
}

test('each briefing shows its category, an unread dot, the deadline with its badge and 已意向', async () => {
  mock.handle(() =>
    json(
      200,
      page([
        summary({ id: '1', title: '创新券申领', category: 'INNOVATION_VOUCHER', applyDeadline: dateIn(5), read: false, intended: true }),
        summary({ id: '2', title: '高企认定', category: 'HIGH_TECH_ENTERPRISE', applyDeadline: dateIn(60), read: true }),
        summary({ id: '3', title: '成果登记', category: 'RESULT_REGISTRATION', applyDeadline: dateIn(-1), read: true }),
      ]),
    ),
  )
  const p = await open()

  expect(titles(p)).toEqual(['创新券申领', '高企认定', '成果登记'])
  const [SOON, LATER, PAST] = [0, 1, 2]
  expect(inItem(p, SOON, 'unread-dot')).toBe('')
  expect(inItem(p, LATER, 'unread-dot')).toBeNull()
  expect(inItem(p, SOON, 'category')).toBe('科技创新券')
  expect(inItem(p, SOON, 'deadline')).toMatch(/^截止 (\d{4}年)?\d{1,2}月\d{1,2}日$/)
  expect(inItem(p, SOON, 'badge')).toBe('即将截止')
  expect(inItem(p, SOON, 'intended')).toBe('已意向')
  expect(inItem(p, LATER, 'badge')).toBeNull()
  expect(inItem(p, LATER, 'intended')).toBeNull()
  expect(inItem(p, PAST, 'badge')).toBe('已截止')
  expect(inItem(p, SOON, 'date')).toBe('2026-11-20')
  expect(mock.requests(LIST)[0].data).toEqual({})
})

test('the tabs are 全部 and the eight categories; a tab asks for its category only', async () => {
  mock.handle((req) => json(200, page(req.data.category ? [summary({ id: '9', title: '加计扣除专题' })] : rows(2))))
  const p = await open()
  expect(texts(p, '.tab')).toEqual(['全部', '研发奖补', '加计扣除', '创新券', '高企认定', '成果登记', '技术合同', '培训', '其他'])

  p.querySelectorAll('.tab')[2].dispatchEvent('tap')
  await settle()
  expect(mock.requests(LIST)[1].data).toEqual({ category: 'RD_DEDUCTION' })
  expect(titles(p)).toEqual(['加计扣除专题'])
  expect(p.querySelectorAll('.tab')[2].dom.className).toContain('tab-on')

  // The same tab again asks nothing; 全部 drops the filter.
  p.querySelectorAll('.tab')[2].dispatchEvent('tap')
  p.querySelectorAll('.tab')[0].dispatchEvent('tap')
  await settle()
  expect(mock.requests(LIST).map((r) => r.data)).toEqual([{}, { category: 'RD_DEDUCTION' }, {}])
})

test('the search waits for typing to pause, sends the keyword with the category, and clears', async () => {
  jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] })
  try {
    mock.handle((req) => json(200, page(req.data.q ? [summary({ title: '研发费用加计扣除' })] : rows(2))))
    const p = render(id)
    p.instance.onLoad({ category: 'RD_DEDUCTION' })
    p.instance.onShow()
    await jest.runAllTimersAsync()

    const input = p.querySelector('.search-input')
    input.dispatchEvent('input', { detail: { value: '加计' } })
    input.dispatchEvent('input', { detail: { value: '加计扣除' } })
    await jest.advanceTimersByTimeAsync(100)
    expect(mock.requests(LIST)).toHaveLength(1) // still typing
    await jest.advanceTimersByTimeAsync(400)
    await jest.runAllTimersAsync()
    expect(mock.requests(LIST)).toHaveLength(2)
    expect(mock.requests(LIST)[1].data).toEqual({ category: 'RD_DEDUCTION', q: '加计扣除' })
    expect(titles(p)).toEqual(['研发费用加计扣除'])

    // The 搜索 key with nothing new asks nothing again; clearing lists everything of the category.
    input.dispatchEvent('confirm', { detail: { value: '加计扣除' } })
    await jest.runAllTimersAsync()
    expect(mock.requests(LIST)).toHaveLength(2)
    p.querySelector('.search-clear').dispatchEvent('tap')
    await jest.runAllTimersAsync()
    expect(mock.requests(LIST)[2].data).toEqual({ category: 'RD_DEDUCTION' })
    expect(p.querySelector('.search-clear')).toBeFalsy()
  } finally {
    jest.useRealTimers()
  }
})

test('pages on reaching the bottom and refreshes on pull-down', async () => {
  mock.handle((req) => {
    const n = req.data.page || 0
    return json(200, page(n === 0 ? rows(2) : rows(1, 2), { page: n, size: 2, total: 3 }))
  })
  const p = await open()
  p.instance.onReachBottom()
  await settle()
  expect(titles(p)).toEqual(['政策0', '政策1', '政策2'])
  expect(mock.requests(LIST)[1].data).toEqual({ page: 1, size: 2 })
  expect(text(p, '.more')).toBe('没有更多了')

  await p.instance.onPullDownRefresh()
  expect(mock.requests(LIST)[2].data).toEqual({})
  expect(mock.wx.stopPullDownRefresh).toHaveBeenCalled()
})

test('a tap opens the briefing; an empty list, an empty search and a failure say so', async () => {
  mock.handle(() => json(200, page([summary({ id: '12' })])))
  const p = await open()
  p.querySelector('.item').dispatchEvent('tap')
  await simulate.sleep(0)
  expect(mock.wx.navigateTo).toHaveBeenCalledWith({ url: '/packages/briefing/detail?id=12' })

  mock.handle(() => json(200, page([])))
  const empty = await open()
  expect(text(empty, '.state-empty')).toBe('暂时没有发给你的政策解读')
  empty.querySelector('.search-input').dispatchEvent('input', { detail: { value: '不存在的政策' } })
  empty.querySelector('.search-input').dispatchEvent('confirm', { detail: { value: '不存在的政策' } })
  await settle()
  expect(text(empty, '.state-empty')).toBe('没有找到相关政策，换个关键词试试')

  mock.handle(() => problem(503, 'UNAVAILABLE', '服务暂时不可用'))
  const failed = await open()
  expect(text(failed, '.error-title')).toBe('服务暂时不可用')
  mock.handle(() => json(200, page(rows(1))))
  failed.querySelector('.retry').dispatchEvent('tap')
  await settle()
  expect(titles(failed)).toEqual(['政策0'])

  // A failed page at the bottom keeps the list and offers a retry.
  mock.handle((req) => (req.data.page ? networkFail() : json(200, page(rows(2), { size: 2, total: 4 }))))
  const more = await open()
  more.instance.onReachBottom()
  await settle()
  expect(text(more, '.more-error')).toBe('网络不可用，请稍后重试，点此重试')
  expect(titles(more)).toEqual(['政策0', '政策1'])
})
