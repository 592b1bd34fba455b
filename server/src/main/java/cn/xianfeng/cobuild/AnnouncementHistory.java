package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** One change of a co-building's 群公告: the text it became (null: cleared), who changed it, when. */
@TableName("cobuilding_announcement_history")
class AnnouncementHistory {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long cobuildingId;
    private String announcement;
    private Long actorUserId;
    private Instant createdAt;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getCobuildingId() {
        return cobuildingId;
    }

    void setCobuildingId(Long cobuildingId) {
        this.cobuildingId = cobuildingId;
    }

    String getAnnouncement() {
        return announcement;
    }

    void setAnnouncement(String announcement) {
        this.announcement = announcement;
    }

    Long getActorUserId() {
        return actorUserId;
    }

    void setActorUserId(Long actorUserId) {
        this.actorUserId = actorUserId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
