// Plaque decisions in the group chat: a SYSTEM card {kind: PLAQUE, title, text, decision, deadline, note,
// cobuildingId} shows its title, text and note; one ordering a rectification (RECTIFY) offers "提交整改报告" when the
// room says the reader may report (tests/chat-room-plaque.test.js).
const { setup, text, texts } = require('./harness')
const { message, SYSTEM } = require('./fixtures')
const { plaque, plaqueMessage } = require('./rectification-fixtures')
const { messageView, asksRectification } = require('../utils/messages')

const { mock, load, render, settle } = setup()

const ids = {}
beforeAll(() => {
  ids.card = load('packages/chat/components/chat-card-system/index')
})
beforeEach(() => mock.reset())

describe('the card', () => {
  test('title, text and the note; no button unless the room says the reader may report', () => {
    const card = render(ids.card, { payload: plaque('RECTIFY', { note: '活动阵地建设不达标' }) })
    expect(text(card, '.title')).toBe('2027年3月集中评估结果')
    expect(texts(card, '.text')).toEqual(['限期整改，截止 2027-05-31', '说明：活动阵地建设不达标'])
    expect(card.querySelector('.rectify')).toBeFalsy()
  })

  test('提交整改报告 opens the co-building’s rectification', async () => {
    const card = render(ids.card, { payload: plaque('RECTIFY'), canRectify: true })
    expect(text(card, '.rectify')).toBe('提交整改报告')
    card.querySelector('.rectify').dispatchEvent('tap')
    await settle(2)
    expect(mock.wx.navigateTo).toHaveBeenCalledWith({ url: '/packages/cobuilding/rectification?cobuildingId=9' })
  })

  test('a card without a co-building offers no button; a plain system card shows no note', () => {
    expect(render(ids.card, { payload: plaque('RECTIFY', { cobuildingId: null }), canRectify: true }).querySelector('.rectify')).toBeFalsy()
    const plain = render(ids.card, { payload: { title: '先锋号状态变更', text: '已授予牌匾', note: '不是我们的字段' } })
    expect(texts(plain, '.text')).toEqual(['已授予牌匾'])
  })
})

describe('the view of a message', () => {
  test('only a RECTIFY plaque card, not recalled, asks for a report — and offers it only to a reader who may', () => {
    const rectify = plaqueMessage(1, 'RECTIFY')
    expect(asksRectification(rectify)).toBe(true)
    expect(asksRectification(plaqueMessage(2, 'AWARD'))).toBe(false)
    expect(asksRectification({ ...rectify, recalled: true })).toBe(false)
    expect(asksRectification(message(3, { sender: SYSTEM, text: '限期整改' }))).toBe(false)

    expect(messageView(rectify, '100', { rectifies: true })).toMatchObject({ kind: 'card', cardType: 'SYSTEM', canRectify: true })
    expect(messageView(rectify, '100', { rectifies: false }).canRectify).toBe(false)
    expect(messageView(rectify, '100').canRectify).toBe(false)
    expect(messageView(plaqueMessage(2, 'AWARD'), '100', { rectifies: true }).canRectify).toBe(false)
  })
})
