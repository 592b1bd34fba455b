// Each card type renders its fields and copes with missing ones (every field but title is optional,
// and a newer server may leave out more).
const { setup, text } = require('./harness')

const { mock, load, render, simulate } = setup()

const ids = {}
beforeAll(() => {
  ;['system', 'activity', 'checkin', 'progress', 'briefing'].forEach((type) => {
    ids[type] = load(`packages/chat/components/chat-card-${type}/index`)
  })
})
beforeEach(() => mock.reset())

test('system: title and text', () => {
  const card = render(ids.system, { payload: { title: '先锋号状态变更', text: '已授予牌匾' } })
  expect(text(card, '.title')).toBe('先锋号状态变更')
  expect(text(card, '.text')).toBe('已授予牌匾')
})

test('activity: type, title, time span in Shanghai, place, status and the live count', () => {
  const card = render(ids.activity, {
    payload: {
      activityId: '31',
      title: '主题党日',
      type: 'PARTY_ACTIVITY',
      startAt: '2026-03-12T06:30:00Z',
      endAt: '2026-03-12T08:00:00Z',
      placeName: '闽江大学党员活动室',
      status: 'SCHEDULED',
      checkedIn: 0,
      expected: 52,
      text: '已签到 0/52',
    },
  })
  expect(text(card, '.kind')).toBe('党组织活动')
  expect(text(card, '.title')).toBe('主题党日')
  expect(text(card, '.when')).toBe('时间：2026-03-12 14:30 – 16:00')
  expect(text(card, '.place')).toBe('地点：闽江大学党员活动室')
  expect(text(card, '.status')).toBe('未开始')
  expect(text(card, '.text')).toBe('已签到 0/52')
})

test('check-in: title, text and time', () => {
  const card = render(ids.checkin, { payload: { title: '赵工 已签到', text: '主题党日', at: '2026-03-12T14:31:00+08:00' } })
  expect(text(card, '.title')).toBe('赵工 已签到')
  expect(text(card, '.text')).toBe('主题党日')
  expect(text(card, '.at')).toBe('签到时间：2026-03-12 14:31')
})

test('check-in with photos: who, when, flags in words, and the photos open the viewer over the originals', async () => {
  const { mediaLinks } = require('./fixtures')
  const card = render(ids.checkin, {
    payload: {
      activityId: '31',
      checkinId: '77',
      title: '主题党日',
      userId: '200',
      displayName: '赵工',
      flags: ['LATE', 'STALE_PHOTO', 'SOMETHING_NEW'],
      checkedInAt: '2026-03-12T06:31:00Z',
      mediaIds: ['61', '62'],
      images: [mediaLinks('61'), mediaLinks('62'), null],
    },
  })
  expect(text(card, '.kind')).toBe('签到')
  expect(text(card, '.title')).toBe('主题党日')
  expect(text(card, '.who')).toBe('赵工 已签到')
  expect(text(card, '.at')).toBe('签到时间：2026-03-12 14:31')
  expect(card.querySelectorAll('.flag').map((f) => f.dom.textContent)).toEqual(['迟到', '照片非现场拍摄'])
  const photos = card.querySelectorAll('.photo')
  expect(photos.map((p) => p.toJSON().attrs.find((a) => a.name === 'src').value)).toEqual([
    'http://127.0.0.1:8080/api/media/61/thumb?exp=1765000000&sig=t61',
    'http://127.0.0.1:8080/api/media/62/thumb?exp=1765000000&sig=t62',
  ])

  photos[1].dispatchEvent('tap')
  await simulate.sleep(0)
  expect(mock.wx.previewImage).toHaveBeenCalledWith({
    urls: ['http://127.0.0.1:8080/api/media/61/original?exp=1765000000&sig=o61', 'http://127.0.0.1:8080/api/media/62/original?exp=1765000000&sig=o62'],
    current: 'http://127.0.0.1:8080/api/media/62/original?exp=1765000000&sig=o62',
  })
})

test('check-in whose photos were all hidden shows no photo row', () => {
  const card = render(ids.checkin, { payload: { title: '主题党日', displayName: '赵工', mediaIds: ['61'], images: [] } })
  expect(card.querySelector('.photos')).toBeFalsy()
  expect(card.querySelector('.flags')).toBeFalsy()
})

test('progress: photos open in the viewer', async () => {
  const photos = ['https://m.invalid/1.jpg', 'https://m.invalid/2.jpg']
  const card = render(ids.progress, { payload: { title: '阵地建设进展', text: '活动室已完工', photos } })
  expect(text(card, '.title')).toBe('阵地建设进展')
  expect(card.querySelectorAll('.photo')).toHaveLength(2)

  card.querySelectorAll('.photo')[1].dispatchEvent('tap')
  await simulate.sleep(0)
  expect(mock.wx.previewImage).toHaveBeenCalledWith({ urls: photos, current: photos[1] })
})

test('briefing: summary, and the link is copied', async () => {
  const card = render(ids.briefing, {
    payload: { title: '研发费用加计扣除解读', summary: '比例提高到100%', url: 'https://kjj.example.invalid/b/1' },
  })
  expect(text(card, '.kind')).toBe('政策解读')
  expect(text(card, '.summary')).toBe('比例提高到100%')
  card.querySelector('.link').dispatchEvent('tap')
  await simulate.sleep(0)
  expect(mock.wx.setClipboardData).toHaveBeenCalledWith(expect.objectContaining({ data: 'https://kjj.example.invalid/b/1' }))
})

test('briefing: a refused copy says so', async () => {
  const card = render(ids.briefing, { payload: { title: 't', url: 'https://kjj.example.invalid/b/1' } })
  mock.wx.setClipboardData.mockImplementationOnce((o) => setTimeout(() => o.fail({ errMsg: 'setClipboardData:fail' }), 0))
  card.querySelector('.link').dispatchEvent('tap')
  // The refusal arrives on a later tick; under a loaded test run a fixed short sleep is not always enough.
  for (let i = 0; i < 50 && !mock.wx.showToast.mock.calls.length; i += 1) await simulate.sleep(2)
  expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '复制失败，请重试', icon: 'none' })
})

test.each(['system', 'activity', 'checkin', 'progress', 'briefing'])('%s: only a title, or no payload, still renders', (type) => {
  const card = render(ids[type], { payload: { title: '只有标题' } })
  expect(text(card, '.title')).toBe('只有标题')
  const optional = ['.when', '.place', '.at', '.summary', '.link', '.photo', '.text', '.who', '.flag']
  expect(optional.filter((selector) => card.querySelector(selector))).toEqual([])

  const empty = render(ids[type], { payload: null })
  expect(empty.querySelector('.card')).toBeTruthy()
})

test('progress ignores photo entries that are not URLs', () => {
  const card = render(ids.progress, { payload: { title: 't', photos: ['https://m.invalid/1.jpg', null, 3] } })
  expect(card.querySelectorAll('.photo')).toHaveLength(1)
})
