package cn.xianfeng.goal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** One photo of a checklist tick, in the order given. */
@TableName("checklist_photo")
class ChecklistPhoto {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long tickId;
    private Long mediaId;
    private Integer position;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getTickId() {
        return tickId;
    }

    void setTickId(Long tickId) {
        this.tickId = tickId;
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
}
