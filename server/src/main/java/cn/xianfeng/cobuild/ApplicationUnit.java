package cn.xianfeng.cobuild;

import cn.xianfeng.org.UnitType;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** A unit named in an application (the lead at position 0, then the partners), as entered. */
@TableName("application_unit")
class ApplicationUnit {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long applicationId;
    private UnitRole role;
    private Integer position;
    private Long unitId;
    private String name;
    private UnitType type;
    private String partyOrgName;
    private String creditCode;
    private String address;
    private String liaisonName;
    private String liaisonPhone;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getApplicationId() {
        return applicationId;
    }

    void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    UnitRole getRole() {
        return role;
    }

    void setRole(UnitRole role) {
        this.role = role;
    }

    Integer getPosition() {
        return position;
    }

    void setPosition(Integer position) {
        this.position = position;
    }

    Long getUnitId() {
        return unitId;
    }

    void setUnitId(Long unitId) {
        this.unitId = unitId;
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

    String getLiaisonName() {
        return liaisonName;
    }

    void setLiaisonName(String liaisonName) {
        this.liaisonName = liaisonName;
    }

    String getLiaisonPhone() {
        return liaisonPhone;
    }

    void setLiaisonPhone(String liaisonPhone) {
        this.liaisonPhone = liaisonPhone;
    }
}
