package cn.xianfeng.briefing;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** A read receipt: the first time a person opened a briefing. */
@TableName("briefing_read")
class BriefingReadReceipt {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long briefingId;
    private Long userId;
    private Instant firstReadAt;

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

    Long getUserId() {
        return userId;
    }

    void setUserId(Long userId) {
        this.userId = userId;
    }

    Instant getFirstReadAt() {
        return firstReadAt;
    }

    void setFirstReadAt(Instant firstReadAt) {
        this.firstReadAt = firstReadAt;
    }
}
