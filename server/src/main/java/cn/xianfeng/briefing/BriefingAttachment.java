package cn.xianfeng.briefing;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** A PDF attached to a briefing, in order. */
@TableName("briefing_attachment")
class BriefingAttachment {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long briefingId;
    private Long mediaId;
    private String name;
    private Integer position;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getBriefingId() {
        return briefingId;
    }

    void setBriefingId(Long briefingId) {
        this.briefingId = briefingId;
    }

    Long getMediaId() {
        return mediaId;
    }

    void setMediaId(Long mediaId) {
        this.mediaId = mediaId;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    Integer getPosition() {
        return position;
    }

    void setPosition(Integer position) {
        this.position = position;
    }
}
