package cn.xianfeng.admin;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** One line of the audit log. Never updated, never deleted. */
@TableName("audit_log")
class AuditEntry {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long adminId;
    private String action;
    private String targetType;
    private String targetId;
    private String summary;
    private String clientIp;
    private Instant createdAt;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getAdminId() {
        return adminId;
    }

    void setAdminId(Long adminId) {
        this.adminId = adminId;
    }

    String getAction() {
        return action;
    }

    void setAction(String action) {
        this.action = action;
    }

    String getTargetType() {
        return targetType;
    }

    void setTargetType(String targetType) {
        this.targetType = targetType;
    }

    String getTargetId() {
        return targetId;
    }

    void setTargetId(String targetId) {
        this.targetId = targetId;
    }

    String getSummary() {
        return summary;
    }

    void setSummary(String summary) {
        this.summary = summary;
    }

    String getClientIp() {
        return clientIp;
    }

    void setClientIp(String clientIp) {
        this.clientIp = clientIp;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
