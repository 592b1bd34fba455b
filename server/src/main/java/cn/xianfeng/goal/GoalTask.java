package cn.xianfeng.goal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import java.time.LocalDate;

/** A task (任务) of a goal: who carries it out, from when to when, how heavy it weighs and how far along it is. */
@TableName("goal_task")
class GoalTask {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long goalId;
    private Long cobuildingId;
    private String title;
    private String description;
    private LocalDate plannedStart;
    private LocalDate dueDate;
    private Integer weight;
    private TaskStatus status;
    private Integer percent;
    private Instant overdueAt;
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

    LocalDate getPlannedStart() {
        return plannedStart;
    }

    void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    Integer getWeight() {
        return weight;
    }

    void setWeight(Integer weight) {
        this.weight = weight;
    }

    TaskStatus getStatus() {
        return status;
    }

    void setStatus(TaskStatus status) {
        this.status = status;
    }

    Integer getPercent() {
        return percent;
    }

    void setPercent(Integer percent) {
        this.percent = percent;
    }

    Instant getOverdueAt() {
        return overdueAt;
    }

    void setOverdueAt(Instant overdueAt) {
        this.overdueAt = overdueAt;
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
