const {
  isMine,
  canRecall,
  messageView,
  pendingView,
  originalUrl,
  withTimeSeparators,
  mergeMessages,
  previewOf,
  badgeText,
} = require('../utils/messages')
const { message, imageMessage, mediaLinks, MYSELF, BUREAU, SYSTEM } = require('./fixtures')

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
    const photo = imageMessage(4, '31')
    expect(messageView(photo, ME).imageUrl).toBe(`${base}/api/media/31/thumb?exp=1765000000&sig=t31`)
    expect(originalUrl(photo)).toBe(`${base}/api/media/31/original?exp=1765000000&sig=o31`)
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

  test('images show their thumbnail in a box of their shape, or a placeholder without links', () => {
    const image = imageMessage(11, '41', { image: mediaLinks('41', { url: 'https://m.invalid/p.jpg', thumbUrl: 'https://m.invalid/t.jpg' }) })
    expect(messageView(image, ME)).toMatchObject({ imageUrl: 'https://m.invalid/t.jpg', text: '', note: '' })
    expect(messageView(image, ME).imageStyle).toBe('width: 320rpx; height: 240rpx;') // 1280 × 960
    const portrait = imageMessage(12, '42', { image: mediaLinks('42', { width: 960, height: 1920 }) })
    expect(messageView(portrait, ME).imageStyle).toBe('width: 210rpx; height: 420rpx;')
    const panorama = imageMessage(13, '43', { image: mediaLinks('43', { width: 4000, height: 500 }) })
    expect(messageView(panorama, ME).imageStyle).toBe('width: 320rpx; height: 120rpx;') // never a sliver
    expect(messageView({ ...image, image: null }, ME)).toMatchObject({ imageUrl: '', text: '[图片]', note: '' })
    expect(originalUrl({ ...image, image: null })).toBe('')
    expect(originalUrl(message(14))).toBe('')
  })

  test('an image the safety check hid comes without links and says so; its sender sees why', () => {
    const blocked = imageMessage(15, '44', { sender: MYSELF, image: null, contentCheck: 'BLOCKED' })
    expect(messageView(blocked, ME)).toMatchObject({ imageUrl: '', text: '', note: '图片未通过安全检测', mine: true })
    expect(previewOf(blocked, ME)).toBe('[图片]')
  })

  test('a pending photo shows the phone’s file, with progress only while it uploads', () => {
    const uploading = { clientMsgId: 'dp1', type: 'IMAGE', localPath: 'wxfile://p.jpg', progress: 35, state: 'uploading', createdAt: '2026-03-10T09:00:00+08:00' }
    expect(pendingView(uploading)).toMatchObject({ key: 'cdp1', mine: true, imageUrl: 'wxfile://p.jpg', text: '', progress: 35, state: 'uploading' })
    expect(pendingView({ ...uploading, state: 'sending' }).progress).toBeNull()
    expect(pendingView({ clientMsgId: 'dx1', text: '好', state: 'sending' })).toMatchObject({ imageUrl: '', progress: null })
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
