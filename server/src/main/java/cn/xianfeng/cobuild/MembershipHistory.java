package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** One coming or going of a person in a co-building: who, how, on whose action, when. */
@TableName("membership_history")
class MembershipHistory {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long cobuildingId;
    private Long userId;
    private Long unitId;
    private MembershipEvent event;
    private MemberRole role;
    private Long actorUserId;
    private Long invitationId;
    private Instant createdAt;

    /** An entry timed by the database, like the removal and the invitations it is read beside. */
    static MembershipHistory of(Membership membership, MembershipEvent event, long actorUserId, Long invitationId) {
        MembershipHistory entry = new MembershipHistory();
        entry.setCobuildingId(membership.getCobuildingId());
        entry.setUserId(membership.getUserId());
        entry.setUnitId(membership.getUnitId());
        entry.setEvent(event);
        entry.setRole(membership.getRole());
        entry.setActorUserId(actorUserId);
        entry.setInvitationId(invitationId);
        return entry;
    }

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getCobuildingId() {
        return cobuildingId;
    }

    void setCobuildingId(Long cobuildingId) {
        this.cobuildingId = cobuildingId;
    }

    Long getUserId() {
        return userId;
    }

    void setUserId(Long userId) {
        this.userId = userId;
    }

    Long getUnitId() {
        return unitId;
    }

    void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    MembershipEvent getEvent() {
        return event;
    }

    void setEvent(MembershipEvent event) {
        this.event = event;
    }

    MemberRole getRole() {
        return role;
    }

    void setRole(MemberRole role) {
        this.role = role;
    }

    Long getActorUserId() {
        return actorUserId;
    }

    void setActorUserId(Long actorUserId) {
        this.actorUserId = actorUserId;
    }

    Long getInvitationId() {
        return invitationId;
    }

    void setInvitationId(Long invitationId) {
        this.invitationId = invitationId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
