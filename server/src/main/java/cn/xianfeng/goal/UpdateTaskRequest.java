package cn.xianfeng.goal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A change to a task: a field left out is kept; {@code description: null} clears it (the other fields cannot be
 * empty). The date rule is checked on the result. A class with setters, as {@link UpdateGoalRequest} is, to tell
 * "left out" from "null".
 */
public final class UpdateTaskRequest {

    private final Set<String> sent = new HashSet<>();

    @Size(min = 1, max = 100, message = "任务名称应为 1 到 100 字")
    private String title;
    @Size(max = 1000, message = "任务说明最多 1000 字")
    private String description;
    @Size(max = 20, message = "责任人最多 20 人")
    private List<@NotNull(message = "成员编号不正确") @Pattern(regexp = GoalRequests.ID, message = "成员编号不正确") String> ownerIds;
    private LocalDate plannedStart;
    private LocalDate dueDate;
    @Min(value = 1, message = "权重应在 1 到 100 之间")
    @Max(value = 100, message = "权重应在 1 到 100 之间")
    private Integer weight;
    private TaskStatus status;

    boolean has(String field) {
        return sent.contains(field);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        sent.add("title");
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        sent.add("description");
        this.description = description;
    }

    public List<String> getOwnerIds() {
        return ownerIds;
    }

    public void setOwnerIds(List<String> ownerIds) {
        sent.add("ownerIds");
        this.ownerIds = ownerIds;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        sent.add("plannedStart");
        this.plannedStart = plannedStart;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        sent.add("dueDate");
        this.dueDate = dueDate;
    }

    public Integer getWeight() {
        return weight;
    }

    public void setWeight(Integer weight) {
        sent.add("weight");
        this.weight = weight;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public void setStatus(TaskStatus status) {
        sent.add("status");
        this.status = status;
    }
}
