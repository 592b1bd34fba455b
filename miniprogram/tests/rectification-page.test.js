// 限期整改: the rectification with its deadline and status for every member; the report form for the pioneer and
// unit liaisons — text 1–2000 with a counter, up to nine photos uploaded for RECTIFICATION, one clientId kept in
// storage until the server confirms (retries and restarts never send twice), the form kept on every failure, and
// each refusal said in Chinese.
const { setup, text, texts } = require('./harness')
const { json, problem, networkFail } = require('./wx-mock')
const { cobuildingView, ME } = require('./fixtures')
const { inDays, rectificationView, submittedView, review } = require('./rectification-fixtures')

const { mock, load, render, settle } = setup()
const BASE = '/api/mp/cobuildings/9'
const RECT = `${BASE}/rectification`
const REPORT = `${RECT}/report`

let id
// Every page a test opened is closed after it, as the phone would: a draft timer left running would otherwise fire
// into the next test's storage.
let opened = []
beforeAll(() => {
  id = load('packages/cobuilding/rectification')
})
beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
  mock.storage.set('user', ME)
})
afterEach(() => {
  opened.forEach((page) => page.detach())
  opened = []
})

// A server holding co-building 9 (the reader's role in it) and its rectification; `routes` override by "METHOD path".
function server({ role = 'PIONEER', rectification = rectificationView(), routes = {} } = {}) {
  mock.handle((req) => {
    const route = routes[`${req.method} ${req.path}`]
    if (route) return route(req)
    if (req.method === 'GET' && req.path === BASE) return json(200, cobuildingView({ myRole: role, status: 'RECTIFYING' }))
    if (req.method === 'GET' && req.path === RECT) return json(200, rectification)
    return problem(404, 'NOT_FOUND', '资源不存在')
  })
}

async function open() {
  const page = render(id)
  let attached = true
  const detach = page.detach.bind(page)
  page.detach = () => {
    if (attached) detach()
    attached = false
  }
  opened.push(page)
  page.instance.onLoad({ cobuildingId: '9' })
  await settle()
  return page
}

async function type(page, value) {
  page.querySelector('.text-input').dispatchEvent('input', { detail: { value } })
  await settle(2)
}

async function tap(page, selector) {
  page.querySelector(selector).dispatchEvent('tap')
  await settle()
}

const attr = (node, name) => {
  const a = node.toJSON().attrs.find((x) => x.name === name)
  return a ? a.value : undefined
}
const puts = () => mock.requests(REPORT).filter((r) => r.method === 'PUT')
const kept = () => mock.storage.get('rectification.report.100.9.31')

describe('what every member sees', () => {
  test('an open rectification: the evaluation, the deadline with the days left, 待提交, and the form', async () => {
    server()
    const page = await open()
    expect(text(page, '.occasion')).toBe('2027年3月集中评估')
    expect(text(page, '.rect-status')).toBe('待提交')
    expect(text(page, '.deadline')).toBe(`整改截止：${inDays(10)}`)
    expect(text(page, '.days-left')).toBe('还剩 10 天')
    expect(text(page, '.ordered')).toBe('下达日期：2027-03-20')
    expect(text(page, '.counter')).toBe('0/2000')
    expect(text(page, '.report-form .section-title')).toBe('提交整改报告')
    expect(page.querySelector('.report')).toBeFalsy()
    expect(mock.wx.setNavigationBarTitle).toHaveBeenCalledWith({ title: '2027年3月集中评估 · 整改' })
  })

  test('the last day says 今天截止', async () => {
    server({ rectification: rectificationView({ deadline: inDays(0) }) })
    const page = await open()
    expect(text(page, '.days-left')).toBe('今天截止')
    expect(page.querySelector('.report-form')).toBeTruthy()
  })

  test('a submitted report shows its text, photos and who sent it; the photos open the viewer', async () => {
    server({ rectification: submittedView() })
    const page = await open()
    expect(text(page, '.rect-status')).toBe('已提交')
    expect(text(page, '.report-text')).toBe('活动室已按“八有”标准整改完毕')
    expect(text(page, '.submitted')).toBe('林先锋 2027-04-02 15:30 提交')
    expect(text(page, '.days-left')).toBe('还剩 10 天')
    const photos = page.querySelectorAll('.photo')
    expect(photos).toHaveLength(2)
    photos[1].dispatchEvent('tap')
    await settle(2)
    expect(mock.wx.previewImage).toHaveBeenCalledWith({
      urls: ['http://127.0.0.1:8080/api/media/81/original?exp=1765000000&sig=o81', 'http://127.0.0.1:8080/api/media/82/original?exp=1765000000&sig=o82'],
      current: 'http://127.0.0.1:8080/api/media/82/original?exp=1765000000&sig=o82',
    })
    // Already sent: the pioneer may replace it, but the form waits for that choice.
    expect(page.querySelector('.report-form')).toBeFalsy()
    expect(text(page, '.edit')).toBe('修改并重新提交')
  })

  test.each([
    ['PASSED', '已通过', '整改到位，恢复授牌', null],
    ['FAILED', '未通过', '问题未整改，摘牌', null],
  ])('a reviewed rectification (%s) shows %s with the review and no form', async (status, label, comment) => {
    server({ rectification: submittedView({ status, review: review(status === 'PASSED', { comment }) }) })
    const page = await open()
    expect(text(page, '.rect-status')).toBe(label)
    expect(text(page, '.review-comment')).toBe(comment)
    expect(text(page, '.reviewed')).toBe('复核日期：2027-04-10（张联络）')
    expect(page.querySelector('.days-left')).toBeFalsy()
    expect(page.querySelector('.report-form')).toBeFalsy()
    expect(page.querySelector('.edit')).toBeFalsy()
  })

  test.each([
    ['past its deadline', rectificationView({ deadline: inDays(-2) }), '已超过截止日期 2 天'],
    ['flagged by the server', rectificationView({ deadline: inDays(-1), overdue: true, overdueAt: '2027-05-01T00:10:00+08:00' }), '已超过截止日期 1 天'],
  ])('an open rectification %s is 已逾期, without a form', async (_, rectification, days) => {
    server({ rectification })
    const page = await open()
    expect(text(page, '.rect-status')).toBe('已逾期')
    expect(text(page, '.days-left')).toBe(days)
    expect(text(page, '.overdue-note')).toBe('整改报告未在截止日期前提交，请联系局共建联络员。')
    expect(page.querySelector('.report-form')).toBeFalsy()
  })

  test('a co-building never ordered to rectify says so', async () => {
    server({ routes: { [`GET ${RECT}`]: () => problem(404, 'RECTIFICATION_NOT_FOUND', '整改不存在') } })
    const page = await open()
    expect(text(page, '.none')).toBe('本先锋号目前没有整改任务')
    expect(page.querySelector('.report-form')).toBeFalsy()
  })

  test('someone else’s co-building is not shown; 重试 loads again', async () => {
    server({ routes: { [`GET ${BASE}`]: () => problem(404, 'COBUILDING_NOT_FOUND', '先锋号不存在') } })
    const page = await open()
    expect(text(page, '.error-title')).toBe('先锋号不存在，或你已不在该先锋号中')
    server()
    await tap(page, '.retry')
    expect(text(page, '.rect-status')).toBe('待提交')
  })

  test('a report sent in time is reviewed after the deadline: it can no longer be replaced', async () => {
    server({ rectification: submittedView({ deadline: inDays(-1) }) })
    const page = await open()
    expect(text(page, '.rect-status')).toBe('已提交')
    expect(text(page, '.deadline')).toBe(`整改截止：${inDays(-1)}`)
    expect(page.querySelector('.days-left')).toBeFalsy()
    expect(page.querySelector('.edit')).toBeFalsy()
    expect(page.querySelector('.report-form')).toBeFalsy()
  })

  test('a member who is neither pioneer nor unit liaison reads it but gets no form', async () => {
    server({ role: 'MEMBER', rectification: submittedView({ canSubmit: false }) })
    let page = await open()
    expect(text(page, '.report-text')).toBe('活动室已按“八有”标准整改完毕')
    expect(page.querySelector('.edit')).toBeFalsy()
    expect(page.querySelector('.report-form')).toBeFalsy()
    expect(text(page, '.reporter-note')).toBe('整改报告由科技党建先锋或共建联络员提交。')

    server({ role: 'MEMBER', rectification: rectificationView({ canSubmit: false }) })
    page = await open()
    expect(text(page, '.rect-status')).toBe('待提交')
    expect(page.querySelector('.report-form')).toBeFalsy()
  })

  test('the server’s canSubmit decides: a pioneer it refuses gets no form, and no note about who reports', async () => {
    server({ rectification: rectificationView({ canSubmit: false }) })
    const page = await open()
    expect(text(page, '.rect-status')).toBe('待提交')
    expect(page.querySelector('.report-form')).toBeFalsy()
    expect(page.querySelector('.reporter-note')).toBeFalsy()
  })

  test('the bureau’s order note shows with the rectification', async () => {
    server({ rectification: rectificationView({ orderNote: '活动阵地标识不全，请补齐' }) })
    const page = await open()
    expect(text(page, '.order-note')).toBe('整改要求：活动阵地标识不全，请补齐')
  })

  test('a unit liaison gets the form', async () => {
    server({ role: 'UNIT_LIAISON' })
    const page = await open()
    expect(page.querySelector('.report-form')).toBeTruthy()
    expect(page.querySelector('.reporter-note')).toBeFalsy()
  })
})

describe('the report form', () => {
  test('an empty text is not sent', async () => {
    server()
    const page = await open()
    await type(page, '   ')
    await tap(page, '.submit')
    expect(text(page, '.error-text')).toBe('请填写整改情况')
    expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '请填写整改情况', icon: 'none' })
    expect(puts()).toHaveLength(0)
  })

  test('more than 2000 characters turns the counter red and is not sent; 2000 is', async () => {
    server({ routes: { [`PUT ${REPORT}`]: () => json(200, submittedView()) } })
    const page = await open()
    await type(page, '整'.repeat(2001))
    expect(text(page, '.counter')).toBe('2001/2000')
    expect(page.querySelector('.counter').dom.className).toContain('over')
    await tap(page, '.submit')
    expect(text(page, '.error-text')).toBe('整改情况不超过 2000 字（现 2001 字）')
    expect(puts()).toHaveLength(0)

    await type(page, '整'.repeat(2000))
    expect(page.querySelector('.error-text')).toBeFalsy()
    await tap(page, '.submit')
    expect(puts()).toHaveLength(1)
  })

  test('more than nine photos, a photo still uploading or a failed one hold the report back', async () => {
    server()
    const page = await open()
    await type(page, '已整改')
    const cases = [
      [{ mediaIds: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'], uploading: false, failed: false }, '照片最多 9 张'],
      [{ mediaIds: ['1'], uploading: true, failed: false }, '照片还在上传，请稍候'],
      [{ mediaIds: ['1'], uploading: false, failed: true }, '有照片没有上传成功，请点照片重试或删除'],
    ]
    for (const [detail, message] of cases) {
      page.instance.onPhotos({ detail })
      await page.instance.onSubmit()
      await settle(2)
      expect(text(page, '.error-photos')).toBe(message)
    }
    expect(puts()).toHaveLength(0)
  })

  test('photos upload for RECTIFICATION with their progress; the report carries the text, the photos and a clientId', async () => {
    let release
    const held = new Promise((resolve) => {
      release = resolve
    })
    server({
      routes: {
        'POST /api/mp/media': () => held.then(() => ({ ...json(201, { id: '701', purpose: 'RECTIFICATION' }), progress: [40, 100] })),
        [`PUT ${REPORT}`]: () => json(200, submittedView({}, { text: '活动室已整改', photos: [] })),
      },
    })
    const page = await open()
    await type(page, '  活动室已整改  ')
    mock.answerChooseMedia(['wxfile://tmp/r1.jpg'])
    page.querySelector('.uploader').querySelector('.add').dispatchEvent('tap')
    await settle()
    expect(mock.requests('/api/mp/media')[0].formData).toEqual({ purpose: 'RECTIFICATION' })
    // While it uploads: the hint, the ring on the photo, and a submit that waits.
    expect(text(page, '.uploading-hint')).toBe('照片上传中（已完成 0 张），完成后即可提交')
    expect(attr(page.querySelector('.submit'), 'disabled')).toBe(true)
    expect(page.querySelector('.uploader').querySelector('.ring-hole')).toBeTruthy()

    release()
    await settle(30)
    expect(page.querySelector('.uploading-hint')).toBeFalsy()
    await tap(page, '.submit')
    expect(puts()[0].data).toEqual({ text: '活动室已整改', mediaIds: ['701'], clientId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/) })
    expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '整改报告已提交', icon: 'success' })
    // The server's answer is shown; nothing is kept any more.
    expect(text(page, '.rect-status')).toBe('已提交')
    expect(text(page, '.report-text')).toBe('活动室已整改')
    expect(page.querySelector('.report-form')).toBeFalsy()
    expect(kept()).toBeUndefined()
  })

  test('a report whose answer was lost goes again with the same clientId; a double tap sends once', async () => {
    let attempts = 0
    server({
      routes: {
        [`PUT ${REPORT}`]: () => {
          attempts += 1
          return attempts === 1 ? networkFail() : json(200, submittedView())
        },
      },
    })
    const page = await open()
    await type(page, '已整改')
    const button = page.querySelector('.submit')
    button.dispatchEvent('tap')
    button.dispatchEvent('tap')
    await settle()
    expect(puts()).toHaveLength(1)
    expect(text(page, '.banner')).toBe('网络不佳，整改报告未确认提交，请再点一次（不会重复提交）')
    expect(text(page, '.submit')).toBe('重试提交')
    // The form is as it was.
    expect(page.instance.data.text).toBe('已整改')

    await tap(page, '.submit')
    const ids = puts().map((r) => r.data.clientId)
    expect(ids).toHaveLength(2)
    expect(ids[1]).toBe(ids[0])
    expect(text(page, '.rect-status')).toBe('已提交')
  })

  test('the text and the clientId survive a restart of the app until the server confirms', async () => {
    server({ routes: { [`PUT ${REPORT}`]: () => networkFail() } })
    let page = await open()
    await type(page, '整改报告第一稿')
    await tap(page, '.submit')
    const first = puts()[0].data.clientId
    expect(kept()).toEqual({ clientId: first, text: '整改报告第一稿' })
    page.detach()

    // The app was closed; the person opens the page again on a better signal.
    server({ routes: { [`PUT ${REPORT}`]: () => json(200, submittedView()) } })
    page = await open()
    expect(page.instance.data.text).toBe('整改报告第一稿')
    expect(text(page, '.counter')).toBe('7/2000')
    await tap(page, '.submit')
    expect(puts()[1].data).toEqual({ text: '整改报告第一稿', mediaIds: [], clientId: first })
    expect(kept()).toBeUndefined()
  })

  test('typing is kept once it pauses, for that person only', async () => {
    server()
    const page = await open()
    await type(page, '先写一半')
    await new Promise((resolve) => setTimeout(resolve, 450))
    expect(kept()).toEqual({ text: '先写一半' })
    page.detach()

    mock.storage.set('user', { id: '101', nickname: '王老师' })
    const other = await open()
    expect(other.instance.data.text).toBe('')
  })

  test.each([
    [problem(409, 'RECTIFICATION_DEADLINE_PASSED', '整改期限已过'), '整改期限已过，不能再提交整改报告，请联系局共建联络员'],
    [problem(404, 'RECTIFICATION_NOT_FOUND', '整改不存在'), '当前没有需要提交的整改任务，已为你刷新'],
    [problem(409, 'PLAQUE_TRANSITION_INVALID', '状态不允许此操作'), '整改状态已变化（可能已经复核），已为你刷新'],
    [problem(409, 'RECTIFICATION_CLOSED', '整改已复查，不能再提交整改报告'), '整改已复核，不能再提交整改报告，已为你刷新'],
    [problem(422, 'CONTENT_RISKY', '内容未通过安全检查'), '整改情况未通过微信安全检查，请修改文字后再提交'],
    [problem(503, 'WX_UNAVAILABLE', '微信服务暂时不可用'), '微信内容检查暂时不可用，报告未提交，请稍后再点一次（不会重复提交）'],
    [problem(429, 'RATE_LIMITED', '操作过于频繁'), '操作太频繁，请稍后再点一次（不会重复提交）'],
    [problem(422, 'IMAGE_UNREADABLE', '图片无法读取'), '有照片无法读取，请删除后换一张'],
    [problem(415, 'MEDIA_TYPE_UNSUPPORTED', '不支持该文件类型'), '只支持 JPG 或 PNG 照片，请删除后换一张'],
    [problem(403, 'FORBIDDEN', '没有权限'), '只有科技党建先锋和共建联络员可以提交整改报告'],
    [problem(404, 'COBUILDING_NOT_FOUND', '先锋号不存在'), '先锋号不存在，或你已不在该先锋号中'],
    [problem(500, 'INTERNAL_ERROR', '服务器开小差了，请稍后重试'), '服务暂时不可用，整改报告未确认提交，请稍后再点一次（不会重复提交）'],
    [problem(422, 'VALIDATION_FAILED', '提交的内容未通过校验'), '提交的内容未通过校验'],
  ])('a refusal (%#) is said in Chinese and the text stays', async (reply, message) => {
    server({ routes: { [`PUT ${REPORT}`]: () => reply } })
    const page = await open()
    await type(page, '已整改')
    await tap(page, '.submit')
    expect(text(page, '.banner')).toBe(message)
    expect(page.instance.data.text).toBe('已整改')
  })

  test('the deadline passing hides the form, even on the last day by the phone’s calendar', async () => {
    server({
      rectification: rectificationView({ deadline: inDays(0) }),
      routes: { [`PUT ${REPORT}`]: () => problem(409, 'RECTIFICATION_DEADLINE_PASSED', '整改期限已过') },
    })
    const page = await open()
    await type(page, '已整改')
    await tap(page, '.submit')
    expect(mock.requests(RECT)).toHaveLength(2) // looked again
    expect(text(page, '.banner')).toBe('整改期限已过，不能再提交整改报告，请联系局共建联络员')
    expect(page.querySelector('.report-form')).toBeFalsy()
    expect(kept()).toBeUndefined()
  })

  test('a report after the review is refused as closed: the review shows and the kept text goes', async () => {
    let reviewed = false
    server({
      routes: {
        [`GET ${RECT}`]: () =>
          json(200, reviewed ? submittedView({ status: 'PASSED', review: review(true, { comment: '整改到位' }) }) : rectificationView()),
        [`PUT ${REPORT}`]: () => {
          reviewed = true
          return problem(409, 'RECTIFICATION_CLOSED', '整改已复查，不能再提交整改报告')
        },
      },
    })
    const page = await open()
    await type(page, '已整改')
    await tap(page, '.submit')
    expect(text(page, '.banner')).toBe('整改已复核，不能再提交整改报告，已为你刷新')
    expect(text(page, '.rect-status')).toBe('已通过')
    expect(text(page, '.review-comment')).toBe('整改到位')
    expect(page.querySelector('.report-form')).toBeFalsy()
    expect(kept()).toBeUndefined()
  })

  test('the server’s field errors land on the text and the photos', async () => {
    const reply = problem(422, 'VALIDATION_FAILED', '提交的内容未通过校验')
    reply.data.errors = { text: '整改情况不能为空', 'mediaIds[0]': '照片须是你本人为整改上传的图片' }
    server({ routes: { [`PUT ${REPORT}`]: () => reply } })
    const page = await open()
    await type(page, '已整改')
    await tap(page, '.submit')
    expect(text(page, '.error-text')).toBe('整改情况不能为空')
    expect(text(page, '.error-photos')).toBe('照片须是你本人为整改上传的图片')
    expect(page.querySelector('.banner')).toBeFalsy()
  })

  test('a sent report is replaced: 修改并重新提交 starts from its text; 取消修改 leaves it', async () => {
    server({
      rectification: submittedView(),
      routes: { [`PUT ${REPORT}`]: (req) => json(200, submittedView({}, { text: req.data.text, submittedAt: '2027-04-03T08:00:00+08:00' })) },
    })
    const page = await open()
    await tap(page, '.edit')
    expect(text(page, '.report-form .section-title')).toBe('重新提交整改报告')
    expect(text(page, '.replace-note')).toBe('重新提交将替换已提交的报告和照片。')
    expect(page.instance.data.text).toBe('活动室已按“八有”标准整改完毕')
    await tap(page, '.cancel-edit')
    expect(page.querySelector('.report-form')).toBeFalsy()

    await tap(page, '.edit')
    await type(page, '活动室已整改，另补充了制度上墙')
    expect(text(page, '.submit')).toBe('重新提交')
    await tap(page, '.submit')
    expect(puts()[0].data.text).toBe('活动室已整改，另补充了制度上墙')
    expect(text(page, '.report-text')).toBe('活动室已整改，另补充了制度上墙')
    expect(texts(page, '.submitted')).toEqual(['林先锋 2027-04-03 08:00 提交'])
    expect(page.querySelector('.report-form')).toBeFalsy()
  })

  test('opened without a co-building, the page says where to come from', async () => {
    const page = render(id)
    page.instance.onLoad({})
    await settle()
    expect(text(page, '.error-title')).toBe('请从先锋号主页打开整改')
    expect(mock.requests()).toHaveLength(0)
  })
})
