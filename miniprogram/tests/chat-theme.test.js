// Dark mode reaches the chat only through the shared theme variables (app.wxss defines them for
// light and dark). Every colour in the chat's and the 消息 tab's styles is one of them, with its
// light value as the fallback for a page rendered before app.wxss applies.
const fs = require('fs')
const path = require('path')
const { ROOT } = require('./harness')

const SHARED = ['--xf-bg', '--xf-surface', '--xf-text', '--xf-text-secondary', '--xf-border', '--xf-primary', '--xf-bubble-mine', '--xf-bubble-other', '--xf-danger', '--xf-pill-bg']
// Fixed on purpose: white text on the red primary, and the bureau's blue tag, which read the same in both themes.
const FIXED = ['#ffffff', '#1d63c8', '#e8f0fc', 'rgba(0, 0, 0, 0.12)']

function wxssFiles(dir) {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`
    if (entry.isDirectory()) return wxssFiles(rel)
    return rel.endsWith('.wxss') ? [rel] : []
  })
}

const files = [...wxssFiles('packages/chat'), 'pages/conversations/index.wxss']

// Declarations that paint: the property and its value, comments removed.
function colourDeclarations(source) {
  const css = source.replace(/\/\*[\s\S]*?\*\//g, '')
  return [...css.matchAll(/([a-z-]+)\s*:\s*([^;{}]+);/g)]
    .map(([, property, value]) => ({ property, value: value.trim() }))
    .filter(({ property }) => /(^|-)(color|background|shadow)$|^border/.test(property))
}

test('the chat styles are all found', () => {
  expect(files).toEqual(expect.arrayContaining(['packages/chat/room.wxss', 'packages/chat/components/chat-message/index.wxss', 'packages/chat/components/chat-card.wxss']))
})

test.each(files)('%s paints only with shared theme variables (with fallbacks) or the fixed colours', (file) => {
  const source = fs.readFileSync(path.join(ROOT, file), 'utf8')
  const problems = []
  colourDeclarations(source).forEach(({ property, value }) => {
    const vars = [...value.matchAll(/var\((--[a-z-]+)\s*(,\s*[^)]+)?\)/g)]
    vars.forEach(([whole, name, fallback]) => {
      if (SHARED.indexOf(name) < 0) problems.push(`${property}: ${whole} is not a shared variable`)
      if (!fallback) problems.push(`${property}: ${whole} has no fallback`)
    })
    const literal = value.replace(/var\([^)]*\)/g, '')
    const colours = literal.match(/#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)/g) || []
    colours.filter((c) => FIXED.indexOf(c) < 0).forEach((c) => problems.push(`${property}: ${value} hard-codes ${c}`))
  })
  expect(problems).toEqual([])
})
