package cn.xianfeng.org;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** 创新主体 — a university, research institute or tech enterprise (its party organisation) in the programme. */
@TableName("unit")
class Unit {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String name;
    private UnitType type;
    private String partyOrgName;
    private String creditCode;
    private String address;
    private String contactName;
    private String contactPhone;
    private Long mergedIntoId;
    private Instant createdAt;
    private Instant updatedAt;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    UnitType getType() {
        return type;
    }

    void setType(UnitType type) {
        this.type = type;
    }

    String getPartyOrgName() {
        return partyOrgName;
    }

    void setPartyOrgName(String partyOrgName) {
        this.partyOrgName = partyOrgName;
    }

    String getCreditCode() {
        return creditCode;
    }

    void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    String getAddress() {
        return address;
    }

    void setAddress(String address) {
        this.address = address;
    }

    String getContactName() {
        return contactName;
    }

    void setContactName(String contactName) {
        this.contactName = contactName;
    }

    String getContactPhone() {
        return contactPhone;
    }

    void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    Long getMergedIntoId() {
        return mergedIntoId;
    }

    void setMergedIntoId(Long mergedIntoId) {
        this.mergedIntoId = mergedIntoId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
