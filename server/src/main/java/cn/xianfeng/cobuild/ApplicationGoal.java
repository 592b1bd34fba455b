package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;

/** A draft goal of one of the five ones (五个一) in an application. */
@TableName("application_goal")
class ApplicationGoal {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long applicationId;
    private GoalCategory category;
    private String title;
    private String description;
    private LocalDate targetDate;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getApplicationId() {
        return applicationId;
    }

    void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    GoalCategory getCategory() {
        return category;
    }

    void setCategory(GoalCategory category) {
        this.category = category;
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

    LocalDate getTargetDate() {
        return targetDate;
    }

    void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }
}
