// The template check must be able to fail: run it on a small throwaway project
// and break one thing at a time.
const fs = require('fs')
const os = require('os')
const path = require('path')
const { spawnSync } = require('child_process')

const SCRIPT = path.join(__dirname, '..', 'scripts', 'check-templates.js')

let root
function write(rel, content) {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
  fs.writeFileSync(path.join(root, rel), content)
}

function check() {
  const run = spawnSync(process.execPath, [SCRIPT, root], { encoding: 'utf8' })
  return { status: run.status, output: run.stdout + run.stderr }
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-templates-'))
  write('app.json', JSON.stringify({ pages: ['pages/home/home'] }))
  write('app.wxss', 'page { color: #333; }\n')
  write('pages/home/home.js', 'Component({})\n')
  write('pages/home/home.json', JSON.stringify({ component: true, usingComponents: { card: '/components/card/card' } }))
  write('pages/home/home.wxml', '<import src="./parts.wxml"/>\n<view wx:if="{{ok}}"><card title="{{title}}"/></view>\n')
  write('pages/home/parts.wxml', '<template name="row"><text>{{name}}</text></template>\n')
  write('pages/home/home.wxss', '.a { padding: 8rpx; }\n')
  write('components/card/card.js', 'Component({})\n')
  write('components/card/card.json', JSON.stringify({ component: true }))
  write('components/card/card.wxml', '<view>{{title}}</view>\n')
})

afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

test('a correct project passes', () => {
  const result = check()
  expect(result.output).toContain('Template check passed: 3 wxml, 2 wxss')
  expect(result.status).toBe(0)
})

test.each([
  ['an unclosed tag', 'pages/home/home.wxml', '<view><text>hi</view>\n', 'expect end-tag'],
  ['a broken expression', 'pages/home/home.wxml', '<view>{{a +}}</view>\n', 'Bad value'],
  ['a broken rule', 'pages/home/home.wxss', '.a { color: red;\n', 'ERR:'],
])('%s is rejected by the compiler', (_, file, content, message) => {
  write(file, content)

  const result = check()

  expect(result.status).toBe(1)
  expect(result.output).toContain(file)
  expect(result.output).toContain(message)
})

test('a page listed in app.json without its files is reported', () => {
  write('app.json', JSON.stringify({ pages: ['pages/home/home', 'pages/gone/gone'] }))

  const result = check()

  expect(result.status).toBe(1)
  expect(result.output).toContain(
    'page pages/gone/gone is missing pages/gone/gone.js, pages/gone/gone.json, pages/gone/gone.wxml',
  )
})

test('a usingComponents path that does not exist is reported', () => {
  fs.rmSync(path.join(root, 'components/card/card.wxml'))

  const result = check()

  expect(result.status).toBe(1)
  expect(result.output).toContain('pages/home/home.json: usingComponents "card" → /components/card/card not found')
})

test('an <import src> that does not exist is reported', () => {
  fs.rmSync(path.join(root, 'pages/home/parts.wxml'))

  const result = check()

  expect(result.status).toBe(1)
  expect(result.output).toContain('pages/home/home.wxml: <import src="./parts.wxml"> not found')
})

test('a .wxss @import of a shared sheet compiles; a missing one is reported', () => {
  write('components/shared.wxss', '.frame { padding: 8rpx; }\n')
  write('components/card/card.wxss', '@import "../shared.wxss";\n.b { margin: 0; }\n')
  expect(check().status).toBe(0)

  fs.rmSync(path.join(root, 'components/shared.wxss'))
  const result = check()
  expect(result.status).toBe(1)
  expect(result.output).toContain('components/card/card.wxss: @import "../shared.wxss" not found')
})
