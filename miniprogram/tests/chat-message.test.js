const { setup, text, events } = require('./harness')
const { messageView, pendingView } = require('../utils/messages')
const { message, imageMessage, MYSELF, BUREAU } = require('./fixtures')

const { mock, load, render, simulate } = setup()
const ME = '100'

let id
beforeAll(() => {
  id = load('packages/chat/components/chat-message/index')
})
beforeEach(() => mock.reset())

const show = (view) => render(id, { message: view })

test("others' bubbles are on the left with name and avatar; the bureau is tagged", () => {
  const row = show({ ...messageView(message(3, { sender: BUREAU }), ME), timeLabel: '09:00' })
  expect(row.querySelector('.theirs')).toBeTruthy()
  expect(row.querySelector('.mine')).toBeFalsy()
  expect(text(row, '.time')).toBe('09:00')
  expect(text(row, '.name')).toBe('局联络员张')
  expect(text(row, '.bureau-tag')).toBe('科技局')
  expect(text(row, '.avatar-initial')).toBe('局')
  expect(text(row, '.text')).toBe('消息3')
})

test("an avatar given as the server's path is shown from the API's address", () => {
  const row = show({ ...messageView(message(3), ME), avatarUrl: '/api/avatars/k7' })
  const attrs = row.querySelector('.avatar').toJSON().attrs
  expect(attrs.find((a) => a.name === 'src').value).toBe('http://127.0.0.1:8080/api/avatars/k7')
  expect(row.querySelector('.avatar-initial')).toBeFalsy()
})

test('my bubbles are on the right without a name; a member has no bureau tag', () => {
  const row = show(messageView(message(4, { sender: MYSELF }), ME))
  expect(row.querySelector('.mine')).toBeTruthy()
  expect(row.querySelector('.name')).toBeFalsy()
  expect(row.querySelector('.avatar')).toBeFalsy()
  expect(row.querySelector('.time')).toBeFalsy()

  const theirs = show(messageView(message(5), ME))
  expect(theirs.querySelector('.bureau-tag')).toBeFalsy()
})

test('tombstones and withheld texts', () => {
  expect(text(show(messageView(message(6, { recalled: true, text: null }), ME)), '.tombstone')).toBe('赵工 撤回了一条消息')
  expect(text(show(messageView(message(7, { contentCheck: 'BLOCKED', text: null }), ME)), '.note')).toBe('该消息未通过内容审核')
  expect(text(show(messageView(message(7, { contentCheck: 'PENDING', text: null }), ME)), '.note')).toBe('消息审核中')
  const pendingMine = show(messageView(message(8, { sender: MYSELF, contentCheck: 'PENDING' }), ME))
  expect(text(pendingMine, '.text')).toBe('消息8')
  expect(text(pendingMine, '.checking')).toBe('审核中')
})

test('cards are drawn by their own component; an unknown type by the system card', () => {
  const activity = show(messageView(message(9, { type: 'CARD', cardType: 'ACTIVITY', text: null, payload: { title: '主题党日' } }), ME))
  expect(text(activity.querySelector('.card'), '.kind')).toBe('活动通知')
  expect(text(activity.querySelector('.card'), '.title')).toBe('主题党日')
  expect(activity.querySelector('.bubble')).toBeFalsy()

  const unknown = show(messageView(message(10, { type: 'CARD', cardType: 'VOTE', text: null, payload: { title: '投票开始' } }), ME))
  expect(unknown.querySelector('.card').querySelector('.card-system')).toBeTruthy()
  expect(text(unknown.querySelector('.card'), '.title')).toBe('投票开始')
})

test('an image shows its thumbnail; a tap asks the room for the viewer by seq', async () => {
  const row = show(messageView(imageMessage(11, '51'), ME))
  const attrs = row.querySelector('.image').toJSON().attrs
  expect(attrs.find((a) => a.name === 'src').value).toBe('http://127.0.0.1:8080/api/media/51/thumb?exp=1765000000&sig=t51')
  expect(attrs.find((a) => a.name === 'style').value).toBe('width: 320rpx; height: 240rpx;')
  expect(row.querySelector('.upload-veil')).toBeFalsy()
  const previews = events(row, 'preview')
  row.querySelector('.image').dispatchEvent('tap')
  await simulate.sleep(0)
  expect(previews).toEqual([{ seq: 11 }])
})

test('a hidden image says it did not pass the safety check', () => {
  const row = show(messageView(imageMessage(12, '52', { image: null, contentCheck: 'BLOCKED' }), ME))
  expect(row.querySelector('.image')).toBeFalsy()
  expect(text(row, '.note')).toBe('图片未通过安全检测')
})

test('a photo still uploading shows the phone’s file under a progress ring', async () => {
  const view = pendingView({ clientMsgId: 'dp1', type: 'IMAGE', localPath: 'wxfile://p.jpg', progress: 40, state: 'uploading', createdAt: '2026-03-10T09:00:00+08:00' })
  const row = show(view)
  expect(row.querySelector('.image').toJSON().attrs.find((a) => a.name === 'src').value).toBe('wxfile://p.jpg')
  expect(text(row, '.ring-hole')).toBe('40%')
  expect(text(row, '.uploading')).toBe('上传中')
  const previews = events(row, 'preview')
  row.querySelector('.image').dispatchEvent('tap')
  await simulate.sleep(0)
  expect(previews).toEqual([{ clientMsgId: 'dp1' }])

  const failed = show({ ...view, state: 'failed', progress: null })
  expect(failed.querySelector('.upload-veil')).toBeFalsy()
  expect(text(failed, '.failed')).toBe('发送失败，点击重发')
})

test('a long press on a stored bubble asks for actions by seq', async () => {
  const row = show(messageView(message(12, { sender: MYSELF }), ME))
  const actions = events(row, 'action')
  row.querySelector('.bubble').dispatchEvent('longpress')
  await simulate.sleep(0)
  expect(actions).toEqual([{ seq: 12 }])
})

test('a bubble being sent says so and asks for actions by clientMsgId; a failed one resends on tap', async () => {
  const sending = show(pendingView({ clientMsgId: 'dx1', text: '好的', state: 'sending', createdAt: '' }))
  expect(text(sending, '.sending')).toBe('发送中')
  const actions = events(sending, 'action')
  sending.querySelector('.bubble').dispatchEvent('longpress')

  const failed = show(pendingView({ clientMsgId: 'dx2', text: '好的', state: 'failed', createdAt: '' }))
  const resends = events(failed, 'resend')
  failed.querySelector('.failed').dispatchEvent('tap')
  await simulate.sleep(0)

  expect(actions).toEqual([{ clientMsgId: 'dx1' }])
  expect(resends).toEqual([{ clientMsgId: 'dx2' }])
})
