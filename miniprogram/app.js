// Loading auth.js registers its login as http.js's re-login handler, before any page runs.
require('./services/auth')

App({})
