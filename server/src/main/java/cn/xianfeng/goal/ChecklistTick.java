package cn.xianfeng.goal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** A co-building's claim that its base has a checklist item, with photo evidence, and the bureau's decision. */
@TableName("checklist_tick")
class ChecklistTick {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long cobuildingId;
    private Long itemId;
    private ChecklistStatus status;
    private String note;
    private Long tickedBy;
    private Instant tickedAt;
    private Long reviewedBy;
    private Instant reviewedAt;
    private String reviewComment;

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

    Long getItemId() {
        return itemId;
    }

    void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    ChecklistStatus getStatus() {
        return status;
    }

    void setStatus(ChecklistStatus status) {
        this.status = status;
    }

    String getNote() {
        return note;
    }

    void setNote(String note) {
        this.note = note;
    }

    Long getTickedBy() {
        return tickedBy;
    }

    void setTickedBy(Long tickedBy) {
        this.tickedBy = tickedBy;
    }

    Instant getTickedAt() {
        return tickedAt;
    }

    void setTickedAt(Instant tickedAt) {
        this.tickedAt = tickedAt;
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

    String getReviewComment() {
        return reviewComment;
    }

    void setReviewComment(String reviewComment) {
        this.reviewComment = reviewComment;
    }
}
