package cn.xianfeng.briefing;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** 意向申报 — a person intends to apply for what a briefing explains. */
@TableName("briefing_intent")
class BriefingIntent {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long briefingId;
    private Long userId;

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
}
