package cn.xianfeng.activity;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** A person's one check-in (签到) at an activity. */
@TableName("checkin")
class Checkin {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long activityId;
    private Long userId;
    private String clientId;
    private CheckinMethod method;
    private Instant checkedInAt;
    private Double latitude;
    private Double longitude;
    private Double accuracy;
    private Integer distanceMeters;
    private String flags;
    private String photoMediaIds;
    private ActorType onBehalfByType;
    private Long onBehalfById;
    private String onBehalfReason;
    private ReviewDecision reviewDecision;
    private String reviewNote;
    private ActorType reviewedByType;
    private Long reviewedById;
    private Instant reviewedAt;

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

    String getClientId() {
        return clientId;
    }

    void setClientId(String clientId) {
        this.clientId = clientId;
    }

    CheckinMethod getMethod() {
        return method;
    }

    void setMethod(CheckinMethod method) {
        this.method = method;
    }

    Instant getCheckedInAt() {
        return checkedInAt;
    }

    void setCheckedInAt(Instant checkedInAt) {
        this.checkedInAt = checkedInAt;
    }

    Double getLatitude() {
        return latitude;
    }

    void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    Double getLongitude() {
        return longitude;
    }

    void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    Double getAccuracy() {
        return accuracy;
    }

    void setAccuracy(Double accuracy) {
        this.accuracy = accuracy;
    }

    Integer getDistanceMeters() {
        return distanceMeters;
    }

    void setDistanceMeters(Integer distanceMeters) {
        this.distanceMeters = distanceMeters;
    }

    String getFlags() {
        return flags;
    }

    void setFlags(String flags) {
        this.flags = flags;
    }

    String getPhotoMediaIds() {
        return photoMediaIds;
    }

    void setPhotoMediaIds(String photoMediaIds) {
        this.photoMediaIds = photoMediaIds;
    }

    ActorType getOnBehalfByType() {
        return onBehalfByType;
    }

    void setOnBehalfByType(ActorType onBehalfByType) {
        this.onBehalfByType = onBehalfByType;
    }

    Long getOnBehalfById() {
        return onBehalfById;
    }

    void setOnBehalfById(Long onBehalfById) {
        this.onBehalfById = onBehalfById;
    }

    String getOnBehalfReason() {
        return onBehalfReason;
    }

    void setOnBehalfReason(String onBehalfReason) {
        this.onBehalfReason = onBehalfReason;
    }

    ReviewDecision getReviewDecision() {
        return reviewDecision;
    }

    void setReviewDecision(ReviewDecision reviewDecision) {
        this.reviewDecision = reviewDecision;
    }

    String getReviewNote() {
        return reviewNote;
    }

    void setReviewNote(String reviewNote) {
        this.reviewNote = reviewNote;
    }

    ActorType getReviewedByType() {
        return reviewedByType;
    }

    void setReviewedByType(ActorType reviewedByType) {
        this.reviewedByType = reviewedByType;
    }

    Long getReviewedById() {
        return reviewedById;
    }

    void setReviewedById(Long reviewedById) {
        this.reviewedById = reviewedById;
    }

    Instant getReviewedAt() {
        return reviewedAt;
    }

    void setReviewedAt(Instant reviewedAt) {
        this.reviewedAt = reviewedAt;
    }
}
