package cn.xianfeng.goal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** 阶段总结 — the pioneer's account of a finished stage, which opens the next one with its goals. */
@TableName("stage_summary")
class StageSummary {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long cobuildingId;
    private Integer stage;
    private String text;
    private Long submittedBy;
    private Instant submittedAt;
    private String clientId;

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

    Integer getStage() {
        return stage;
    }

    void setStage(Integer stage) {
        this.stage = stage;
    }

    String getText() {
        return text;
    }

    void setText(String text) {
        this.text = text;
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

    String getClientId() {
        return clientId;
    }

    void setClientId(String clientId) {
        this.clientId = clientId;
    }
}
