package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** A person's place in a co-building, for one of its units. */
@TableName("membership")
class Membership {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long cobuildingId;
    private Long userId;
    private Long unitId;
    private MemberRole role;
    private Boolean active;
    private Instant joinedAt;
    private Instant removedAt;

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

    MemberRole getRole() {
        return role;
    }

    void setRole(MemberRole role) {
        this.role = role;
    }

    Boolean getActive() {
        return active;
    }

    void setActive(Boolean active) {
        this.active = active;
    }

    Instant getJoinedAt() {
        return joinedAt;
    }

    void setJoinedAt(Instant joinedAt) {
        this.joinedAt = joinedAt;
    }

    Instant getRemovedAt() {
        return removedAt;
    }

    void setRemovedAt(Instant removedAt) {
        this.removedAt = removedAt;
    }
}
