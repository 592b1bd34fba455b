// The activity routes point at pages of the activity subpackage, which app.json declares, preloads where
// activities are entered from, and lets ask for the location it needs.
const routes = require('../utils/routes')
const app = require('../app.json')

test('every activity route is a declared page', () => {
  const pages = []
  app.subpackages.forEach((sub) => sub.pages.forEach((p) => pages.push(`${sub.root}/${p}`)))
  const urls = [
    routes.activityList(),
    routes.activityList({ cobuildingId: '9' }),
    routes.activityDetail('31'),
    routes.activityCreate('9'),
    routes.activityEdit('31'),
    routes.activityCode('31'),
    routes.activityAttendance('31'),
  ]
  urls.forEach((url) => expect(pages).toContain(url.split('?')[0].slice(1)))
  expect(routes.activityCreate('9')).toBe('/packages/activity/edit?cobuildingId=9')
  expect(routes.activityEdit('31')).toBe('/packages/activity/edit?id=31')
})

test('the page the server’s mini-program code names is the detail route', () => {
  // CONTRACT: wxacode page "packages/activity/detail", scene a=<id>&k=<key>.
  expect(routes.activityDetail()).toBe('/packages/activity/detail')
})

test('app.json: the subpackage is preloaded from the co-building home and the chat, and location is declared', () => {
  expect(app.preloadRule['packages/cobuilding/home'].packages).toContain('activity')
  expect(app.preloadRule['packages/chat/room'].packages).toContain('activity')
  expect(app.requiredPrivateInfos.sort()).toEqual(['chooseLocation', 'getLocation'])
  expect(app.permission['scope.userLocation'].desc).toMatch(/签到/)
})
