package cn.xianfeng.goal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A change to a goal: a field left out is kept, a JSON {@code null} clears a field that may be empty (description,
 * target, unit, date). A class with setters rather than a record, because a record cannot tell "left out" from
 * "null": each setter notes that its field was sent.
 */
public final class UpdateGoalRequest {

    private final Set<String> sent = new HashSet<>();

    @Size(min = 1, max = 100, message = "目标名称应为 1 到 100 字")
    private String title;
    @Size(max = 1000, message = "目标说明最多 1000 字")
    private String description;
    @Size(max = 100, message = "目标值描述最多 100 字")
    private String targetText;
    @DecimalMin(value = "0", message = "目标数量不能为负数")
    @DecimalMax(value = "1000000000", message = "目标数量最多 10 亿")
    @Digits(integer = 10, fraction = 2, message = "目标数量最多两位小数")
    private BigDecimal targetAmount;
    @Size(max = 16, message = "单位最多 16 字")
    private String targetUnit;
    private LocalDate targetDate;
    private GoalStatus status;

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

    public String getTargetText() {
        return targetText;
    }

    public void setTargetText(String targetText) {
        sent.add("targetText");
        this.targetText = targetText;
    }

    public BigDecimal getTargetAmount() {
        return targetAmount;
    }

    public void setTargetAmount(BigDecimal targetAmount) {
        sent.add("targetAmount");
        this.targetAmount = targetAmount;
    }

    public String getTargetUnit() {
        return targetUnit;
    }

    public void setTargetUnit(String targetUnit) {
        sent.add("targetUnit");
        this.targetUnit = targetUnit;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        sent.add("targetDate");
        this.targetDate = targetDate;
    }

    public GoalStatus getStatus() {
        return status;
    }

    public void setStatus(GoalStatus status) {
        sent.add("status");
        this.status = status;
    }
}
