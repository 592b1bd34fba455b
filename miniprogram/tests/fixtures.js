// Server answers shared by tests, shaped as the API contract describes them.

const GOALS = [
  { category: 'BASE', title: '建设党建阵地', description: '按“八有”标准建设活动室', targetDate: '2026-12-31' },
  { category: 'PROBLEMS', title: '攻关关键材料', description: '联合攻关两项关键材料技术', targetDate: '2027-06-30' },
  { category: 'LEADERS', title: '培养带头人', description: '培养三名学科技术带头人', targetDate: '2027-06-30' },
  { category: 'TALENT', title: '引进人才', description: '引进一名高层次人才', targetDate: '2027-12-31' },
  { category: 'ACHIEVEMENTS', title: '成果转化', description: '转化两项重大科技成果', targetDate: '2027-12-31' },
]

/** A complete form body (what create/edit sends), valid for submitting on 2026-03-10. */
function formBody() {
  return {
    mode: 'JOINT',
    lead: {
      unitId: '11',
      name: '闽江大学',
      type: 'UNIVERSITY',
      partyOrgName: '中共闽江大学委员会',
      creditCode: '91350100M000100Y43',
      address: '福州市大学城',
    },
    partners: [
      {
        unitId: null,
        name: '海峡新材料科技有限公司',
        type: 'ENTERPRISE',
        partyOrgName: '海峡新材料党支部',
        creditCode: null,
        address: null,
        liaisonName: '陈联络',
        liaisonPhone: '0591-87654321',
      },
    ],
    pioneer: { name: '林先锋', title: '党委书记', phone: '13800000000', partyMember: true },
    goals: GOALS.map((g) => ({ ...g })),
    motivation: '产学研协同',
  }
}

function applicationView(overrides = {}) {
  return {
    id: '501',
    status: 'DRAFT',
    reviewComment: null,
    submittedAt: null,
    decidedAt: null,
    cobuildingId: null,
    history: [],
    createdAt: '2026-03-01T09:00:00+08:00',
    updatedAt: '2026-03-01T09:00:00+08:00',
    ...formBody(),
    ...overrides,
  }
}

function cobuildingView(overrides = {}) {
  return {
    id: '9',
    name: '闽江大学·海峡新材料先锋号',
    status: 'ACTIVE',
    plaqueDate: null,
    publicId: 'pub-9',
    myRole: 'PIONEER',
    writable: true,
    units: [
      { id: '11', name: '闽江大学', type: 'UNIVERSITY', role: 'LEAD' },
      { id: '12', name: '海峡新材料科技有限公司', type: 'ENTERPRISE', role: 'PARTNER' },
    ],
    memberGroups: [
      {
        unitId: '11',
        unitName: '闽江大学',
        members: [
          { userId: '100', displayName: '林先锋', avatarUrl: '', role: 'PIONEER' },
          { userId: '101', displayName: '王老师', avatarUrl: '', role: 'MEMBER' },
        ],
      },
      {
        unitId: '12',
        unitName: '海峡新材料科技有限公司',
        members: [
          { userId: '200', displayName: '陈联络', avatarUrl: '', role: 'UNIT_LIAISON' },
          { userId: '201', displayName: '赵工', avatarUrl: '', role: 'MEMBER' },
        ],
      },
    ],
    bureauLiaison: { displayName: '局联络员张' },
    announcement: null,
    ...overrides,
  }
}

function invitation(overrides = {}) {
  return {
    id: '70',
    code: 'K7M2QX9P',
    role: 'MEMBER',
    unitId: '11',
    unitName: '闽江大学',
    expiresAt: '2026-03-17T10:00:00+08:00',
    maxUses: 5,
    uses: 1,
    revoked: false,
    usable: true,
    ...overrides,
  }
}

// Chat. The logged-in user is ME; 赵工 (200) is another member.
const ME = { id: '100', nickname: '林先锋', avatarUrl: '' }
const MEMBER = { type: 'MEMBER', id: '200', displayName: '赵工', avatarUrl: null }
const MYSELF = { type: 'MEMBER', id: '100', displayName: '林先锋', avatarUrl: null }
const BUREAU = { type: 'ADMIN', id: '7', displayName: '局联络员张', avatarUrl: null }
const SYSTEM = { type: 'SYSTEM', id: null, displayName: '系统', avatarUrl: null }

function conversationView(overrides = {}) {
  return {
    id: 'c1',
    type: 'GROUP',
    title: '闽江大学·海峡新材料先锋号',
    cobuildingId: '9',
    peer: null,
    lastMessage: { seq: 12, preview: '明天的活动改到下午', createdAt: '2026-03-10T09:00:00+08:00' },
    unread: 3,
    maxSeq: 12,
    lastReadSeq: 9,
    writable: true,
    ...overrides,
  }
}

/** A text message from 赵工 unless `overrides` says otherwise. */
function message(seq, overrides = {}) {
  return {
    id: `m${seq}`,
    conversationId: 'c1',
    seq,
    sender: MEMBER,
    type: 'TEXT',
    text: `消息${seq}`,
    cardType: null,
    payload: null,
    clientMsgId: null,
    recalled: false,
    contentCheck: 'PASSED',
    createdAt: '2026-03-10T09:00:00+08:00',
    ...overrides,
  }
}

/** MediaLinks of media `id` as the server signs them (relative; assetUrl makes them absolute). */
function mediaLinks(id, overrides = {}) {
  return {
    id: String(id),
    contentType: 'image/jpeg',
    url: `/api/media/${id}/original?exp=1765000000&sig=o${id}`,
    thumbUrl: `/api/media/${id}/thumb?exp=1765000000&sig=t${id}`,
    width: 1280,
    height: 960,
    ...overrides,
  }
}

/** An IMAGE message with the links of media `mediaId`. */
function imageMessage(seq, mediaId, overrides = {}) {
  return message(seq, { type: 'IMAGE', text: null, image: mediaLinks(mediaId), ...overrides })
}

module.exports = {
  mediaLinks,
  imageMessage,
  formBody,
  applicationView,
  cobuildingView,
  invitation,
  GOALS,
  ME,
  MEMBER,
  MYSELF,
  BUREAU,
  SYSTEM,
  conversationView,
  message,
}
