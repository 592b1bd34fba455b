package cn.xianfeng.admin;

import cn.xianfeng.shared.security.AdminCaller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审计日志 — who did what to which record, when and from where. Every admin write records itself here inside its
 * own transaction, so an action that rolled back leaves no entry and one that committed always has one.
 */
@Service
public class AuditLog {

    private final AuditEntryMapper entries;

    AuditLog(AuditEntryMapper entries) {
        this.entries = entries;
    }

    /**
     * @param action     a stable verb such as {@code application.approve}
     * @param targetType what was acted on, such as {@code application}
     * @param targetId   its id
     * @param summary    a short human-readable note (a reason, the changed fields); at most 500 characters
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AdminCaller who, String action, String targetType, Object targetId, String summary) {
        AuditEntry entry = new AuditEntry();
        entry.setAdminId(who.adminId());
        entry.setAction(action);
        entry.setTargetType(targetType);
        entry.setTargetId(targetId == null ? null : String.valueOf(targetId));
        entry.setSummary(summary == null ? null : summary.length() > 500 ? summary.substring(0, 500) : summary);
        entry.setClientIp(who.clientIp());
        entries.insert(entry);
    }
}
