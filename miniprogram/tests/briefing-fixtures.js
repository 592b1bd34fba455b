// Server answers for the briefing tests, shaped as CONTRACT13 names them.
const summary = (over = {}) => ({
  id: '12',
  category: 'RD_DEDUCTION',
  title: '2026年研发费用加计扣除政策解读',
  summary: '科技型中小企业研发费用按100%加计扣除',
  applyDeadline: null,
  publishedAt: '2026-11-20T09:00:00+08:00',
  read: false,
  intended: false,
  ...over,
})

const page = (items, { page: n = 0, size = 20, total } = {}) => ({
  items,
  page: n,
  size,
  total: total === undefined ? items.length : total,
})

const view = (over = {}) => ({
  id: '12',
  version: 1,
  category: 'RD_DEDUCTION',
  title: '2026年研发费用加计扣除政策解读',
  summary: '科技型中小企业研发费用按100%加计扣除',
  bodyHtml: '<p>企业开展研发活动中实际发生的研发费用……</p>',
  attachments: [
    {
      id: '77',
      name: '申报指南.pdf',
      contentType: 'application/pdf',
      size: 245760,
      url: '/api/media/77/original?exp=1790000000&sig=abc',
    },
  ],
  applyDeadline: null,
  publishedAt: '2026-11-20T09:00:00+08:00',
  correctedAt: null,
  changeNote: null,
  read: true,
  intended: false,
  ...over,
})

// A date n days from today in Shanghai, as the server writes applyDeadline.
function dateIn(days, now = Date.now()) {
  const d = new Date(now + 8 * 3600 * 1000 + days * 86400000)
  return d.toISOString().slice(0, 10)
}

module.exports = { summary, page, view, dateIn }
