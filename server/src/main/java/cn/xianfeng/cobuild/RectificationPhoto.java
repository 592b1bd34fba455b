package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** A photo of a rectification's current report, at its place in the report. */
@TableName("cobuilding_rectification_photo")
class RectificationPhoto {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long rectificationId;
    private Long mediaId;
    private Integer position;
    private Instant createdAt;


    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getRectificationId() {
        return rectificationId;
    }

    void setRectificationId(Long rectificationId) {
        this.rectificationId = rectificationId;
    }

    Long getMediaId() {
        return mediaId;
    }

    void setMediaId(Long mediaId) {
        this.mediaId = mediaId;
    }

    Integer getPosition() {
        return position;
    }

    void setPosition(Integer position) {
        this.position = position;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
