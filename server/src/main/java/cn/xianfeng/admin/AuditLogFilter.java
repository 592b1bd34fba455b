package cn.xianfeng.admin;

import java.time.Instant;

/** What to look for in the audit log; every field is optional. */
record AuditLogFilter(Long adminId, String action, String targetType, String targetId, Instant from, Instant to) {

    AuditLogFilter {
        action = blankToNull(action);
        targetType = blankToNull(targetType);
        targetId = blankToNull(targetId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
