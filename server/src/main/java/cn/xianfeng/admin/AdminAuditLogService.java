package cn.xianfeng.admin;

import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Reading the audit log: SUPER_ADMIN and BUREAU_ADMIN only. */
@Service
class AdminAuditLogService {

    private final AuditEntryMapper entries;
    private final AdminAccountMapper accounts;
    private final AdminAccess access;

    AdminAuditLogService(AuditEntryMapper entries, AdminAccountMapper accounts, AdminAccess access) {
        this.entries = entries;
        this.accounts = accounts;
        this.access = access;
    }

    PageResponse<AuditEntrySummary> search(AdminCaller caller, AuditLogFilter filter, PageQuery paging) {
        access.require(caller, Permission.READ_AUDIT_LOG);
        Page<AuditEntry> page = entries.pageByFilter(filter, paging.toPage());
        Map<Long, String> usernames = new HashMap<>();
        var adminIds = page.getRecords().stream().map(AuditEntry::getAdminId).distinct().toList();
        if (!adminIds.isEmpty()) {
            accounts.selectByIds(adminIds).forEach(account -> usernames.put(account.getId(), account.getUsername()));
        }
        return PageResponse.of(page, entry -> AuditEntrySummary.of(entry, usernames.get(entry.getAdminId())));
    }
}
