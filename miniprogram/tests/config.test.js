const { createWxMock } = require('./wx-mock')

const mock = createWxMock()
global.wx = mock.wx

const { apiBaseUrl } = require('../config/index')

const envIs = (envVersion) =>
  mock.wx.getAccountInfoSync.mockReturnValue({ miniProgram: { appId: 'touristappid', envVersion, version: '' } })

test('the developer build talks to the local server', () => {
  envIs('develop')
  expect(apiBaseUrl()).toBe('http://127.0.0.1:8080')
})

test('trial and release builds use HTTPS and differ from each other', () => {
  envIs('trial')
  const trial = apiBaseUrl()
  envIs('release')
  const release = apiBaseUrl()

  expect(trial).toMatch(/^https:\/\//)
  expect(release).toMatch(/^https:\/\//)
  expect(trial).not.toBe(release)
})

test('an unknown environment falls back to release, never to the local server', () => {
  mock.wx.getAccountInfoSync.mockImplementation(() => {
    throw new Error('getAccountInfoSync:fail')
  })
  const fallback = apiBaseUrl()
  envIs('release')
  expect(fallback).toBe(apiBaseUrl())
})
