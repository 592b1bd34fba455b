package cn.xianfeng.admin;

import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log (审计日志), newest first. {@code from}/{@code to} are ISO-8601 date-times with an offset. */
@RestController
@RequestMapping("/api/admin/audit-log")
class AdminAuditLogController {

    private final AdminAuditLogService service;

    AdminAuditLogController(AdminAuditLogService service) {
        this.service = service;
    }

    @GetMapping
    PageResponse<AuditEntrySummary> search(
            AdminCaller caller,
            @RequestParam(name = "adminId", required = false) Long adminId,
            @RequestParam(name = "action", required = false) @Size(max = 64, message = "action 最多 64 个字符") String action,
            @RequestParam(name = "targetType", required = false)
            @Size(max = 32, message = "targetType 最多 32 个字符") String targetType,
            @RequestParam(name = "targetId", required = false)
            @Size(max = 64, message = "targetId 最多 64 个字符") String targetId,
            @RequestParam(name = "from", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(name = "to", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @Valid PageQuery paging) {
        AuditLogFilter filter = new AuditLogFilter(adminId, action, targetType, targetId,
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant());
        return service.search(caller, filter, paging);
    }
}
