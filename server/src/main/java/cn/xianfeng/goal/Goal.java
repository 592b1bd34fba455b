package cn.xianfeng.goal;

import cn.xianfeng.cobuild.GoalCategory;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A goal (目标) of one of the five ones in one stage of a co-building: what it commits to and by when. */
@TableName("goal")
class Goal {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long cobuildingId;
    private GoalCategory category;
    private Integer stage;
    private String title;
    private String description;
    private String targetText;
    private BigDecimal targetAmount;
    private String targetUnit;
    private LocalDate targetDate;
    private GoalStatus status;
    private Long draftGoalId;
    private String clientId;
    private Long createdBy;
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

    GoalCategory getCategory() {
        return category;
    }

    void setCategory(GoalCategory category) {
        this.category = category;
    }

    Integer getStage() {
        return stage;
    }

    void setStage(Integer stage) {
        this.stage = stage;
    }

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    String getTargetText() {
        return targetText;
    }

    void setTargetText(String targetText) {
        this.targetText = targetText;
    }

    BigDecimal getTargetAmount() {
        return targetAmount;
    }

    void setTargetAmount(BigDecimal targetAmount) {
        this.targetAmount = targetAmount;
    }

    String getTargetUnit() {
        return targetUnit;
    }

    void setTargetUnit(String targetUnit) {
        this.targetUnit = targetUnit;
    }

    LocalDate getTargetDate() {
        return targetDate;
    }

    void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    GoalStatus getStatus() {
        return status;
    }

    void setStatus(GoalStatus status) {
        this.status = status;
    }

    Long getDraftGoalId() {
        return draftGoalId;
    }

    void setDraftGoalId(Long draftGoalId) {
        this.draftGoalId = draftGoalId;
    }

    String getClientId() {
        return clientId;
    }

    void setClientId(String clientId) {
        this.clientId = clientId;
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
