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
  let sheetReply = { fail: 'showActionSheet:fail cancel' }
  // Every SocketTask wx.connectSocket handed out, oldest first; tests drive them (open, emit, close).
  let sockets = []
  // Location and album permissions as the phone holds them, and the position it reports.
  const DEFAULT_PLACE = { latitude: 26.0745, longitude: 119.2965, accuracy: 12 }
  let authSetting = {}
  let authorizeAnswer = true
  let locationReply = { ...DEFAULT_PLACE }
  let settingAnswer = {}
  let chooseMediaReply = { fail: 'chooseMedia:fail cancel' }
  let uploadTasks = []
  // Subscribe messages: what the member decides per template id (or {fail}); opening a document: ok or {fail}.
  let subscribeReply = { fail: 'requestSubscribeMessage:fail cancel' }
  let openDocumentReply = {}

  function createSocketTask(opts) {
    const handlers = { open: [], message: [], close: [], error: [] }
    const fire = (kind, res) => handlers[kind].slice().forEach((fn) => fn(res))
    const task = {
      url: opts.url,
      header: opts.header || {},
      closed: false,
      onOpen: jest.fn((fn) => handlers.open.push(fn)),
      onMessage: jest.fn((fn) => handlers.message.push(fn)),
      onClose: jest.fn((fn) => handlers.close.push(fn)),
      onError: jest.fn((fn) => handlers.error.push(fn)),
      send: jest.fn((o) => o && o.success && o.success({})),
      // Closing our side ends the task like the phone does: onClose follows.
      close: jest.fn((o = {}) => {
        if (task.closed) return
        task.closed = true
        fire('close', { code: o.code || 1000, reason: o.reason || '' })
      }),
      /** Frames the client sent, parsed. */
      sent: () => task.send.mock.calls.map(([o]) => JSON.parse(o.data)),
      // Script helpers: the server's side.
      open: () => fire('open', {}),
      emit: (frame) => fire('message', { data: typeof frame === 'string' ? frame : JSON.stringify(frame) }),
      serverClose: (code = 1006, reason = '') => {
        task.closed = true
        fire('close', { code, reason })
      },
      error: (errMsg = 'socket error') => fire('error', { errMsg }),
    }
    sockets.push(task)
    return task
  }

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

  // wx.downloadFile answers with the file it wrote (whatever the status) instead of a body.
  function deliverDownload(opts, reply) {
    setTimeout(() => {
      if (reply.fail) {
        opts.fail && opts.fail({ errMsg: reply.fail })
        return
      }
      const tempFilePath = reply.tempFilePath || 'wxfile://tmp/download.png'
      opts.success && opts.success({ statusCode: reply.statusCode, tempFilePath, errMsg: 'downloadFile:ok' })
    }, reply.delay || 0)
  }

  const later = (fn) => setTimeout(fn, 0)

  // An UploadTask: the reply's `progress` ([10, 60, 100]) reaches onProgressUpdate first, one tick apart; a
  // handler may answer a promise (the test decides when the server answers); abort() fails the upload.
  function createUploadTask(opts) {
    const listeners = []
    const task = {
      aborted: false,
      onProgressUpdate: jest.fn((fn) => listeners.push(fn)),
      offProgressUpdate: jest.fn(),
      abort: jest.fn(() => {
        if (task.aborted) return
        task.aborted = true
        setTimeout(() => opts.fail && opts.fail({ errMsg: 'uploadFile:fail abort' }), 0)
      }),
    }
    uploadTasks.push(task)
    const answer = handler(describe(opts)) // a handler that throws fails the call at once, as wx.request's does
    Promise.resolve(answer).then(async (reply) => {
      for (const progress of reply.progress || []) {
        await new Promise((r) => setTimeout(r, 0))
        if (task.aborted) return
        listeners.forEach((fn) => fn({ progress, totalBytesSent: progress * 1000, totalBytesExpectedToSend: 100000 }))
      }
      if (!task.aborted) deliver(opts, reply, true, () => task.aborted)
    })
    return task
  }

  function deliver(opts, reply, asString, cancelled = () => false) {
    setTimeout(() => {
      if (cancelled()) return
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
    uploadFile: jest.fn((opts) => createUploadTask(opts)),
    // Photos: chooseMedia answers what answerChooseMedia scripted; compressImage writes a smaller copy.
    chooseMedia: jest.fn((opts) => {
      const reply = chooseMediaReply
      setTimeout(() => (reply.fail ? opts.fail && opts.fail({ errMsg: reply.fail }) : opts.success(reply)), 0)
    }),
    compressImage: jest.fn((opts) =>
      setTimeout(() => opts.success({ tempFilePath: `${opts.src}.compressed.jpg`, errMsg: 'compressImage:ok' }), 0),
    ),
    showModal: jest.fn((opts) => {
      setTimeout(() => opts.success && opts.success({ confirm: modalConfirms, cancel: !modalConfirms }), 0)
    }),
    scanCode: jest.fn((opts) => {
      const reply = scanReply
      setTimeout(() => (reply.fail ? opts.fail && opts.fail({ errMsg: reply.fail }) : opts.success(reply)), 0)
    }),
    connectSocket: jest.fn((opts) => createSocketTask(opts)),
    onNetworkStatusChange: jest.fn(),
    showToast: jest.fn(),
    showActionSheet: jest.fn((opts) => {
      // The scripted item is tapped if the sheet offers it; otherwise the user cancels.
      const tapIndex = sheetReply.fail ? -1 : opts.itemList.indexOf(sheetReply.itemText)
      setTimeout(() => {
        if (tapIndex < 0) opts.fail && opts.fail({ errMsg: 'showActionSheet:fail cancel' })
        else opts.success({ tapIndex })
      }, 0)
    }),
    previewImage: jest.fn(),
    setTabBarBadge: jest.fn(),
    removeTabBarBadge: jest.fn(),
    pageScrollTo: jest.fn(),
    enableAlertBeforeUnload: jest.fn(),
    disableAlertBeforeUnload: jest.fn(),
    onNeedPrivacyAuthorization: jest.fn(),
    openPrivacyContract: jest.fn((opts = {}) => setTimeout(() => opts.success && opts.success({}), 0)),
    // An offscreen 2D canvas that records what is drawn on it (fillText calls carry the text).
    createOffscreenCanvas: jest.fn((opts = {}) => {
      const drawn = []
      const ctx = new Proxy(
        { drawn },
        {
          get: (target, key) => {
            if (key in target) return target[key]
            // 20 px per character, like a 20 px font of CJK text.
            if (key === 'measureText') return (text) => ({ width: [...String(text)].length * 20 })
            return (...args) => drawn.push([key, ...args])
          },
          set: (target, key, value) => {
            drawn.push(['set', key, value])
            return true
          },
        },
      )
      return { width: opts.width, height: opts.height, drawn, getContext: () => ctx }
    }),
    canvasToTempFilePath: jest.fn((opts) => setTimeout(() => opts.success({ tempFilePath: 'wxfile://tmp/share-card.png' }), 0)),
    showLoading: jest.fn(),
    hideLoading: jest.fn(),
    stopPullDownRefresh: jest.fn(),
    navigateTo: jest.fn(),
    redirectTo: jest.fn(),
    switchTab: jest.fn(),
    navigateBack: jest.fn(),
    setNavigationBarTitle: jest.fn(),
    setClipboardData: jest.fn((opts) => setTimeout(() => opts.success && opts.success({}), 0)),
    // Location: getSetting reports what was decided before, authorize asks (answerAuthorize), getLocation
    // answers answerLocation's position or failure, openSetting comes back with answerOpenSetting's switches.
    getSetting: jest.fn((opts) => later(() => opts.success({ authSetting: { ...authSetting } }))),
    authorize: jest.fn((opts) =>
      later(() => {
        if (authorizeAnswer) {
          authSetting[opts.scope] = true
          opts.success && opts.success({ errMsg: 'authorize:ok' })
        } else {
          authSetting[opts.scope] = false
          opts.fail && opts.fail({ errMsg: 'authorize:fail auth deny' })
        }
      }),
    ),
    getLocation: jest.fn((opts) =>
      later(() => {
        if (locationReply.fail) opts.fail && opts.fail({ errMsg: locationReply.fail })
        else opts.success({ ...locationReply, errMsg: 'getLocation:ok' })
      }),
    ),
    openSetting: jest.fn((opts = {}) =>
      later(() => {
        authSetting = { ...authSetting, ...settingAnswer }
        opts.success && opts.success({ authSetting: { ...authSetting } })
      }),
    ),
    chooseLocation: jest.fn((opts) => later(() => opts.fail && opts.fail({ errMsg: 'chooseLocation:fail cancel' }))),
    setKeepScreenOn: jest.fn((opts = {}) => later(() => opts.success && opts.success({}))),
    saveImageToPhotosAlbum: jest.fn((opts) =>
      later(() => {
        opts.success && opts.success({ errMsg: 'saveImageToPhotosAlbum:ok' })
        opts.complete && opts.complete({})
      }),
    ),
    // Every asked id gets the scripted decision ('accept' …) or the one named for it ({[id]: 'reject'}).
    requestSubscribeMessage: jest.fn((opts) =>
      later(() => {
        const reply = subscribeReply
        if (reply.fail) {
          opts.fail && opts.fail({ errMsg: reply.fail, errCode: reply.errCode || 20004 })
          return
        }
        const res = { errMsg: 'requestSubscribeMessage:ok' }
        opts.tmplIds.forEach((id) => {
          res[id] = reply.byId && reply.byId[id] ? reply.byId[id] : reply.all
        })
        opts.success && opts.success(res)
      }),
    ),
    openDocument: jest.fn((opts) =>
      later(() => {
        if (openDocumentReply.fail) opts.fail && opts.fail({ errMsg: openDocumentReply.fail })
        else opts.success && opts.success({ errMsg: 'openDocument:ok' })
      }),
    ),
    downloadFile: jest.fn((opts) => {
      deliverDownload(opts, handler(describe({ method: 'GET', ...opts })))
      return { abort: jest.fn(), onProgressUpdate: jest.fn() }
    }),
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
      wx.downloadFile.mock.calls.forEach(([opts]) => all.push(describe({ method: 'GET', ...opts })))
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
    /** Which item wx.showActionSheet taps until reset (by its text); null = the user cancels. */
    answerActionSheet(itemText) {
      sheetReply = itemText === null ? { fail: 'showActionSheet:fail cancel' } : { itemText }
    },
    /** What the phone already decided for scopes, e.g. {'scope.userLocation': false} (refused before). */
    setAuthSetting(setting) {
      authSetting = { ...setting }
    },
    /** Whether wx.authorize is granted when asked. */
    answerAuthorize(granted) {
      authorizeAnswer = granted
    },
    /** What wx.getLocation answers: {latitude, longitude, accuracy}, or {fail: errMsg}. */
    answerLocation(reply) {
      locationReply = reply
    },
    /** The switches the person turns on in wx.openSetting, e.g. {'scope.userLocation': true}. */
    answerOpenSetting(changes) {
      settingAnswer = { ...changes }
    },
    /**
     * What wx.chooseMedia answers: file paths (or {path, size} for a file's byte size; 200 KB by default),
     * or {fail: errMsg}.
     */
    answerChooseMedia(files) {
      chooseMediaReply = files.fail
        ? files
        : {
            type: 'image',
            tempFiles: files.map((f) => {
              const file = typeof f === 'string' ? { path: f } : f
              return { tempFilePath: file.path, size: file.size || 200 * 1024, fileType: 'image', width: 1280, height: 960 }
            }),
          }
    },
    /**
     * What wx.requestSubscribeMessage answers: a decision for every id ('accept', 'reject', 'ban', 'filter'), an
     * object {id: decision} (the rest 'reject'), or {fail: errMsg} (no dialog: a refused gesture, switched off).
     */
    answerSubscribe(reply) {
      if (typeof reply === 'string') subscribeReply = { all: reply }
      else if (reply && reply.fail) subscribeReply = reply
      else subscribeReply = { all: 'reject', byId: reply }
    },
    /** What wx.openDocument answers: {} opens it, {fail: errMsg} cannot. */
    answerOpenDocument(reply) {
      openDocumentReply = reply || {}
    },
    /** The UploadTasks handed out so far, oldest first. */
    uploadTasks() {
      return uploadTasks
    },
    /** The SocketTasks handed out so far, oldest first. */
    sockets() {
      return sockets
    },
    /** The newest SocketTask. */
    socket() {
      return sockets[sockets.length - 1]
    },
    reset() {
      sockets = []
      uploadTasks = []
      chooseMediaReply = { fail: 'chooseMedia:fail cancel' }
      subscribeReply = { fail: 'requestSubscribeMessage:fail cancel' }
      openDocumentReply = {}
      storage.clear()
      handler = noHandler
      loginCount = 0
      modalConfirms = true
      scanReply = { fail: 'scanCode:fail cancel' }
      sheetReply = { fail: 'showActionSheet:fail cancel' }
      authSetting = {}
      authorizeAnswer = true
      locationReply = { ...DEFAULT_PLACE }
      settingAnswer = {}
      Object.values(wx).forEach((fn) => fn.mockClear())
    },
  }
}

module.exports = { createWxMock, json, noContent, text, networkFail, problem, BASE_URL }
