const routes = require('../utils/routes')
const app = require('../app.json')

test('routes point at pages app.json declares', () => {
  const pages = [...app.pages]
  app.subpackages.forEach((sub) => sub.pages.forEach((p) => pages.push(`${sub.root}/${p}`)))
  const paths = [
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

test('the join page of the server-made mini-program code is the join route', () => {
  // The server's wxacode answer names page "packages/cobuilding/join".
  expect(routes.join()).toBe('/packages/cobuilding/join')
})
