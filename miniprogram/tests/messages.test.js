const {
  isMine,
  canRecall,
  messageView,
  pendingView,
  withTimeSeparators,
  mergeMessages,
  previewOf,
  badgeText,
} = require('../utils/messages')
const { message, MYSELF, BUREAU, SYSTEM } = require('./fixtures')

const ME = '100'

describe('whose message', () => {
  test('mine only when a member with my id sent it', () => {
    expect(isMine(message(1, { sender: MYSELF }), ME)).toBe(true)
    expect(isMine(message(1), ME)).toBe(false)
    expect(isMine(message(1, { sender: { ...BUREAU, id: ME } }), ME)).toBe(false) // an admin with the same number
    expect(isMine(message(1, { sender: MYSELF }), null)).toBe(false)
  })

  test('recall is offered on my own messages for two minutes', () => {
    const at = Date.parse('2026-03-10T09:00:00+08:00')
    const mine = message(1, { sender: MYSELF })
    expect(canRecall(mine, ME, at + 119000)).toBe(true)
    expect(canRecall(mine, ME, at + 121000)).toBe(false)
    expect(canRecall(message(1), ME, at)).toBe(false)
    expect(canRecall({ ...mine, recalled: true }, ME, at)).toBe(false)
  })
})

describe('messageView', () => {
  test('a text bubble carries the sender, and the bureau is marked', () => {
    expect(messageView(message(3), ME)).toMatchObject({
      key: 'm3',
      kind: 'bubble',
      mine: false,
      name: '赵工',
      initial: '赵',
      isBureau: false,
      text: '消息3',
      note: '',
    })
    expect(messageView(message(4, { sender: BUREAU }), ME).isBureau).toBe(true)
  })

  test('server paths of avatars and images become absolute URLs that <image> can load', () => {
    const base = require('../config/index').apiBaseUrl()
    expect(base).toMatch(/^https?:\/\/[^/]+/)
    const sender = { type: 'MEMBER', id: '201', displayName: '赵工', avatarUrl: '/api/avatars/k7' }
    expect(messageView(message(3, { sender }), ME).avatarUrl).toBe(`${base}/api/avatars/k7`)
    const photo = message(4, { type: 'IMAGE', text: null, payload: { url: '/api/media/p1' } })
    expect(messageView(photo, ME).imageUrl).toBe(`${base}/api/media/p1`)
    const elsewhere = { ...sender, avatarUrl: 'https://cdn.example.invalid/a.png' }
    expect(messageView(message(5, { sender: elsewhere }), ME).avatarUrl).toBe('https://cdn.example.invalid/a.png')
    expect(messageView(message(6, { sender: { ...sender, avatarUrl: null } }), ME).avatarUrl).toBe('')
  })

  test('recalled messages become tombstones naming who recalled', () => {
    const recalled = { recalled: true, text: null }
    expect(messageView(message(5, recalled), ME)).toMatchObject({ kind: 'tombstone', notice: '赵工 撤回了一条消息' })
    expect(messageView(message(5, { ...recalled, sender: MYSELF }), ME).notice).toBe('你撤回了一条消息')
    // Taken down by the bureau: the sender is not named as the one who recalled it.
    expect(messageView(message(5, { ...recalled, recalledBy: 'BUREAU' }), ME).notice).toBe('该消息已被管理员撤回')
    expect(previewOf(message(5, { ...recalled, recalledBy: 'BUREAU', sender: MYSELF }), ME)).toBe('该消息已被管理员撤回')
  })

  test('the content check: pending shows my text with a mark, others a note; blocked a note', () => {
    const pendingMine = messageView(message(6, { sender: MYSELF, contentCheck: 'PENDING' }), ME)
    expect(pendingMine).toMatchObject({ text: '消息6', checking: true, note: '' })
    expect(messageView(message(6, { contentCheck: 'PENDING', text: null }), ME)).toMatchObject({
      text: '',
      checking: false,
      note: '消息审核中',
    })
    expect(messageView(message(7, { contentCheck: 'BLOCKED', text: null }), ME).note).toBe('该消息未通过内容审核')
  })

  test('cards keep their type; unknown types and system texts fall back to the system card', () => {
    const activity = message(8, { type: 'CARD', cardType: 'ACTIVITY', text: null, payload: { title: '主题党日' } })
    expect(messageView(activity, ME)).toMatchObject({ kind: 'card', cardType: 'ACTIVITY', payload: { title: '主题党日' } })
    const future = message(9, { type: 'CARD', cardType: 'VOTE', text: null, payload: { title: '投票' } })
    expect(messageView(future, ME)).toMatchObject({ kind: 'card', cardType: 'SYSTEM', payload: { title: '投票' } })
    const notice = message(10, { sender: SYSTEM, text: '赵工 加入了先锋号' })
    expect(messageView(notice, ME)).toMatchObject({ kind: 'card', cardType: 'SYSTEM', payload: { text: '赵工 加入了先锋号' } })
  })

  test('images show their url, or a placeholder without one', () => {
    const image = message(11, { type: 'IMAGE', text: null, payload: { url: 'https://m.invalid/p.jpg' } })
    expect(messageView(image, ME)).toMatchObject({ imageUrl: 'https://m.invalid/p.jpg', text: '' })
    expect(messageView({ ...image, payload: null }, ME)).toMatchObject({ imageUrl: '', text: '[图片]' })
  })

  test('a pending bubble is mine and keyed by its client id', () => {
    expect(pendingView({ clientMsgId: 'dx1', text: '好', state: 'failed', createdAt: '2026-03-10T09:00:00+08:00' })).toMatchObject(
      { key: 'cdx1', mine: true, kind: 'bubble', text: '好', state: 'failed' },
    )
  })
})

test('time separators appear first and after gaps of more than five minutes', () => {
  const now = Date.parse('2026-03-10T12:00:00+08:00')
  const views = ['09:00:00', '09:04:00', '09:09:01', '09:10:00'].map((t, i) => ({
    seq: i + 1,
    createdAt: `2026-03-10T${t}+08:00`,
  }))
  expect(withTimeSeparators(views, now).map((v) => v.timeLabel)).toEqual(['09:00', '', '09:09', ''])
})

test('merging orders by seq and lets a later copy replace an earlier one', () => {
  const merged = mergeMessages([message(2), message(3)], [message(1), message(3, { recalled: true, text: null })])
  expect(merged.map((m) => m.seq)).toEqual([1, 2, 3])
  expect(merged[2].recalled).toBe(true)
})

test('previews for the conversation list', () => {
  expect(previewOf(message(1), ME)).toBe('消息1')
  expect(previewOf(message(1, { type: 'IMAGE', text: null }), ME)).toBe('[图片]')
  expect(previewOf(message(1, { type: 'CARD', cardType: 'CHECKIN', text: null, payload: { title: '签到成功' } }), ME)).toBe(
    '[签到] 签到成功',
  )
  expect(previewOf(message(1, { recalled: true, text: null, sender: MYSELF }), ME)).toBe('你撤回了一条消息')
  expect(previewOf(message(1, { contentCheck: 'BLOCKED', text: null }), ME)).toBe('该消息未通过内容审核')
})

test('badges stop at 99+', () => {
  expect(badgeText(0)).toBe('')
  expect(badgeText(7)).toBe('7')
  expect(badgeText(99)).toBe('99')
  expect(badgeText(100)).toBe('99+')
})
