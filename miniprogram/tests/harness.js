// Loading pages and components with miniprogram-simulate. The wx mock must be global
// before simulate is first required (simulate copies its fields over its own stubs), so
// setup() installs it and only then requires simulate.
const path = require('path')
const { createWxMock } = require('./wx-mock')

const ROOT = path.join(__dirname, '..')

function setup() {
  const mock = createWxMock()
  global.wx = mock.wx
  const simulate = require('miniprogram-simulate')

  return {
    mock,
    simulate,
    /** Load a page or component once per file (in beforeAll); returns its id. */
    load: (rel) => simulate.load(path.join(ROOT, rel), { rootPath: ROOT }),
    render(id, props) {
      const comp = simulate.render(id, props)
      comp.attach(document.createElement('parent-wrapper'))
      return comp
    },
    /** Lets pending replies, promise chains and re-renders run (real timers). */
    async settle(rounds = 12) {
      for (let i = 0; i < rounds; i += 1) await simulate.sleep(0)
    },
  }
}

const text = (comp, selector) => {
  const node = comp.querySelector(selector)
  return node ? node.dom.textContent.trim() : null
}

const texts = (comp, selector) => comp.querySelectorAll(selector).map((n) => n.dom.textContent.trim())

/** Records the detail of every `name` event a component emits. */
function events(comp, name) {
  const seen = []
  comp.addEventListener(name, (e) => seen.push(e.detail))
  return seen
}

module.exports = { setup, text, texts, events, ROOT }
