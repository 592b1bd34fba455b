// Dark mode reaches the chat only through the shared theme variables (app.wxss defines them for light and
// dark). The chat's and the 消息 tab's styles paint with them, each with its light value as the fallback for
// a page rendered before app.wxss applies, and put text on backgrounds only in the pairs app.wxss's header
// documents (red words are --xf-primary-text; --xf-primary is a fill, whose text is --xf-on-primary).
const fs = require('fs')
const path = require('path')
const { ROOT } = require('./harness')
const { light, dark, pairs, contrast } = require('./theme-pairs')

// Fixed on purpose: the bureau's blue tag and avatar, which read the same in both themes, and a shadow.
const FIXED_PAIRS = [['#1d63c8', '#e8f0fc']]
const FIXED = ['#1d63c8', '#e8f0fc', 'rgba(0, 0, 0, 0.12)']

const TEXT_COLOURS = [...new Set(pairs.map(([fg]) => fg))]
const isPair = (fg, bg) => pairs.some(([f, b]) => f === fg && b === bg) || FIXED_PAIRS.some(([f, b]) => f === fg && b === bg)

function wxssFiles(dir) {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`
    if (entry.isDirectory()) return wxssFiles(rel)
    return rel.endsWith('.wxss') ? [rel] : []
  })
}

const files = [...wxssFiles('packages/chat'), 'pages/conversations/index.wxss']

// Rules with the declarations that paint: {selector, decls: [{property, value}]}, comments removed.
function rules(source) {
  const css = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@import[^;]*;/g, '')
  return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => ({
    selector: selector.trim(),
    decls: [...body.matchAll(/([a-z-]+)\s*:\s*([^;]+);/g)]
      .map(([, property, value]) => ({ property, value: value.trim() }))
      .filter(({ property }) => /(^|-)(color|background|shadow)$|^border/.test(property)),
  }))
}

// The one colour a value names: a variable's name or a literal colour.
function colourOf(value) {
  const v = /var\((--[a-z-]+)/.exec(value)
  if (v) return v[1]
  const literal = value.match(/#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)/)
  return literal ? literal[0] : null
}

const read = (file) => fs.readFileSync(path.join(ROOT, file), 'utf8')

test('the chat styles are all found', () => {
  expect(files).toEqual(expect.arrayContaining(['packages/chat/room.wxss', 'packages/chat/components/chat-message/index.wxss', 'packages/chat/components/chat-card.wxss']))
})

test('the fixed pair reads in both themes', () => {
  FIXED_PAIRS.forEach(([fg, bg]) => expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5))
})

test('the checks below catch red text and a fill without its text colour', () => {
  const bad = rules('.a { color: var(--xf-primary, #c8161d); } .b { background-color: var(--xf-primary, #c8161d); color: #ffffff; }')
  expect(colourOf(bad[0].decls[0].value)).toBe('--xf-primary')
  expect(TEXT_COLOURS).not.toContain('--xf-primary')
  expect(isPair('#ffffff', '--xf-primary')).toBe(false)
  expect(isPair('--xf-on-primary', '--xf-primary')).toBe(true)
})

describe.each(files)('%s', (file) => {
  const found = rules(read(file))

  test('paints only with theme variables whose fallback is their light value, or the fixed colours', () => {
    const problems = []
    found.forEach(({ selector, decls }) =>
      decls.forEach(({ property, value }) => {
        for (const [whole, name, fallback] of value.matchAll(/var\((--[a-z-]+)\s*(?:,\s*([^)]+))?\)/g)) {
          if (!(name in light) || !(name in dark)) problems.push(`${selector} ${property}: ${whole} is not an app.wxss colour`)
          else if (!fallback) problems.push(`${selector} ${property}: ${whole} has no fallback`)
          else if (fallback.trim().toLowerCase() !== light[name].toLowerCase()) {
            problems.push(`${selector} ${property}: ${whole} falls back to other than ${light[name]}`)
          }
        }
        const literals = value.replace(/var\([^)]*\)/g, '').match(/#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)/g) || []
        literals.filter((c) => FIXED.indexOf(c) < 0).forEach((c) => problems.push(`${selector} ${property}: ${value} hard-codes ${c}`))
      }),
    )
    expect(problems).toEqual([])
  })

  test('text is a text colour, and on a background of its own rule only in a documented pair', () => {
    const problems = []
    found.forEach(({ selector, decls }) => {
      const colour = decls.find((d) => d.property === 'color')
      const background = decls.find((d) => d.property === 'background-color' || d.property === 'background')
      if (!colour) return
      const fg = colourOf(colour.value)
      if (TEXT_COLOURS.indexOf(fg) < 0 && FIXED_PAIRS.every(([f]) => f !== fg)) problems.push(`${selector}: ${fg} is not a text colour`)
      if (background) {
        const bg = colourOf(background.value)
        if (!isPair(fg, bg)) problems.push(`${selector}: ${fg} on ${bg} is not a documented pair`)
      }
    })
    expect(problems).toEqual([])
  })
})
