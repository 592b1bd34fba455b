package cn.xianfeng.admin;

import cn.xianfeng.shared.web.ApiTime;
import java.time.OffsetDateTime;

/** One audit log line; {@code adminUsername} is null when the account no longer exists. */
public record AuditEntrySummary(String id, String adminId, String adminUsername, String action, String targetType,
                                String targetId, String summary, String clientIp, OffsetDateTime createdAt) {

    static AuditEntrySummary of(AuditEntry entry, String adminUsername) {
        return new AuditEntrySummary(String.valueOf(entry.getId()), String.valueOf(entry.getAdminId()), adminUsername,
                entry.getAction(), entry.getTargetType(), entry.getTargetId(), entry.getSummary(),
                entry.getClientIp(), ApiTime.of(entry.getCreatedAt()));
    }
}
