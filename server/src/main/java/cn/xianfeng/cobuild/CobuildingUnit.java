package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** A unit's part in a co-building, with its entry and (if any) exit. */
@TableName("cobuilding_unit")
class CobuildingUnit {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long cobuildingId;
    private Long unitId;
    private UnitRole role;
    private Instant joinedAt;
    private Instant leftAt;
    private String leftReason;

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

    Long getUnitId() {
        return unitId;
    }

    void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    UnitRole getRole() {
        return role;
    }

    void setRole(UnitRole role) {
        this.role = role;
    }

    Instant getJoinedAt() {
        return joinedAt;
    }

    void setJoinedAt(Instant joinedAt) {
        this.joinedAt = joinedAt;
    }

    Instant getLeftAt() {
        return leftAt;
    }

    void setLeftAt(Instant leftAt) {
        this.leftAt = leftAt;
    }

    String getLeftReason() {
        return leftReason;
    }

    void setLeftReason(String leftReason) {
        this.leftReason = leftReason;
    }
}
