package cn.xianfeng.briefing;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** A person a briefing was published to, and the co-building through which it reached them. */
@TableName("briefing_audience")
class BriefingAudience {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long briefingId;
    private Long userId;
    private Long cobuildingId;

    static BriefingAudience of(long briefingId, long userId, long cobuildingId) {
        BriefingAudience row = new BriefingAudience();
        row.setBriefingId(briefingId);
        row.setUserId(userId);
        row.setCobuildingId(cobuildingId);
        return row;
    }

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

    Long getCobuildingId() {
        return cobuildingId;
    }

    void setCobuildingId(Long cobuildingId) {
        this.cobuildingId = cobuildingId;
    }
}
