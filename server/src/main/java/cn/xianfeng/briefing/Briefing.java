package cn.xianfeng.briefing;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import java.time.LocalDate;

/** A policy briefing as stored: a draft until published, then versions 1, 2 … through corrections. */
@TableName("briefing")
class Briefing {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String title;
    private BriefingCategory category;
    private String summary;
    private String bodyMarkdown;
    private String bodyHtml;
    private String bodyText;
    private LocalDate applyDeadline;
    private TargetScope targetScope;
    private String targetUnitTypes;
    private BriefingStatus status;
    private Integer version;
    private Instant publishedAt;
    private Instant correctedAt;
    private String changeNote;
    private Instant unpublishedAt;
    private Integer remindCount;
    private Long createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    BriefingCategory getCategory() {
        return category;
    }

    void setCategory(BriefingCategory category) {
        this.category = category;
    }

    String getSummary() {
        return summary;
    }

    void setSummary(String summary) {
        this.summary = summary;
    }

    String getBodyMarkdown() {
        return bodyMarkdown;
    }

    void setBodyMarkdown(String bodyMarkdown) {
        this.bodyMarkdown = bodyMarkdown;
    }

    String getBodyHtml() {
        return bodyHtml;
    }

    void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml;
    }

    String getBodyText() {
        return bodyText;
    }

    void setBodyText(String bodyText) {
        this.bodyText = bodyText;
    }

    LocalDate getApplyDeadline() {
        return applyDeadline;
    }

    void setApplyDeadline(LocalDate applyDeadline) {
        this.applyDeadline = applyDeadline;
    }

    TargetScope getTargetScope() {
        return targetScope;
    }

    void setTargetScope(TargetScope targetScope) {
        this.targetScope = targetScope;
    }

    String getTargetUnitTypes() {
        return targetUnitTypes;
    }

    void setTargetUnitTypes(String targetUnitTypes) {
        this.targetUnitTypes = targetUnitTypes;
    }

    BriefingStatus getStatus() {
        return status;
    }

    void setStatus(BriefingStatus status) {
        this.status = status;
    }

    Integer getVersion() {
        return version;
    }

    void setVersion(Integer version) {
        this.version = version;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    Instant getCorrectedAt() {
        return correctedAt;
    }

    void setCorrectedAt(Instant correctedAt) {
        this.correctedAt = correctedAt;
    }

    String getChangeNote() {
        return changeNote;
    }

    void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    Instant getUnpublishedAt() {
        return unpublishedAt;
    }

    void setUnpublishedAt(Instant unpublishedAt) {
        this.unpublishedAt = unpublishedAt;
    }

    Integer getRemindCount() {
        return remindCount;
    }

    void setRemindCount(Integer remindCount) {
        this.remindCount = remindCount;
    }

    Long getCreatedBy() {
        return createdBy;
    }

    void setCreatedBy(Long createdBy) {
        this.createdBy = createdBy;
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
