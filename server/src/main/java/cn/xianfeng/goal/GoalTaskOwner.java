package cn.xianfeng.goal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** 责任人 — one of the members a task is assigned to. */
@TableName("goal_task_owner")
class GoalTaskOwner {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long taskId;
    private Long userId;

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

    Long getUserId() {
        return userId;
    }

    void setUserId(Long userId) {
        this.userId = userId;
    }
}
