package cn.xianfeng.activity;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** A co-building an activity is for; {@code startAt} copied from the activity for listing. */
@TableName("activity_cobuilding")
class ActivityCobuilding {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long activityId;
    private Long cobuildingId;
    private Instant startAt;

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

    Long getCobuildingId() {
        return cobuildingId;
    }

    void setCobuildingId(Long cobuildingId) {
        this.cobuildingId = cobuildingId;
    }

    Instant getStartAt() {
        return startAt;
    }

    void setStartAt(Instant startAt) {
        this.startAt = startAt;
    }
}
