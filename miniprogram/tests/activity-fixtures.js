// Activity answers shaped as the API contract (CONTRACT.md, "Activities") describes them.
const HOUR = 60 * 60 * 1000

// An instant as the server writes it: ISO-8601 with the Shanghai offset.
function iso(ms) {
  const d = new Date(ms + 8 * HOUR)
  const p = (n) => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}+08:00`
}

/** An activity going on now (check-in open), at a place with a 200 m geofence, that I am expected at. */
function activityView(overrides = {}) {
  const now = Date.now()
  return {
    id: '31',
    type: 'PARTY_ACTIVITY',
    title: '主题党日',
    description: '参观实验室，重温入党誓词',
    startAt: iso(now - 0.25 * HOUR),
    endAt: iso(now + 1.5 * HOUR),
    place: { name: '闽江大学党员活动室', latitude: 26.0745, longitude: 119.2965, radiusMeters: 200 },
    checkinOpensAt: iso(now - 0.75 * HOUR),
    checkinClosesAt: iso(now + 1.5 * HOUR),
    photoRequired: false,
    status: 'ONGOING',
    cancelReason: null,
    cobuildings: [{ id: '9', name: '闽江大学·海峡新材料先锋号' }],
    organizer: { type: 'MEMBER', id: '100', displayName: '林先锋' },
    expected: { scope: 'ALL', count: 4 },
    checkedInCount: 1,
    myCheckin: null,
    expectedOfMe: true,
    canManage: false,
    ...overrides,
  }
}

function checkinView(overrides = {}) {
  return {
    id: '501',
    activityId: '31',
    userId: '201',
    displayName: '赵工',
    avatarUrl: null,
    method: 'LOCATION',
    checkedInAt: '2026-03-12T14:31:00+08:00',
    location: { latitude: 26.0746, longitude: 119.2966, accuracy: 12 },
    distanceMeters: 14,
    flags: [],
    photos: [],
    onBehalf: null,
    review: null,
    ...overrides,
  }
}

function summary(overrides = {}) {
  return {
    id: '31',
    type: 'PARTY_ACTIVITY',
    title: '主题党日',
    startAt: '2026-03-12T14:30:00+08:00',
    endAt: '2026-03-12T16:00:00+08:00',
    placeName: '闽江大学党员活动室',
    status: 'SCHEDULED',
    cobuildingNames: ['闽江大学·海峡新材料先锋号'],
    checkedInCount: 0,
    expectedCount: 52,
    checkedIn: false,
    ...overrides,
  }
}

const page = (items, { page: number = 0, size = 20, total = items.length } = {}) => ({ items, page: number, size, total })

module.exports = { activityView, checkinView, summary, page, iso, HOUR }
