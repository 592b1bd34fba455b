package cn.xianfeng.activity;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** An activity's 小程序码 as WeChat drew it. */
@TableName("activity_wxacode")
class ActivityWxacode {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long activityId;
    private byte[] png;

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

    byte[] getPng() {
        return png;
    }

    void setPng(byte[] png) {
        this.png = png;
    }
}
