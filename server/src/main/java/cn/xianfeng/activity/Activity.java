package cn.xianfeng.activity;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** An activity (活动) organised by a member for their co-building or by the bureau for several. */
@TableName("activity")
class Activity {

    @TableId(type = IdType.AUTO)
    private Long id;
    private ActorType organizerType;
    private Long organizerId;
    private String clientId;
    private ActivityType type;
    private String title;
    private String description;
    private Instant startAt;
    private Instant endAt;
    private String placeName;
    private Double latitude;
    private Double longitude;
    private Integer radiusMeters;
    private Instant checkinOpensAt;
    private Instant checkinClosesAt;
    private Boolean photoRequired;
    private ExpectedScope expectedScope;
    private Instant cancelledAt;
    private String cancelReason;
    private Integer revision;
    private Instant createdAt;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    ActorType getOrganizerType() {
        return organizerType;
    }

    void setOrganizerType(ActorType organizerType) {
        this.organizerType = organizerType;
    }

    Long getOrganizerId() {
        return organizerId;
    }

    void setOrganizerId(Long organizerId) {
        this.organizerId = organizerId;
    }

    String getClientId() {
        return clientId;
    }

    void setClientId(String clientId) {
        this.clientId = clientId;
    }

    ActivityType getType() {
        return type;
    }

    void setType(ActivityType type) {
        this.type = type;
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

    Instant getStartAt() {
        return startAt;
    }

    void setStartAt(Instant startAt) {
        this.startAt = startAt;
    }

    Instant getEndAt() {
        return endAt;
    }

    void setEndAt(Instant endAt) {
        this.endAt = endAt;
    }

    String getPlaceName() {
        return placeName;
    }

    void setPlaceName(String placeName) {
        this.placeName = placeName;
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

    Integer getRadiusMeters() {
        return radiusMeters;
    }

    void setRadiusMeters(Integer radiusMeters) {
        this.radiusMeters = radiusMeters;
    }

    Instant getCheckinOpensAt() {
        return checkinOpensAt;
    }

    void setCheckinOpensAt(Instant checkinOpensAt) {
        this.checkinOpensAt = checkinOpensAt;
    }

    Instant getCheckinClosesAt() {
        return checkinClosesAt;
    }

    void setCheckinClosesAt(Instant checkinClosesAt) {
        this.checkinClosesAt = checkinClosesAt;
    }

    Boolean getPhotoRequired() {
        return photoRequired;
    }

    void setPhotoRequired(Boolean photoRequired) {
        this.photoRequired = photoRequired;
    }

    ExpectedScope getExpectedScope() {
        return expectedScope;
    }

    void setExpectedScope(ExpectedScope expectedScope) {
        this.expectedScope = expectedScope;
    }

    Instant getCancelledAt() {
        return cancelledAt;
    }

    void setCancelledAt(Instant cancelledAt) {
        this.cancelledAt = cancelledAt;
    }

    String getCancelReason() {
        return cancelReason;
    }

    void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    Integer getRevision() {
        return revision;
    }

    void setRevision(Integer revision) {
        this.revision = revision;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
