// Privacy: WeChat's question before a privacy-controlled call is answered through our privacy sheet, what
// the code uses is what the privacy page and app.json declare, and the 隐私政策 page opens the full guide.
const fs = require('fs')
const path = require('path')
const { setup, texts, ROOT } = require('./harness')

const { mock, load, render, settle } = setup()
const privacy = require('../utils/privacy')
const { IN_USE, COMING } = require('../utils/privacy-uses')

const read = (rel) => fs.readFileSync(path.join(ROOT, rel), 'utf8')
const app = JSON.parse(read('app.json'))

let sheetId
let pageId
beforeAll(() => {
  sheetId = load('components/privacy-sheet/index')
  pageId = load('pages/privacy/index')
})
beforeEach(() => {
  mock.reset()
  privacy.reset()
})

// Installs the handler and hands back what WeChat would call before a privacy-controlled API.
function needAuthorization() {
  privacy.install()
  expect(mock.wx.onNeedPrivacyAuthorization).toHaveBeenCalledTimes(1)
  const listener = mock.wx.onNeedPrivacyAuthorization.mock.calls[0][0]
  const resolve = jest.fn()
  listener(resolve, { referrer: 'setClipboardData' })
  return resolve
}

const shown = (sheet) => Boolean(sheet.querySelector('.privacy-sheet'))

describe('the privacy sheet', () => {
  test('shows when WeChat asks; 同意 answers agree with the id of WeChat’s agree button', async () => {
    const sheet = render(sheetId)
    expect(shown(sheet)).toBe(false)

    const resolve = needAuthorization()
    await settle()
    expect(shown(sheet)).toBe(true)
    const agree = sheet.querySelector('.privacy-agree')
    const attrs = Object.fromEntries(agree.toJSON().attrs.map((a) => [a.name, a.value]))
    expect(attrs.openType).toBe('agreePrivacyAuthorization')
    expect(attrs.id).toBe('privacy-agree')

    agree.dispatchEvent('agreeprivacyauthorization')
    await settle()
    expect(resolve).toHaveBeenCalledWith({ event: 'agree', buttonId: 'privacy-agree' })
    expect(shown(sheet)).toBe(false)
  })

  test('不同意 answers disagree and tells the person the feature is unavailable', async () => {
    const sheet = render(sheetId)
    const resolve = needAuthorization()
    await settle()

    sheet.querySelector('.privacy-disagree').dispatchEvent('tap')
    await settle()
    expect(resolve).toHaveBeenCalledWith({ event: 'disagree' })
    expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '未同意隐私保护指引，该功能暂不能使用', icon: 'none' })
    expect(shown(sheet)).toBe(false)
  })

  test('the guide opens from the sheet, and a failure to open it is explained', async () => {
    const sheet = render(sheetId)
    needAuthorization()
    await settle()
    mock.wx.openPrivacyContract.mockImplementationOnce((o) => o.fail({ errMsg: 'openPrivacyContract:fail' }))
    sheet.querySelector('.privacy-contract').dispatchEvent('tap')
    await settle()
    expect(mock.wx.openPrivacyContract).toHaveBeenCalledTimes(1)
    expect(mock.wx.showToast.mock.calls[0][0].title).toMatch(/隐私政策/)
  })

  test('with no sheet on screen the call is refused and the person is told why', () => {
    const resolve = needAuthorization()
    expect(resolve).toHaveBeenCalledWith({ event: 'disagree' })
    expect(mock.wx.showToast).toHaveBeenCalledTimes(1)
  })

  test('app.js installs the handler at launch', () => {
    let config
    global.App = (c) => {
      config = c
    }
    try {
      jest.isolateModules(() => require('../app'))
      mock.wx.onNeedPrivacyAuthorization.mockClear()
      config.onLaunch()
      expect(mock.wx.onNeedPrivacyAuthorization).toHaveBeenCalledTimes(1)
    } finally {
      delete global.App
    }
  })
})

// Privacy-controlled APIs as they appear in source (JS calls, WXML attributes).
const DETECTORS = {
  setClipboardData: /wx\.setClipboardData\(/,
  getClipboardData: /wx\.getClipboardData\(/,
  chooseAvatar: /open-type="chooseAvatar"/,
  nickname: /type="nickname"/,
  scanCode: /wx\.scanCode\(/,
  chooseMedia: /wx\.(chooseMedia|chooseImage|chooseVideo|saveImageToPhotosAlbum)\(|<camera\b/,
  getLocation: /wx\.getLocation\(/,
  chooseLocation: /wx\.chooseLocation\(/,
}
const LOCATION_APIS = ['getLocation', 'chooseLocation']

function sourceFiles(dir = ROOT, found = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!['node_modules', 'tests', 'scripts'].includes(entry.name)) sourceFiles(full, found)
    } else if (/\.(js|wxml)$/.test(entry.name) && entry.name !== 'eslint.config.js') found.push(full)
  }
  return found
}

function usedApis() {
  const used = new Set()
  sourceFiles().forEach((file) => {
    const text = fs.readFileSync(file, 'utf8')
    Object.entries(DETECTORS).forEach(([api, re]) => re.test(text) && used.add(api))
  })
  return used
}

describe('declarations', () => {
  const used = usedApis()
  const declared = new Set(IN_USE.flatMap((u) => u.apis))

  test('app.json turns on WeChat’s privacy check', () => {
    expect(app.__usePrivacyCheck__).toBe(true)
  })

  test('the detectors see what the code uses today', () => {
    expect([...used].sort()).toEqual(expect.arrayContaining(['chooseAvatar', 'nickname', 'scanCode', 'setClipboardData']))
  })

  test('every privacy-controlled API in use is on the privacy page, and nothing listed is unused', () => {
    expect([...used].filter((api) => !declared.has(api))).toEqual([])
    expect([...declared].filter((api) => !used.has(api))).toEqual([])
  })

  test('requiredPrivateInfos lists exactly the location APIs in use', () => {
    const location = LOCATION_APIS.filter((api) => used.has(api)).sort()
    expect([...(app.requiredPrivateInfos || [])].sort()).toEqual(location)
  })

  test('every page that can make a privacy-controlled call carries the privacy sheet', () => {
    const pages = [...app.pages]
    app.subpackages.forEach((sub) => sub.pages.forEach((p) => pages.push(`${sub.root}/${p}`)))
    const missing = pages.filter((p) => usesPrivacy(p) && !/<privacy-sheet\b/.test(read(`${p}.wxml`)))
    expect(missing).toEqual([])
  })

  test('the chat room (copying) and the 消息 tab (the profile sheet) are among the pages that ask', () => {
    expect(usesPrivacy('packages/chat/room')).toBe(true)
    expect(usesPrivacy('pages/conversations/index')).toBe(true)
  })

  test('a page with the photo uploader asks (it picks photos); uploading alone, as the avatar does, does not', () => {
    expect(usesPrivacy('components/photo-uploader/index')).toBe(true)
    expect(usesPrivacy('utils/photo-upload')).toBe(false)
    expect(usesPrivacy('services/auth')).toBe(false)
  })
})

// The page's own files, the modules they require and every component it uses, recursively.
function usesPrivacy(base, seen = new Set()) {
  if (seen.has(base)) return false
  seen.add(base)
  const js = fs.existsSync(path.join(ROOT, `${base}.js`)) ? read(`${base}.js`) : ''
  const wxml = fs.existsSync(path.join(ROOT, `${base}.wxml`)) ? read(`${base}.wxml`) : ''
  if (Object.values(DETECTORS).some((re) => re.test(`${js}\n${wxml}`))) return true
  // A page that copies through a helper module (the chat's clipboard.js) asks as much as one that calls wx itself.
  const required = [...js.matchAll(/require\('(\.{1,2}\/[^']+)'\)/g)].map(([, rel]) =>
    path.posix.join(path.posix.dirname(base), rel).replace(/\.js$/, ''),
  )
  if (required.some((mod) => usesPrivacy(mod, seen))) return true
  const config = path.join(ROOT, `${base}.json`)
  const using = fs.existsSync(config) ? JSON.parse(read(`${base}.json`)).usingComponents || {} : {}
  return Object.values(using).some((target) => {
    const resolved = target.startsWith('/') ? target.slice(1) : path.posix.join(path.posix.dirname(base), target)
    return usesPrivacy(resolved, seen)
  })
}

describe('the 隐私政策 page', () => {
  test('lists what is used and why, and what is not used yet', async () => {
    const page = render(pageId)
    await settle()
    expect(texts(page, '.what')).toEqual([...IN_USE, ...COMING].map((u) => u.what))
    // Nothing is announced any more: photos (相册/摄像头) and location are both declared in use.
    expect(COMING.map((c) => c.id)).toEqual([])
    expect(IN_USE.map((u) => u.id)).toEqual(expect.arrayContaining(['album', 'location']))
  })

  test('opens the full guide, and says so when it cannot', async () => {
    const page = render(pageId)
    page.querySelector('.open-contract').dispatchEvent('tap')
    await settle()
    expect(mock.wx.openPrivacyContract).toHaveBeenCalledTimes(1)

    mock.wx.openPrivacyContract.mockImplementationOnce((o) => o.fail({ errMsg: 'openPrivacyContract:fail' }))
    page.querySelector('.open-contract').dispatchEvent('tap')
    await settle()
    expect(mock.wx.showToast).toHaveBeenCalledWith({ title: '完整的隐私保护指引暂时打不开，请稍后重试', icon: 'none' })
  })
})
