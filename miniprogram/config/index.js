// The API base URL depends on which build of the mini-program is running.
// 'trial' and 'release' are deployment configuration: replace the placeholders
// with the HTTPS domains registered as request domains for the real AppID.
const BASE_URLS = {
  develop: 'http://127.0.0.1:8080',
  trial: 'https://api-trial.example.invalid',
  release: 'https://api.example.invalid',
}

function envVersion() {
  try {
    return wx.getAccountInfoSync().miniProgram.envVersion
  } catch (e) {
    // Very old base libraries lack envVersion; assume a published build
    // rather than pointing real users at a developer's machine.
    return 'release'
  }
}

function apiBaseUrl() {
  return BASE_URLS[envVersion()] || BASE_URLS.release
}

module.exports = { apiBaseUrl }
