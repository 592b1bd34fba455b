// Hand-written `wx` for tests: every API a jest.fn, storage in a Map, and the
// network answered by a per-test handler so each test scripts its own server.
//
// A handler gets {method, url, path, data, header, filePath, name, formData}
// and returns one of the reply helpers below. Replies arrive on a later tick,
// as on a phone, so concurrent requests really overlap.

const BASE_URL = 'http://127.0.0.1:8080' // config/index.js's 'develop' entry

const json = (statusCode, data, extra = {}) => ({ statusCode, data, ...extra })
const noContent = () => ({ statusCode: 204, data: '' })
const text = (statusCode, body) => ({ statusCode, data: body, header: { 'Content-Type': 'text/html' } })
const networkFail = (errMsg = 'request:fail timeout') => ({ fail: errMsg })
const problem = (status, code, title, detail = '', extra = {}) => ({
  statusCode: status,
  header: { 'Content-Type': 'application/problem+json' },
  data: { type: 'about:blank', title, status, detail, code, requestId: `req-${code}` },
  ...extra,
})

function createWxMock() {
  const storage = new Map()
  const noHandler = (req) => {
    throw new Error(`no request handler set for ${req.method} ${req.path}`)
  }
  let handler = noHandler
  let loginCount = 0
  // Answers of the dialogs a test scripts: showModal's confirm, scanCode's result.
  let modalConfirms = true
  let scanReply = { fail: 'scanCode:fail cancel' }

  function describe(opts) {
    return {
      method: opts.method || 'POST',
      url: opts.url,
      path: opts.url.startsWith(BASE_URL) ? opts.url.slice(BASE_URL.length) : opts.url,
      data: opts.data,
      header: opts.header || {},
      filePath: opts.filePath,
      name: opts.name,
      formData: opts.formData,
    }
  }

  function deliver(opts, reply, asString) {
    setTimeout(() => {
      if (reply.fail) {
        opts.fail({ errMsg: reply.fail })
        return
      }
      // wx.uploadFile never parses the body; wx.request hands back parsed JSON.
      const data = asString && typeof reply.data !== 'string' ? JSON.stringify(reply.data) : reply.data
      opts.success({ statusCode: reply.statusCode, data, header: reply.header || {} })
    }, reply.delay || 0)
  }

  const wx = {
    getStorageSync: jest.fn((key) => (storage.has(key) ? storage.get(key) : '')),
    setStorageSync: jest.fn((key, value) => {
      storage.set(key, value)
    }),
    removeStorageSync: jest.fn((key) => {
      storage.delete(key)
    }),
    clearStorageSync: jest.fn(() => {
      storage.clear()
    }),
    getAccountInfoSync: jest.fn(() => ({
      miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' },
    })),
    login: jest.fn((opts) => {
      loginCount += 1
      const code = `code-${loginCount}`
      setTimeout(() => opts.success({ code, errMsg: 'login:ok' }), 0)
    }),
    request: jest.fn((opts) => {
      deliver(opts, handler(describe({ method: 'GET', ...opts })), false)
      return { abort: jest.fn() }
    }),
    uploadFile: jest.fn((opts) => {
      deliver(opts, handler(describe(opts)), true)
      return { abort: jest.fn() }
    }),
    showModal: jest.fn((opts) => {
      setTimeout(() => opts.success && opts.success({ confirm: modalConfirms, cancel: !modalConfirms }), 0)
    }),
    scanCode: jest.fn((opts) => {
      const reply = scanReply
      setTimeout(() => (reply.fail ? opts.fail && opts.fail({ errMsg: reply.fail }) : opts.success(reply)), 0)
    }),
    showToast: jest.fn(),
    showLoading: jest.fn(),
    hideLoading: jest.fn(),
    stopPullDownRefresh: jest.fn(),
    navigateTo: jest.fn(),
    redirectTo: jest.fn(),
    switchTab: jest.fn(),
    navigateBack: jest.fn(),
    setNavigationBarTitle: jest.fn(),
    setClipboardData: jest.fn((opts) => setTimeout(() => opts.success && opts.success({}), 0)),
  }

  return {
    wx,
    storage,
    /** Sets the function that answers wx.request and wx.uploadFile. */
    handle(fn) {
      handler = fn
    },
    /** Requests sent so far, optionally only those to one path. */
    requests(path) {
      const all = [...wx.request.mock.calls, ...wx.uploadFile.mock.calls].map(([opts]) =>
        describe({ method: opts.filePath ? 'POST' : 'GET', ...opts }),
      )
      return path ? all.filter((r) => r.path === path) : all
    },
    /** What wx.showModal answers until reset: true = the user taps confirm. */
    answerModal(confirm) {
      modalConfirms = confirm
    },
    /** What wx.scanCode answers: a result like {path, result, scanType}, or {fail: errMsg}. */
    answerScan(reply) {
      scanReply = reply
    },
    reset() {
      storage.clear()
      handler = noHandler
      loginCount = 0
      modalConfirms = true
      scanReply = { fail: 'scanCode:fail cancel' }
      Object.values(wx).forEach((fn) => fn.mockClear())
    },
  }
}

module.exports = { createWxMock, json, noContent, text, networkFail, problem, BASE_URL }
