const routes = require('../utils/routes')
const app = require('../app.json')

test('routes point at pages app.json declares', () => {
  const pages = [...app.pages]
  app.subpackages.forEach((sub) => sub.pages.forEach((p) => pages.push(`${sub.root}/${p}`)))
  const paths = [
    routes.conversationsTab(),
    routes.chatRoom({ id: 'c1', title: 't' }),
    routes.cobuildingsTab(),
    routes.applicationList(),
    routes.applicationForm(),
    routes.join(),
    routes.cobuildingHome('1'),
  ].map((url) => url.split('?')[0].slice(1))
  paths.forEach((p) => expect(pages).toContain(p))
})

test('query values are encoded and empty ones left out', () => {
  expect(routes.applicationForm()).toBe('/packages/apply/form')
  expect(routes.applicationForm('12')).toBe('/packages/apply/form?id=12')
  expect(routes.join('K7M2QX9P')).toBe('/packages/cobuilding/join?code=K7M2QX9P')
  expect(routes.cobuildingHome('a&b')).toBe('/packages/cobuilding/home?id=a%26b')
})

test('the chat room carries id, title and read-only only when not writable', () => {
  expect(routes.chatRoom({ id: 'c1', title: '闽江 & 海峡', writable: true })).toBe(
    '/packages/chat/room?id=c1&title=%E9%97%BD%E6%B1%9F%20%26%20%E6%B5%B7%E5%B3%A1',
  )
  expect(routes.chatRoom({ id: 'c1', title: 't', writable: false })).toBe('/packages/chat/room?id=c1&title=t&readonly=1')
})

test('the first tab is the conversations tab', () => {
  expect(app.tabBar.list.map((t) => `/${t.pagePath}`)).toEqual([
    routes.conversationsTab(),
    routes.cobuildingsTab(),
    '/pages/index/index',
  ])
  expect(app.tabBar.list[0].text).toBe('消息')
})

test('the join page of the server-made mini-program code is the join route', () => {
  // The server's wxacode answer names page "packages/cobuilding/join".
  expect(routes.join()).toBe('/packages/cobuilding/join')
})

test('the five ones and the board have routes to pages app.json declares', () => {
  const pages = [...app.pages]
  app.subpackages.forEach((sub) => sub.pages.forEach((p) => pages.push(`${sub.root}/${p}`)))
  const urls = [
    routes.goalOverview('9'),
    routes.goalDetail('41'),
    routes.goalCreate('9', 'BASE'),
    routes.goalEdit('41'),
    routes.taskDetail('51'),
    routes.taskCreate('41'),
    routes.taskEdit('51'),
    routes.progressPost('51'),
    routes.checklist('9'),
    routes.stageSummary('9'),
    routes.board('pub1'),
  ]
  urls.map((url) => url.split('?')[0].slice(1)).forEach((p) => expect(pages).toContain(p))
  expect(routes.goalCreate('9', 'BASE')).toBe('/packages/goal/goal-edit?cobuildingId=9&category=BASE')
  expect(routes.progressPost('51')).toBe('/packages/goal/progress?taskId=51')
  expect(routes.board('p&q')).toBe('/packages/board/index?publicId=p%26q')
  expect(routes.board('p1', '9')).toBe('/packages/board/index?publicId=p1&cobuildingId=9')
})
