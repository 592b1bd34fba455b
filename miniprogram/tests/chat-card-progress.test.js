// The progress card (goal.ProgressReported in the group chat): who and how far, the task and its goal, the
// percent bar, the note, photos from the signed `images` opening the viewer; tapping the card opens the task.
// Older cards ({title, text, photos: [url]}) still render and open nothing.
const { setup, text } = require('./harness')

const { mock, load, render, settle } = setup()

let id
beforeAll(() => {
  id = load('packages/chat/components/chat-card-progress/index')
})
beforeEach(() => mock.reset())

const payload = (overrides = {}) => ({
  reportId: '61',
  taskId: '51',
  goalId: '41',
  category: 'BASE',
  title: '装修党员活动室',
  goalTitle: '建成标准化党建阵地',
  userId: '101',
  displayName: '王老师',
  percent: 60,
  note: '主体装修完成',
  text: '王老师 更新进展至 60%',
  reportedAt: '2026-03-10T02:00:00Z',
  mediaIds: ['701', '702'],
  images: [
    { id: '701', url: '/api/media/701/original?sig=a', thumbUrl: '/api/media/701/thumb?sig=b' },
    { id: '702', url: '/api/media/702/original?sig=a', thumbUrl: '/api/media/702/thumb?sig=b' },
  ],
  ...overrides,
})

const srcOf = (node) => node.toJSON().attrs.find((a) => a.name === 'src').value

test('who, task, goal, percent bar, note, time and the photos from images', () => {
  const card = render(id, { payload: payload() })
  expect(text(card, '.title')).toBe('装修党员活动室')
  expect(text(card, '.goal')).toBe('阵地 · 建成标准化党建阵地')
  expect(text(card, '.who')).toBe('王老师 更新进展至 60%')
  expect(card.querySelector('.bar-fill').dom.getAttribute('style')).toContain('width: 60%')
  expect(text(card, '.note')).toBe('主体装修完成')
  expect(text(card, '.at')).toBe('2026-03-10 10:00')
  const photos = card.querySelectorAll('.photo')
  expect(photos.map(srcOf)).toEqual(['http://127.0.0.1:8080/api/media/701/thumb?sig=b', 'http://127.0.0.1:8080/api/media/702/thumb?sig=b'])
})

test('a photo opens the viewer over the originals, not the task', async () => {
  const card = render(id, { payload: payload() })
  card.querySelectorAll('.photo')[1].dispatchEvent('tap')
  await settle()
  expect(mock.wx.previewImage).toHaveBeenCalledWith({
    urls: ['http://127.0.0.1:8080/api/media/701/original?sig=a', 'http://127.0.0.1:8080/api/media/702/original?sig=a'],
    current: 'http://127.0.0.1:8080/api/media/702/original?sig=a',
  })
  expect(mock.wx.navigateTo).not.toHaveBeenCalled()
})

test('tapping the card opens the task', async () => {
  const card = render(id, { payload: payload() })
  card.querySelector('.card').dispatchEvent('tap')
  await settle()
  expect(mock.wx.navigateTo).toHaveBeenCalledWith({ url: '/packages/goal/task?id=51' })
})

test('without photos (all hidden) no photo row; without text the line is made from name and percent', () => {
  const card = render(id, { payload: payload({ images: [], text: undefined, note: '' }) })
  expect(card.querySelector('.photos')).toBeFalsy()
  expect(card.querySelector('.note')).toBeFalsy()
  expect(text(card, '.who')).toBe('王老师 更新进展至 60%')
})

test('an older card renders its title, text and photo URLs, and opens nothing', async () => {
  const photos = ['https://m.invalid/1.jpg', 'https://m.invalid/2.jpg']
  const card = render(id, { payload: { title: '阵地建设进展', text: '活动室已完工', photos } })
  expect(text(card, '.title')).toBe('阵地建设进展')
  expect(text(card, '.text')).toBe('活动室已完工')
  expect(card.querySelector('.bar')).toBeFalsy()
  expect(card.querySelectorAll('.photo').map(srcOf)).toEqual(photos)
  card.querySelector('.card').dispatchEvent('tap')
  await settle()
  expect(mock.wx.navigateTo).not.toHaveBeenCalled()
})
