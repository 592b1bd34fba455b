package cn.xianfeng.admin;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface AuditEntryMapper extends BaseMapper<AuditEntry> {

    /** Entries matching every given filter (null means any), newest first; {@code from} inclusive, {@code to} not. */
    default Page<AuditEntry> pageByFilter(AuditLogFilter filter, Page<AuditEntry> page) {
        return selectPage(page, Wrappers.<AuditEntry>lambdaQuery()
                .eq(filter.adminId() != null, AuditEntry::getAdminId, filter.adminId())
                .eq(filter.action() != null, AuditEntry::getAction, filter.action())
                .eq(filter.targetType() != null, AuditEntry::getTargetType, filter.targetType())
                .eq(filter.targetId() != null, AuditEntry::getTargetId, filter.targetId())
                .ge(filter.from() != null, AuditEntry::getCreatedAt, utcMillis(filter.from()))
                .lt(filter.to() != null, AuditEntry::getCreatedAt, utcMillis(filter.to()))
                .orderByDesc(AuditEntry::getCreatedAt)
                .orderByDesc(AuditEntry::getId));
    }

    DateTimeFormatter UTC_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    /**
     * A bound as text: MySQL Connector/J takes MariaDB (which announces itself as "5.5.5-10.x") for a server without
     * fractional seconds and drops the milliseconds of an Instant parameter, which would move the bounds. The
     * session time zone is UTC (see the JDBC URL), so the text means the same instant on MySQL and MariaDB.
     */
    static String utcMillis(Instant instant) {
        return instant == null ? null : UTC_MILLIS.format(instant);
    }
}
