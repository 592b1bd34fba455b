// The members of one unit of a co-building, with their roles. With canManage (the pioneer
// of an open co-building) each member but the pioneer can be removed, and in a partner unit
// a member can be given the unit's liaison role. Emits remove and makeliaison {userId, displayName, unitId},
// and select (same detail) when a member's name is tapped.
const { label } = require('../../../../utils/format')
const { assetUrl } = require('../../../../utils/asset-url')

Component({
  options: { addGlobalClass: true },

  properties: {
    group: { type: Object, value: {} }, // {unitId, unitName, members: [{userId, displayName, avatarUrl, role}]}
    partner: { type: Boolean, value: false }, // the unit is a partner unit (only those have a liaison)
    canManage: { type: Boolean, value: false },
  },

  data: { members: [] },

  observers: {
    'group, partner, canManage': function (group, partner, canManage) {
      const members = ((group && group.members) || []).map((m) => ({
        ...m,
        avatarSrc: assetUrl(m.avatarUrl), // the server hands out paths: /api/avatars/{key}
        initial: (m.displayName || '?').slice(0, 1),
        roleLabel: label('memberRole', m.role),
        canRemove: canManage && m.role !== 'PIONEER',
        canMakeLiaison: canManage && partner && m.role === 'MEMBER',
      }))
      this.setData({ members })
    },
  },

  methods: {
    detailOf(e) {
      const member = this.data.members[e.currentTarget.dataset.index]
      return { userId: member.userId, displayName: member.displayName, unitId: this.data.group.unitId }
    },

    onSelect(e) {
      this.triggerEvent('select', this.detailOf(e))
    },

    onRemove(e) {
      this.triggerEvent('remove', this.detailOf(e))
    },

    onMakeLiaison(e) {
      this.triggerEvent('makeliaison', this.detailOf(e))
    },
  },
})
