package cn.xianfeng.activity;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** One organiser action on an activity or a check-in, by a member or an admin. */
@TableName("activity_audit")
class ActivityAudit {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long activityId;
    private Long checkinId;
    private String action;
    private ActorType actorType;
    private Long actorId;
    private String note;

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

    Long getCheckinId() {
        return checkinId;
    }

    void setCheckinId(Long checkinId) {
        this.checkinId = checkinId;
    }

    String getAction() {
        return action;
    }

    void setAction(String action) {
        this.action = action;
    }

    ActorType getActorType() {
        return actorType;
    }

    void setActorType(ActorType actorType) {
        this.actorType = actorType;
    }

    Long getActorId() {
        return actorId;
    }

    void setActorId(Long actorId) {
        this.actorId = actorId;
    }

    String getNote() {
        return note;
    }

    void setNote(String note) {
        this.note = note;
    }
}
