package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** 申报 — an application to co-build, from draft to the bureau's decision. */
@TableName("application")
class Application {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long applicantUserId;
    private String clientId;
    private ApplicationMode mode;
    private ApplicationStatus status;
    private String leadUnitKey;
    private String pioneerName;
    private String pioneerTitle;
    private String pioneerPhone;
    private Boolean pioneerPartyMember;
    private String motivation;
    private String reviewComment;
    private Instant submittedAt;
    private Instant decidedAt;
    private Long cobuildingId;
    private Instant createdAt;
    private Instant updatedAt;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    String getClientId() {
        return clientId;
    }

    void setClientId(String clientId) {
        this.clientId = clientId;
    }

    Long getApplicantUserId() {
        return applicantUserId;
    }

    void setApplicantUserId(Long applicantUserId) {
        this.applicantUserId = applicantUserId;
    }

    ApplicationMode getMode() {
        return mode;
    }

    void setMode(ApplicationMode mode) {
        this.mode = mode;
    }

    ApplicationStatus getStatus() {
        return status;
    }

    void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    String getLeadUnitKey() {
        return leadUnitKey;
    }

    void setLeadUnitKey(String leadUnitKey) {
        this.leadUnitKey = leadUnitKey;
    }

    String getPioneerName() {
        return pioneerName;
    }

    void setPioneerName(String pioneerName) {
        this.pioneerName = pioneerName;
    }

    String getPioneerTitle() {
        return pioneerTitle;
    }

    void setPioneerTitle(String pioneerTitle) {
        this.pioneerTitle = pioneerTitle;
    }

    String getPioneerPhone() {
        return pioneerPhone;
    }

    void setPioneerPhone(String pioneerPhone) {
        this.pioneerPhone = pioneerPhone;
    }

    Boolean getPioneerPartyMember() {
        return pioneerPartyMember;
    }

    void setPioneerPartyMember(Boolean pioneerPartyMember) {
        this.pioneerPartyMember = pioneerPartyMember;
    }

    String getMotivation() {
        return motivation;
    }

    void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    String getReviewComment() {
        return reviewComment;
    }

    void setReviewComment(String reviewComment) {
        this.reviewComment = reviewComment;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    void setSubmittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    void setDecidedAt(Instant decidedAt) {
        this.decidedAt = decidedAt;
    }

    Long getCobuildingId() {
        return cobuildingId;
    }

    void setCobuildingId(Long cobuildingId) {
        this.cobuildingId = cobuildingId;
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
