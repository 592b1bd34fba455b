// Look and feel of every page and component, chat included: text follows the system font size (older
// cadres use large fonts), everything tappable gives feedback and is at least 88rpx, icon-only
// controls have a label for screen readers, and the apply subpackage is preloaded where applying starts.
const fs = require('fs')
const path = require('path')
const { ROOT } = require('./harness')

const read = (rel) => fs.readFileSync(path.join(ROOT, rel), 'utf8')
const app = JSON.parse(read('app.json'))

function files(ext, dir = '', found = []) {
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name
    if (entry.isDirectory()) {
      if (!['node_modules', 'tests', 'scripts'].includes(entry.name)) files(ext, rel, found)
    } else if (rel.endsWith(ext)) found.push(rel)
  }
  return found
}

function pages() {
  const all = [...app.pages]
  app.subpackages.forEach((sub) => sub.pages.forEach((p) => all.push(`${sub.root}/${p}`)))
  return all
}

// Start tags with their attributes; attribute values may hold '>' inside {{ }}.
const TAG = /<([a-z][\w-]*)((?:\s+[\w:.-]+(?:\s*=\s*"[^"]*")?)*)\s*\/?>/g
const ATTR = /([\w:.-]+)(?:\s*=\s*"([^"]*)")?/g
function tags(wxml) {
  const out = []
  for (const [, name, attrText] of wxml.matchAll(TAG)) {
    const attrs = {}
    for (const [, key, value] of attrText.matchAll(ATTR)) attrs[key] = value === undefined ? '' : value
    out.push({ name, attrs })
  }
  return out
}

const TAP_HANDLERS = ['bindtap', 'catchtap', 'bind:tap', 'catch:tap']
// Handlers that only keep a tap from reaching what is behind them, and the dimmed backdrop behind a sheet
// (a tap anywhere on it closes): neither is a control of its own size.
const INERT = ['noop']
const isTappable = (t) =>
  !/\bbackdrop\b/.test(t.attrs.class || '') &&
  (TAP_HANDLERS.some((h) => t.attrs[h] && INERT.indexOf(t.attrs[h]) < 0) || (t.name === 'button' && 'open-type' in t.attrs))
const classes = (t) => (t.attrs.class || '').split(/\s+/)

test('the helpers read attributes that hold > inside {{ }}', () => {
  const [t] = tags('<view wx:if="{{a >= b}}" class="x tap" bindtap="go">')
  expect(t.attrs).toEqual({ 'wx:if': '{{a >= b}}', class: 'x tap', bindtap: 'go' })
})

test('the chat room, the 消息 tab and the chat components are checked like every other', () => {
  expect(pages()).toEqual(expect.arrayContaining(['pages/conversations/index', 'packages/chat/room']))
  expect(files('.wxml')).toEqual(expect.arrayContaining(['packages/chat/components/chat-message/index.wxml']))
  expect(files('.wxss')).toEqual(expect.arrayContaining(['packages/chat/room.wxss', 'pages/conversations/index.wxss']))
})

test('every page starts with <page-meta root-font-size="system">', () => {
  const missing = pages().filter((p) => !/^\s*<page-meta\s+root-font-size="system"\s*\/>/.test(read(`${p}.wxml`)))
  expect(missing).toEqual([])
})

test('font sizes are in rem, which follows the system font size, not in rpx or px', () => {
  const fixed = []
  files('.wxss').forEach((f) => {
    read(f)
      .split('\n')
      .forEach((line, i) => {
        if (/font-size\s*:\s*[\d.]+(rpx|px)/.test(line)) fixed.push(`${f}:${i + 1}: ${line.trim()}`)
      })
  })
  expect(fixed).toEqual([])
})

test('.tap makes a target at least 88rpx, and .tap-hover gives feedback', () => {
  const css = read('app.wxss')
  const tap = /\.tap\s*\{([^}]*)\}/.exec(css)[1]
  expect(Number(/min-height:\s*(\d+)rpx/.exec(tap)[1])).toBeGreaterThanOrEqual(88)
  expect(/\.tap-hover\s*\{[^}]+\}/.test(css)).toBe(true)
})

test('everything tappable is a .tap target with hover feedback (buttons have their own)', () => {
  const problems = []
  files('.wxml').forEach((f) => {
    tags(read(f))
      .filter(isTappable)
      .forEach((t) => {
        const where = `${f}: <${t.name} class="${t.attrs.class || ''}">`
        if (classes(t).indexOf('tap') < 0) problems.push(`${where} lacks class "tap"`)
        if (t.name !== 'button' && !('hover-class' in t.attrs)) problems.push(`${where} lacks hover-class`)
      })
  })
  expect(problems).toEqual([])
})

test('components whose markup uses .tap take the app-wide classes', () => {
  const isolated = files('.wxml')
    .filter((f) => f.startsWith('components/') || f.includes('/components/'))
    .filter((f) => /class="[^"]*\btap\b/.test(read(f)))
    .filter((f) => !/addGlobalClass:\s*true/.test(read(f.replace(/\.wxml$/, '.js'))))
  expect(isolated).toEqual([])
})

test('controls without text of their own carry an aria-label', () => {
  const unlabeled = []
  files('.wxml').forEach((f) => {
    const text = read(f)
    // A tappable tag whose content up to its end tag is only symbols (×, ›, +) or nothing.
    for (const m of text.matchAll(/<([a-z][\w-]*)((?:\s+[\w:.-]+(?:\s*=\s*"[^"]*")?)*)\s*>([^<]*)<\/\1>/g)) {
      const [t] = tags(`<${m[1]}${m[2]}>`)
      const content = m[3].replace(/\{\{[^}]*\}\}/g, 'x').trim()
      if (isTappable(t) && !/[\p{L}\p{N}]/u.test(content) && !t.attrs['aria-label']) unlabeled.push(`${f}: <${t.name} class="${t.attrs.class}">`)
    }
  })
  expect(unlabeled).toEqual([])
})

test('the apply subpackage is preloaded from 我的 and 我的先锋号', () => {
  expect(app.preloadRule['pages/index/index'].packages).toContain('apply')
  expect(app.preloadRule['pages/cobuildings/index'].packages).toContain('apply')
  const names = app.subpackages.map((s) => s.name)
  Object.values(app.preloadRule).forEach((rule) => rule.packages.forEach((p) => expect(names).toContain(p)))
})
