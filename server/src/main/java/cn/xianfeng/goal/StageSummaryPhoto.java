package cn.xianfeng.goal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** One photo of a stage summary, in the order given. */
@TableName("stage_summary_photo")
class StageSummaryPhoto {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long summaryId;
    private Long mediaId;
    private Integer position;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getSummaryId() {
        return summaryId;
    }

    void setSummaryId(Long summaryId) {
        this.summaryId = summaryId;
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
