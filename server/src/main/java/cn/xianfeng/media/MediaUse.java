package cn.xianfeng.media;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** One record that uses a media; a media is attached while it has at least one. */
@TableName("media_use")
class MediaUse {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long mediaId;
    private String usedBy;
    private String usedById;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getMediaId() {
        return mediaId;
    }

    void setMediaId(Long mediaId) {
        this.mediaId = mediaId;
    }

    String getUsedBy() {
        return usedBy;
    }

    void setUsedBy(String usedBy) {
        this.usedBy = usedBy;
    }

    String getUsedById() {
        return usedById;
    }

    void setUsedById(String usedById) {
        this.usedById = usedById;
    }
}
