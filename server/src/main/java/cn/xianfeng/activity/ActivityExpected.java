package cn.xianfeng.activity;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** A person a LISTED activity expects. */
@TableName("activity_expected")
class ActivityExpected {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long activityId;
    private Long userId;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getActivityId() {
        return activityId;
    }

    void setActivityId(Long activityId) {
        this.activityId = activityId;
    }

    Long getUserId() {
        return userId;
    }

    void setUserId(Long userId) {
        this.userId = userId;
    }
}
