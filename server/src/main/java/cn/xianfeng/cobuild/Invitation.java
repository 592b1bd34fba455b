package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** An invitation code a pioneer hands out to bring in a unit liaison or members. */
@TableName("invitation")
class Invitation {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long cobuildingId;
    private String code;
    private MemberRole role;
    private Long unitId;
    private Instant expiresAt;
    private Integer maxUses;
    private Integer uses;
    private Boolean revoked;
    private Long createdBy;
    private String clientId;
    private Instant createdAt;

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

    String getCode() {
        return code;
    }

    void setCode(String code) {
        this.code = code;
    }

    MemberRole getRole() {
        return role;
    }

    void setRole(MemberRole role) {
        this.role = role;
    }

    Long getUnitId() {
        return unitId;
    }

    void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    void setExpiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
    }

    Integer getMaxUses() {
        return maxUses;
    }

    void setMaxUses(Integer maxUses) {
        this.maxUses = maxUses;
    }

    Integer getUses() {
        return uses;
    }

    void setUses(Integer uses) {
        this.uses = uses;
    }

    Boolean getRevoked() {
        return revoked;
    }

    void setRevoked(Boolean revoked) {
        this.revoked = revoked;
    }

    Long getCreatedBy() {
        return createdBy;
    }

    void setCreatedBy(Long createdBy) {
        this.createdBy = createdBy;
    }

    String getClientId() {
        return clientId;
    }

    void setClientId(String clientId) {
        this.clientId = clientId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
