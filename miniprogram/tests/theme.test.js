// Dark mode and the tab bar: every @variable app.json uses has a light and a dark value, the colours that
// carry text keep a contrast ratio of at least 4.5 (WCAG AA) in both themes, the shared CSS variables
// exist in both, and the committed tab icons are what scripts/make-tab-icons.js draws.
const fs = require('fs')
const path = require('path')
const { ROOT } = require('./harness')
const { COLOURS, SIZE, icons, shareFallback } = require('../scripts/make-tab-icons')

const read = (rel) => fs.readFileSync(path.join(ROOT, rel), 'utf8')
const app = JSON.parse(read('app.json'))
const theme = JSON.parse(read('theme.json'))
const THEMES = ['light', 'dark']

const { contrast } = require('./theme-pairs')

// Every "@name" string anywhere in a JSON value.
function themeVars(value, found = new Set()) {
  if (typeof value === 'string' && value.startsWith('@')) found.add(value.slice(1))
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => themeVars(v, found))
  return found
}

describe('theme.json', () => {
  test('the helpers measure contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
  })

  test('app.json turns dark mode on and points at theme.json', () => {
    expect(app.darkmode).toBe(true)
    expect(app.themeLocation).toBe('theme.json')
  })

  test('every @variable used in app.json and the page configs exists in both themes', () => {
    const jsonFiles = [app, ...pageConfigs()]
    const used = new Set()
    jsonFiles.forEach((j) => themeVars(j, used))
    expect(used.size).toBeGreaterThan(10)
    THEMES.forEach((name) => {
      const missing = [...used].filter((v) => !(v in theme[name]))
      expect({ theme: name, missing }).toEqual({ theme: name, missing: [] })
    })
    expect(Object.keys(theme.light).sort()).toEqual(Object.keys(theme.dark).sort())
  })

  test.each(THEMES)('%s: navigation bar and tab bar text is readable (≥ 4.5)', (name) => {
    const t = theme[name]
    const navText = t.navTextStyle === 'white' ? '#ffffff' : '#000000'
    expect(contrast(navText, t.navBackgroundColor)).toBeGreaterThanOrEqual(4.5)
    expect(contrast(t.tabColor, t.tabBackgroundColor)).toBeGreaterThanOrEqual(4.5)
    expect(contrast(t.tabSelectedColor, t.tabBackgroundColor)).toBeGreaterThanOrEqual(4.5)
  })

  test.each(THEMES)('%s: tab icons exist as 81×81 PNGs in the tab colours', (name) => {
    const t = theme[name]
    app.tabBar.list.forEach((tab) => {
      ;[tab.iconPath, tab.selectedIconPath].forEach((ref) => {
        const file = t[ref.slice(1)]
        const bytes = fs.readFileSync(path.join(ROOT, file))
        expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG')
        expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([SIZE, SIZE])
      })
    })
    const suffix = name === 'dark' ? '-dark' : ''
    expect(COLOURS[suffix]).toBe(t.tabColor)
    expect(COLOURS[`${suffix}-selected`]).toBe(t.tabSelectedColor)
  })

  test('the committed icons are what the script draws', () => {
    Object.entries(icons()).forEach(([file, bytes]) => {
      expect({ file, same: fs.readFileSync(path.join(ROOT, 'assets/tab', file)).equals(bytes) }).toEqual({ file, same: true })
    })
    expect(fs.readFileSync(path.join(ROOT, 'assets/share/invite.png')).equals(shareFallback())).toBe(true)
  })
})

function pageConfigs() {
  const pages = [...app.pages]
  app.subpackages.forEach((sub) => sub.pages.forEach((p) => pages.push(`${sub.root}/${p}`)))
  return pages.map((p) => JSON.parse(read(`${p}.json`)))
}

describe('app.wxss', () => {
  const { css, darkAt, light, dark, darkOnly, pairs } = require('./theme-pairs')
  const SHARED = [
    '--xf-bg',
    '--xf-surface',
    '--xf-text',
    '--xf-text-secondary',
    '--xf-border',
    '--xf-primary',
    '--xf-on-primary',
    '--xf-primary-text',
    '--xf-bubble-mine',
    '--xf-bubble-other',
    '--xf-danger',
    '--xf-pill-bg',
    '--xf-danger-bg',
    '--xf-skeleton',
  ]

  test('the header lists the pairs that pages use, each text colour on each background', () => {
    expect(css.length).toBeGreaterThan(0)
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['--xf-text', '--xf-bg'],
        ['--xf-text-secondary', '--xf-surface'],
        ['--xf-primary-text', '--xf-surface'],
        ['--xf-danger', '--xf-bg'],
        ['--xf-text', '--xf-bubble-mine'],
        ['--xf-text', '--xf-bubble-other'],
        ['--xf-on-primary', '--xf-primary'],
        ['--xf-primary-text', '--xf-pill-bg'],
        ['--xf-danger', '--xf-danger-bg'],
      ]),
    )
    // Red on dark grey is no pair: the brand red itself is for fills, its text twin for words.
    expect(pairs).not.toContainEqual(['--xf-primary', '--xf-bg'])
    expect(pairs).not.toContainEqual(['--xf-primary', '--xf-surface'])
  })

  test('defines every shared colour for light, and a dark block overrides each', () => {
    expect(darkAt).toBeGreaterThan(0)
    SHARED.forEach((name) => {
      expect({ name, light: Boolean(light[name]), dark: Boolean(darkOnly[name]) }).toEqual({ name, light: true, dark: true })
    })
  })

  test.each([
    ['light', light],
    ['dark', dark],
  ])('%s: every text colour on its background keeps a contrast of at least 4.5', (name, values) => {
    pairs.forEach(([fg, bg]) => {
      const ratio = contrast(values[fg], values[bg])
      expect({ pair: `${fg} on ${bg}`, readable: ratio >= 4.5, ratio }).toMatchObject({ readable: true })
    })
  })

  test('the page background matches the window background of each theme', () => {
    expect(light['--xf-bg']).toBe(theme.light.windowBackgroundColor)
    expect(dark['--xf-bg']).toBe(theme.dark.windowBackgroundColor)
  })
})
