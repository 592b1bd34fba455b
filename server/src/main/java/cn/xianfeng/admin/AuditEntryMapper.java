package cn.xianfeng.admin;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface AuditEntryMapper extends BaseMapper<AuditEntry> {

    /** Entries matching every given filter (null means any), newest first; {@code from} inclusive, {@code to} not. */
    default Page<AuditEntry> page(AuditLogFilter filter, Page<AuditEntry> page) {
        return selectPage(page, Wrappers.<AuditEntry>lambdaQuery()
                .eq(filter.adminId() != null, AuditEntry::getAdminId, filter.adminId())
                .eq(filter.action() != null, AuditEntry::getAction, filter.action())
                .eq(filter.targetType() != null, AuditEntry::getTargetType, filter.targetType())
                .eq(filter.targetId() != null, AuditEntry::getTargetId, filter.targetId())
                .ge(filter.from() != null, AuditEntry::getCreatedAt, filter.from())
                .lt(filter.to() != null, AuditEntry::getCreatedAt, filter.to())
                .orderByDesc(AuditEntry::getCreatedAt)
                .orderByDesc(AuditEntry::getId));
    }
}
