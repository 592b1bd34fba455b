package cn.xianfeng.push;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** How many subscribe messages of a template a member granted and has not used yet. */
@TableName("push_quota")
class PushQuota {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long userId;
    private String templateId;
    private Integer remaining;
    private String lastResult;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getUserId() {
        return userId;
    }

    void setUserId(Long userId) {
        this.userId = userId;
    }

    String getTemplateId() {
        return templateId;
    }

    void setTemplateId(String templateId) {
        this.templateId = templateId;
    }

    Integer getRemaining() {
        return remaining;
    }

    void setRemaining(Integer remaining) {
        this.remaining = remaining;
    }

    String getLastResult() {
        return lastResult;
    }

    void setLastResult(String lastResult) {
        this.lastResult = lastResult;
    }
}
