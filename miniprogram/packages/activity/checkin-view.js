// A CheckinView as the pages show it: when, how, how far, the flags in Chinese, photos, 补签 and the review.
const { formatDateTime } = require('../../utils/format')
const { activityLabel, activityTone, flagLabels } = require('../../utils/activity')
const { assetUrl } = require('../../utils/asset-url')

function distanceText(meters) {
  if (meters === null || meters === undefined || Number.isNaN(Number(meters))) return ''
  const m = Math.round(Number(meters))
  return m >= 1000 ? `距活动地点 ${(m / 1000).toFixed(1)} 公里` : `距活动地点 ${m} 米`
}

function decorateCheckin(c) {
  if (!c) return null
  const review = c.review
  const photos = (Array.isArray(c.photos) ? c.photos : []).filter((p) => p && (p.thumbUrl || p.url))
  return {
    id: c.id,
    userId: c.userId,
    displayName: c.displayName || '',
    atText: formatDateTime(c.checkedInAt),
    methodLabel: activityLabel('method', c.method),
    distanceText: distanceText(c.distanceMeters),
    flags: flagLabels(c.flags),
    flagged: Array.isArray(c.flags) && c.flags.length > 0,
    photos: photos.map((p) => ({ id: p.id, thumb: assetUrl(p.thumbUrl || p.url), full: assetUrl(p.url || p.thumbUrl) })),
    onBehalfText: c.onBehalf ? `由 ${c.onBehalf.byName || '组织者'} 补签：${c.onBehalf.reason || ''}` : '',
    review: review
      ? {
          label: activityLabel('review', review.decision),
          tone: activityTone('review', review.decision),
          note: review.note || '',
          by: review.byName || '',
          at: formatDateTime(review.at),
        }
      : null,
  }
}

module.exports = { decorateCheckin, distanceText }
