const { setup, text } = require('./harness')
const { json, problem } = require('./wx-mock')

const { mock, load, render, settle, simulate } = setup()

const JOINED = {
  cobuildingId: '9',
  cobuildingName: '闽江大学·海峡新材料先锋号',
  role: 'UNIT_LIAISON',
  unitId: '12',
  unitName: '海峡新材料科技有限公司',
  alreadyMember: false,
}

const PREVIEW = { cobuildingName: '闽江大学·海峡新材料先锋号', leadUnitName: '闽江大学', memberCount: 5, pioneerName: '林先锋' }

let id
beforeAll(() => {
  id = load('packages/cobuilding/join')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
})

function open(options = {}) {
  const page = render(id)
  page.instance.onLoad(options)
  return page
}

async function typeAndJoin(page, value) {
  page.querySelector('.code-input').dispatchEvent('input', { detail: { value } })
  await simulate.sleep(0)
  page.querySelector('.join').dispatchEvent('tap')
  await settle()
}

test('a typed code is normalised, sent, and the result shown', async () => {
  mock.handle(() => json(200, JOINED))
  const page = open()
  await typeAndJoin(page, ' k7m2-qx9p ')

  expect(mock.requests('/api/mp/invitations/join')[0]).toMatchObject({ method: 'POST', data: { code: 'K7M2QX9P' } })
  expect(text(page, '.result-title')).toBe('加入成功')
  expect(text(page, '.result-name')).toBe(JOINED.cobuildingName)
  expect(text(page, '.result-role')).toBe('共建联络员')

  page.querySelector('.open-home').dispatchEvent('tap')
  await simulate.sleep(0)
  expect(mock.wx.redirectTo).toHaveBeenCalledWith({ url: '/packages/cobuilding/home?id=9' })
})

test('joining twice is fine and says so', async () => {
  mock.handle(() => json(200, { ...JOINED, alreadyMember: true }))
  const page = open()
  await typeAndJoin(page, 'K7M2QX9P')
  expect(text(page, '.result-title')).toBe('你已经是成员了')
})

test('a malformed code is caught before calling the server', async () => {
  const page = open()
  await typeAndJoin(page, 'K7M2QX0')
  expect(text(page, '.error')).toBe('邀请码为 8 位字母或数字，请核对')
  expect(mock.wx.request).not.toHaveBeenCalled()
})

test.each([
  [410, 'INVITATION_EXPIRED', '邀请已过期'],
  [410, 'INVITATION_USED_UP', '邀请已用完'],
  [409, 'UNIT_LIAISON_TAKEN', '该单位已有共建联络员'],
  [404, 'INVITATION_NOT_FOUND', '邀请码不存在'],
])('%i %s shows the server title', async (status, code, title) => {
  mock.handle(() => problem(status, code, title))
  const page = open()
  await typeAndJoin(page, 'K7M2QX9P')
  expect(text(page, '.error')).toBe(title)
  expect(page.querySelector('.result-title')).toBeFalsy()
})

test('a shared card prefills the code from ?code= and previews it, without joining', async () => {
  mock.handle(() => json(200, PREVIEW))
  const page = open({ code: 'k7m2qx9p' })
  expect(page.data.input).toBe('K7M2QX9P')
  await settle()
  expect(mock.requests('/api/mp/invitations/K7M2QX9P/preview')).toHaveLength(1)
  expect(mock.requests('/api/mp/invitations/join')).toHaveLength(0) // the user still confirms
  expect(text(page, '.preview-name')).toBe(PREVIEW.cobuildingName)
})

test('a scanned mini-program code prefills the code from the encoded scene', () => {
  const page = open({ scene: 'inv%3DK7M2QX9P' })
  expect(page.data.input).toBe('K7M2QX9P')
})

test('scanning previews the code in the result path; 加入 then joins with it', async () => {
  mock.answerScan({ scanType: 'WX_CODE', result: '', path: 'packages/cobuilding/join?scene=inv%3DK7M2QX9P' })
  mock.handle((req) => (req.path.endsWith('/preview') ? json(200, PREVIEW) : json(200, JOINED)))
  const page = open()
  page.querySelector('.scan').dispatchEvent('tap')
  await settle()

  expect(mock.wx.scanCode).toHaveBeenCalledTimes(1)
  expect(text(page, '.preview-name')).toBe(PREVIEW.cobuildingName)
  expect(mock.requests('/api/mp/invitations/join')).toHaveLength(0)

  page.querySelector('.join').dispatchEvent('tap')
  await settle()
  expect(mock.requests('/api/mp/invitations/join')[0].data).toEqual({ code: 'K7M2QX9P' })
  expect(text(page, '.result-title')).toBe('加入成功')
})

test('scanning something else explains; cancelling says nothing', async () => {
  mock.answerScan({ scanType: 'QR_CODE', result: 'https://example.invalid/other' })
  const page = open()
  page.querySelector('.scan').dispatchEvent('tap')
  await settle()
  expect(text(page, '.error')).toBe('没有识别到邀请码，请扫描先锋号的邀请码')
  expect(mock.wx.request).not.toHaveBeenCalled()

  mock.answerScan({ fail: 'scanCode:fail cancel' })
  const other = open()
  other.querySelector('.scan').dispatchEvent('tap')
  await settle()
  expect(other.querySelector('.error')).toBeFalsy()
})

describe('preview before joining', () => {
  test('a complete code shows what it admits to above the 加入 button; no phone, no ids', async () => {
    mock.handle((req) => (req.path.endsWith('/preview') ? json(200, PREVIEW) : json(200, JOINED)))
    const page = open()
    expect(page.querySelector('.code-input').toJSON().attrs.find((a) => a.name === 'placeholder').value).toBe(
      '输入收到的 8 位邀请码',
    )
    page.querySelector('.code-input').dispatchEvent('input', { detail: { value: 'k7m2-qx9' } })
    await settle()
    expect(mock.requests()).toHaveLength(0) // 7 characters: not a code yet

    page.querySelector('.code-input').dispatchEvent('input', { detail: { value: 'k7m2-qx9p' } })
    await settle()
    expect(mock.requests()).toEqual([expect.objectContaining({ method: 'GET', path: '/api/mp/invitations/K7M2QX9P/preview' })])
    expect(text(page, '.preview-name')).toBe('闽江大学·海峡新材料先锋号')
    expect(text(page, '.preview-lead')).toBe('牵头单位：闽江大学')
    expect(text(page, '.preview-count')).toBe('已有 5 位成员')
    expect(text(page, '.preview-pioneer')).toBe('科技党建先锋：林先锋')
    // The preview comes before the button in the page.
    const order = page.querySelector('.preview').dom.compareDocumentPosition(page.querySelector('.join').dom)
    expect(order & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  test('a co-building without a pioneer name shows no pioneer line', async () => {
    mock.handle(() => json(200, { ...PREVIEW, pioneerName: null }))
    const page = open({ code: 'K7M2QX9P' })
    await settle()
    expect(page.querySelector('.preview-pioneer')).toBeFalsy()
  })

  test('a code the server refuses shows its reason instead of a preview', async () => {
    mock.handle(() => problem(429, 'TOO_MANY_ATTEMPTS', '尝试次数过多，请稍后再试'))
    const page = open({ code: 'K7M2QX9P' })
    await settle()
    expect(text(page, '.error')).toBe('尝试次数过多，请稍后再试')
    expect(page.querySelector('.preview-name')).toBeFalsy()
  })
})

describe('who is who after joining', () => {
  const sheetShown = (page) => Boolean(page.querySelector('.profile-sheet').querySelector('.sheet'))

  test('a first join without a nickname offers the profile sheet, once', async () => {
    mock.storage.set('user', { id: '1', nickname: '' })
    mock.handle((req) => (req.path.endsWith('/preview') ? json(200, PREVIEW) : json(200, JOINED)))
    const page = open()
    await typeAndJoin(page, 'K7M2QX9P')
    expect(text(page, '.result-title')).toBe('加入成功')
    expect(sheetShown(page)).toBe(true)

    const second = open()
    await typeAndJoin(second, 'K7M2QX9P')
    expect(sheetShown(second)).toBe(false)
  })

  test('someone with a nickname is not asked', async () => {
    mock.storage.set('user', { id: '1', nickname: '小林' })
    mock.handle((req) => (req.path.endsWith('/preview') ? json(200, PREVIEW) : json(200, JOINED)))
    const page = open()
    await typeAndJoin(page, 'K7M2QX9P')
    expect(sheetShown(page)).toBe(false)
  })
})
