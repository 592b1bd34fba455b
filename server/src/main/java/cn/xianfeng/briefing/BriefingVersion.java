package cn.xianfeng.briefing;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import java.time.LocalDate;

/** An immutable copy of one published version of a briefing. */
@TableName("briefing_version")
class BriefingVersion {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long briefingId;
    private Integer version;
    private String title;
    private BriefingCategory category;
    private String summary;
    private String bodyMarkdown;
    private String bodyHtml;
    private LocalDate applyDeadline;
    private String attachmentMediaIds;
    private String changeNote;
    private Long publishedBy;
    private Instant publishedAt;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getBriefingId() {
        return briefingId;
    }

    void setBriefingId(Long briefingId) {
        this.briefingId = briefingId;
    }

    Integer getVersion() {
        return version;
    }

    void setVersion(Integer version) {
        this.version = version;
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

    LocalDate getApplyDeadline() {
        return applyDeadline;
    }

    void setApplyDeadline(LocalDate applyDeadline) {
        this.applyDeadline = applyDeadline;
    }

    String getAttachmentMediaIds() {
        return attachmentMediaIds;
    }

    void setAttachmentMediaIds(String attachmentMediaIds) {
        this.attachmentMediaIds = attachmentMediaIds;
    }

    String getChangeNote() {
        return changeNote;
    }

    void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    Long getPublishedBy() {
        return publishedBy;
    }

    void setPublishedBy(Long publishedBy) {
        this.publishedBy = publishedBy;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }
}
