package cn.xianfeng.goal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** A photo of a progress report, in the order the reporter gave. */
@TableName("progress_photo")
class ProgressPhoto {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long reportId;
    private Long mediaId;
    private Integer position;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getReportId() {
        return reportId;
    }

    void setReportId(Long reportId) {
        this.reportId = reportId;
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
