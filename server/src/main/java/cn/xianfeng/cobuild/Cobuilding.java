package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import java.time.LocalDate;

/** 先锋号 — an approved co-building: a lead unit, its partners, one pioneer. */
@TableName("cobuilding")
class Cobuilding {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String publicId;
    private String name;
    private Long leadUnitId;
    private Long applicationId;
    private CobuildingStatus status;
    private LocalDate plaqueDate;
    private Long bureauLiaisonId;
    private String announcement;
    private Instant announcementUpdatedAt;
    private Instant createdAt;
    private Instant updatedAt;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    String getPublicId() {
        return publicId;
    }

    void setPublicId(String publicId) {
        this.publicId = publicId;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    Long getLeadUnitId() {
        return leadUnitId;
    }

    void setLeadUnitId(Long leadUnitId) {
        this.leadUnitId = leadUnitId;
    }

    Long getApplicationId() {
        return applicationId;
    }

    void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    CobuildingStatus getStatus() {
        return status;
    }

    void setStatus(CobuildingStatus status) {
        this.status = status;
    }

    LocalDate getPlaqueDate() {
        return plaqueDate;
    }

    void setPlaqueDate(LocalDate plaqueDate) {
        this.plaqueDate = plaqueDate;
    }

    Long getBureauLiaisonId() {
        return bureauLiaisonId;
    }

    void setBureauLiaisonId(Long bureauLiaisonId) {
        this.bureauLiaisonId = bureauLiaisonId;
    }

    String getAnnouncement() {
        return announcement;
    }

    void setAnnouncement(String announcement) {
        this.announcement = announcement;
    }

    Instant getAnnouncementUpdatedAt() {
        return announcementUpdatedAt;
    }

    void setAnnouncementUpdatedAt(Instant announcementUpdatedAt) {
        this.announcementUpdatedAt = announcementUpdatedAt;
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
