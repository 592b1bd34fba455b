const { createWxMock } = require('./wx-mock')

const mock = createWxMock()
global.wx = mock.wx

const { assetUrl } = require('../utils/asset-url')

const envIs = (envVersion) =>
  mock.wx.getAccountInfoSync.mockReturnValue({ miniProgram: { appId: 'touristappid', envVersion, version: '' } })

test('server paths get the API base URL of this build', () => {
  envIs('develop')
  expect(assetUrl('/api/avatars/k1')).toBe('http://127.0.0.1:8080/api/avatars/k1')
  envIs('release')
  expect(assetUrl('/api/avatars/k1')).toMatch(/^https:\/\/.+\/api\/avatars\/k1$/)
})

test('absolute and local paths stay as they are; nothing becomes an empty string', () => {
  envIs('develop')
  expect(assetUrl('https://cdn.example.invalid/a.png')).toBe('https://cdn.example.invalid/a.png')
  expect(assetUrl('wxfile://tmp_1.png')).toBe('wxfile://tmp_1.png')
  expect(assetUrl(null)).toBe('')
  expect(assetUrl('')).toBe('')
})
