package cn.xianfeng.activity;

import java.time.Instant;

/** A check-in as the export reads it, with its activity's title and start; filled by MyBatis from the columns. */
class CheckinExportRow {

    private long id;
    private long activityId;
    private String activityTitle;
    private Instant activityStartAt;
    private long userId;
    private CheckinMethod method;
    private Instant checkedInAt;
    private String flags;
    private ActorType onBehalfByType;
    private Long onBehalfById;
    private String onBehalfReason;
    private ReviewDecision reviewDecision;

    long getId() {
        return id;
    }

    long getActivityId() {
        return activityId;
    }

    String getActivityTitle() {
        return activityTitle;
    }

    Instant getActivityStartAt() {
        return activityStartAt;
    }

    long getUserId() {
        return userId;
    }

    CheckinMethod getMethod() {
        return method;
    }

    Instant getCheckedInAt() {
        return checkedInAt;
    }

    String getFlags() {
        return flags;
    }

    ActorType getOnBehalfByType() {
        return onBehalfByType;
    }

    Long getOnBehalfById() {
        return onBehalfById;
    }

    String getOnBehalfReason() {
        return onBehalfReason;
    }

    ReviewDecision getReviewDecision() {
        return reviewDecision;
    }
}
