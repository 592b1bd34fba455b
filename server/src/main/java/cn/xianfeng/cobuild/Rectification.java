package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import java.time.LocalDate;

/** 整改: what an evaluation ordered a co-building to put right by a deadline, its report and the bureau's re-check. */
@TableName("cobuilding_rectification")
class Rectification {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long cobuildingId;
    private String sourceRef;
    private String occasion;
    private String orderNote;
    private Long orderedBy;
    private Instant orderedAt;
    private LocalDate deadline;
    private RectificationStatus status;
    private Instant overdueAt;
    private String reportText;
    private String reportClientId;
    private Long submittedBy;
    private Instant submittedAt;
    private String reviewComment;
    private Long reviewedBy;
    private Instant reviewedAt;
    private Instant createdAt;
    private Instant updatedAt;


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

    String getSourceRef() {
        return sourceRef;
    }

    void setSourceRef(String sourceRef) {
        this.sourceRef = sourceRef;
    }

    String getOccasion() {
        return occasion;
    }

    void setOccasion(String occasion) {
        this.occasion = occasion;
    }

    String getOrderNote() {
        return orderNote;
    }

    void setOrderNote(String orderNote) {
        this.orderNote = orderNote;
    }

    Long getOrderedBy() {
        return orderedBy;
    }

    void setOrderedBy(Long orderedBy) {
        this.orderedBy = orderedBy;
    }

    Instant getOrderedAt() {
        return orderedAt;
    }

    void setOrderedAt(Instant orderedAt) {
        this.orderedAt = orderedAt;
    }

    LocalDate getDeadline() {
        return deadline;
    }

    void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    RectificationStatus getStatus() {
        return status;
    }

    void setStatus(RectificationStatus status) {
        this.status = status;
    }

    Instant getOverdueAt() {
        return overdueAt;
    }

    void setOverdueAt(Instant overdueAt) {
        this.overdueAt = overdueAt;
    }

    String getReportText() {
        return reportText;
    }

    void setReportText(String reportText) {
        this.reportText = reportText;
    }

    String getReportClientId() {
        return reportClientId;
    }

    void setReportClientId(String reportClientId) {
        this.reportClientId = reportClientId;
    }

    Long getSubmittedBy() {
        return submittedBy;
    }

    void setSubmittedBy(Long submittedBy) {
        this.submittedBy = submittedBy;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    void setSubmittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
    }

    String getReviewComment() {
        return reviewComment;
    }

    void setReviewComment(String reviewComment) {
        this.reviewComment = reviewComment;
    }

    Long getReviewedBy() {
        return reviewedBy;
    }

    void setReviewedBy(Long reviewedBy) {
        this.reviewedBy = reviewedBy;
    }

    Instant getReviewedAt() {
        return reviewedAt;
    }

    void setReviewedAt(Instant reviewedAt) {
        this.reviewedAt = reviewedAt;
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
