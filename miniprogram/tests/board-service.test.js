// services/board.js: the public board is read without the token (a visitor need not log in) and its id is
// kept to one path segment; the board's mini-program code comes down as a file with the token.
const { createWxMock, json, problem } = require('./wx-mock')

const mock = createWxMock()
global.wx = mock.wx
const board = require('../services/board')
require('../services/auth')

beforeEach(() => {
  mock.reset()
  mock.storage.set('token', 'tok-1')
  mock.storage.set('expiresAt', '2999-01-01T00:00:00Z')
})

test('getBoard reads the public board by its publicId, without the token', async () => {
  mock.handle(() => json(200, { publicId: 'pUb_Id-9xYz', available: true }))
  await expect(board.getBoard('pUb_Id-9xYz')).resolves.toEqual({ publicId: 'pUb_Id-9xYz', available: true })
  const [sent] = mock.requests()
  expect(sent).toMatchObject({ method: 'GET', path: '/api/public/boards/pUb_Id-9xYz' })
  expect(sent.header.Authorization).toBeUndefined()
})

test('a publicId cannot leave its path segment', async () => {
  mock.handle(() => json(200, {}))
  await board.getBoard('../x?y')
  expect(mock.requests()[0].path).toBe('/api/public/boards/..%2Fx%3Fy')
})

test('404 and 429 reject with their codes and no login is tried', async () => {
  mock.handle(() => problem(404, 'BOARD_NOT_FOUND', '公示牌不存在'))
  await expect(board.getBoard('nope')).rejects.toMatchObject({ status: 404, code: 'BOARD_NOT_FOUND' })
  mock.handle(() => problem(429, 'BOARD_RATE_LIMITED', '访问过于频繁'))
  await expect(board.getBoard('nope')).rejects.toMatchObject({ status: 429, code: 'BOARD_RATE_LIMITED' })
  expect(mock.wx.login).not.toHaveBeenCalled()
})

test('downloadBoardCode downloads the co-building’s board code with the token and resolves the file', async () => {
  mock.handle(() => ({ statusCode: 200, tempFilePath: 'wxfile://tmp/board.png' }))
  await expect(board.downloadBoardCode('9')).resolves.toBe('wxfile://tmp/board.png')
  const [opts] = mock.wx.downloadFile.mock.calls[0]
  expect(opts.url).toBe('http://127.0.0.1:8080/api/mp/cobuildings/9/board/wxacode')
  expect(opts.header.Authorization).toBe('Bearer tok-1')
})

test('a refused download rejects by its status', async () => {
  mock.handle(() => ({ statusCode: 404, tempFilePath: 'wxfile://tmp/x.png' }))
  await expect(board.downloadBoardCode('9')).rejects.toMatchObject({ status: 404, title: '文件不存在或已不可见' })
})
