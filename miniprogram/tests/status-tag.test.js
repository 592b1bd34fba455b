const path = require('path')
const simulate = require('miniprogram-simulate')

const ROOT = path.join(__dirname, '..')
let id
beforeAll(() => {
  id = simulate.load(path.join(ROOT, 'components/status-tag/index'), { rootPath: ROOT })
})

function render(props) {
  const comp = simulate.render(id, props)
  comp.attach(document.createElement('parent-wrapper'))
  return comp
}

test.each([
  ['application', 'RETURNED', '已退回', 'tag-warning'],
  ['application', 'SUBMITTED', '审核中', 'tag-info'],
  ['cobuilding', 'AWARDED', '已授牌', 'tag-success'],
  ['cobuilding', 'DELISTED', '已摘牌', 'tag-danger'],
  ['cobuilding', 'RECTIFYING', '整改中', 'tag-warning'],
  ['rectification', 'OPEN', '待提交', 'tag-warning'],
  ['rectification', 'SUBMITTED', '已提交', 'tag-info'],
  ['rectification', 'OVERDUE', '已逾期', 'tag-danger'],
])('%s %s shows %s', (kind, status, text, cls) => {
  const comp = render({ kind, status })
  const tag = comp.querySelector('.tag')
  expect(tag.dom.textContent).toBe(text)
  expect(tag.dom.className).toContain(cls)
})

test('follows a status change', async () => {
  const comp = render({ kind: 'application', status: 'DRAFT' })
  comp.setData({ status: 'APPROVED' })
  await simulate.sleep(0)
  expect(comp.querySelector('.tag').dom.textContent).toBe('已通过')
})

test('an unknown status shows its own value, no status shows nothing', () => {
  expect(render({ kind: 'cobuilding', status: 'PAUSED' }).querySelector('.tag').dom.textContent).toBe('PAUSED')
  expect(render({ kind: 'cobuilding', status: '' }).querySelector('.tag')).toBeFalsy()
})
