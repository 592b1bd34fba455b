package cn.xianfeng.goal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;
import java.time.Instant;

/** 进展 — a report on a task: the percent it moved to, a note, an amount achieved and photos. */
@TableName("progress_report")
class ProgressReport {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long taskId;
    private Long goalId;
    private Long cobuildingId;
    private Long reporterId;
    private Integer percent;
    private Integer previousPercent;
    private String note;
    private BigDecimal achievedAmount;
    private Boolean correction;
    private String clientId;
    private Instant createdAt;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getTaskId() {
        return taskId;
    }

    void setTaskId(Long taskId) {
        this.taskId = taskId;
    }

    Long getGoalId() {
        return goalId;
    }

    void setGoalId(Long goalId) {
        this.goalId = goalId;
    }

    Long getCobuildingId() {
        return cobuildingId;
    }

    void setCobuildingId(Long cobuildingId) {
        this.cobuildingId = cobuildingId;
    }

    Long getReporterId() {
        return reporterId;
    }

    void setReporterId(Long reporterId) {
        this.reporterId = reporterId;
    }

    Integer getPercent() {
        return percent;
    }

    void setPercent(Integer percent) {
        this.percent = percent;
    }

    Integer getPreviousPercent() {
        return previousPercent;
    }

    void setPreviousPercent(Integer previousPercent) {
        this.previousPercent = previousPercent;
    }

    String getNote() {
        return note;
    }

    void setNote(String note) {
        this.note = note;
    }

    BigDecimal getAchievedAmount() {
        return achievedAmount;
    }

    void setAchievedAmount(BigDecimal achievedAmount) {
        this.achievedAmount = achievedAmount;
    }

    Boolean getCorrection() {
        return correction;
    }

    void setCorrection(Boolean correction) {
        this.correction = correction;
    }

    String getClientId() {
        return clientId;
    }

    void setClientId(String clientId) {
        this.clientId = clientId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
