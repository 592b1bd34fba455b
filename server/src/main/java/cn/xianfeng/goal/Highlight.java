package cn.xianfeng.goal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** 亮点 — a progress report or stage summary the bureau marked to show as an example of good work. */
@TableName("highlight")
class Highlight {

    @TableId(type = IdType.AUTO)
    private Long id;
    private HighlightKind kind;
    private Long sourceId;
    private Long cobuildingId;
    private String comment;
    private Long markedBy;
    private Instant markedAt;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    HighlightKind getKind() {
        return kind;
    }

    void setKind(HighlightKind kind) {
        this.kind = kind;
    }

    Long getSourceId() {
        return sourceId;
    }

    void setSourceId(Long sourceId) {
        this.sourceId = sourceId;
    }

    Long getCobuildingId() {
        return cobuildingId;
    }

    void setCobuildingId(Long cobuildingId) {
        this.cobuildingId = cobuildingId;
    }

    String getComment() {
        return comment;
    }

    void setComment(String comment) {
        this.comment = comment;
    }

    Long getMarkedBy() {
        return markedBy;
    }

    void setMarkedBy(Long markedBy) {
        this.markedBy = markedBy;
    }

    Instant getMarkedAt() {
        return markedAt;
    }

    void setMarkedAt(Instant markedAt) {
        this.markedAt = markedAt;
    }
}
