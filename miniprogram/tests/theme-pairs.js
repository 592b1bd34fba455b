// The colours of app.wxss as tests read them: each variable's light and dark value, and the text-on-background
// pairs its header comment promises ("--a, --b  on  --c, --d" lines), so the comment is what the tests hold.
const fs = require('fs')
const path = require('path')
const { ROOT } = require('./harness')

const css = fs.readFileSync(path.join(ROOT, 'app.wxss'), 'utf8')
const DARK = '@media (prefers-color-scheme: dark)'

// The custom properties of the first `page { … }` block in `source`.
function vars(source) {
  const block = /page\s*\{([^}]*)\}/.exec(source)
  const out = {}
  for (const [, name, value] of block[1].matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) out[name] = value.trim()
  return out
}

const darkAt = css.indexOf(DARK)
const light = vars(css.slice(0, darkAt))
const darkOnly = vars(css.slice(darkAt))
const dark = { ...light, ...darkOnly }

/** [text, background] for every pair the header lists. */
function documentedPairs() {
  const header = /\/\*([\s\S]*?)\*\//.exec(css)[1]
  const pairs = []
  header.split('\n').forEach((line) => {
    const m = /^\s*\*\s+((?:--[\w-]+,?\s*)+)\s+on\s+((?:--[\w-]+,?\s*)+)/.exec(line)
    if (!m) return
    const names = (list) => list.match(/--[\w-]+/g)
    names(m[1]).forEach((fg) => names(m[2]).forEach((bg) => pairs.push([fg, bg])))
  })
  return pairs
}

// WCAG's contrast ratio of two #rrggbb colours.
function luminance(hex) {
  const m = /^#([0-9a-f]{6})$/i.exec(hex)
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`)
  const n = parseInt(m[1], 16)
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

module.exports = { css, darkAt, light, dark, darkOnly, vars, contrast, pairs: documentedPairs() }
