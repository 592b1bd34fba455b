package cn.xianfeng.org;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.admin.AuditLog;
import cn.xianfeng.admin.Permission;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bureau's side of the unit database: reading, correcting and deduplicating units. Reads are open to every
 * admin role but LIAISON; writes to BUREAU_ADMIN (and SUPER_ADMIN), and each write is audited in its transaction.
 */
@Service
class AdminUnitService {


    private final UnitMapper units;
    private final AdminAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    AdminUnitService(UnitMapper units, AdminAccess access, AuditLog audit, ApplicationEventPublisher events) {
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    PageResponse<AdminUnitSummary> list(AdminCaller caller, String text, UnitType type, PageQuery paging) {
        access.require(caller, Permission.READ_UNITS);
        String q = text == null || text.isBlank() ? null : text.strip();
        return PageResponse.of(units.pageLiveBySearch(q, type, paging.toPage()), AdminUnitSummary::of);
    }

    AdminUnitView get(AdminCaller caller, long id) {
        access.require(caller, Permission.READ_UNITS);
        Unit unit = units.selectById(id);
        if (unit == null) {
            throw notFound(id);
        }
        return AdminUnitView.of(unit);
    }

    @Transactional
    AdminUnitView update(AdminCaller caller, long id, UnitUpdateRequest request) {
        access.require(caller, Permission.MANAGE_UNITS);
        Unit current = units.lockById(id);
        if (current == null) {
            throw notFound(id);
        }
        if (current.getMergedIntoId() != null) {
            throw new UnitMergedException("该单位已合并入单位 " + current.getMergedIntoId() + "，请修改保留的单位");
        }
        Unit changed = new Unit();
        changed.setId(id);
        changed.setName(request.name().strip());
        changed.setType(request.type());
        changed.setPartyOrgName(blankToNull(request.partyOrgName()));
        changed.setCreditCode(CreditCodes.normalize(request.creditCode()));
        changed.setAddress(blankToNull(request.address()));
        changed.setContactName(blankToNull(request.contactName()));
        changed.setContactPhone(blankToNull(request.contactPhone()));
        try {
            units.updateDetails(changed);
        } catch (DuplicateKeyException taken) {
            // The unique key on credit_code is the guard; a failed statement leaves the transaction usable on
            // MySQL/MariaDB, so the holder can still be named.
            throw creditCodeTaken(changed.getCreditCode());
        }
        audit.record(caller, "unit.update", "unit", id, "修改字段: " + changedFields(current, changed));
        return AdminUnitView.of(units.selectById(id));
    }

    /**
     * Merges a duplicate into the unit that stays. Both rows are locked in id order, so two merges touching the same
     * units queue up instead of crossing (A into B while B into A would otherwise leave no live unit). Features that
     * refer to units repoint their references in a synchronous listener of {@link UnitsMerged}, inside this
     * transaction: if one of them fails, nothing is merged.
     */
    @Transactional
    AdminUnitView merge(AdminCaller caller, long duplicateId, long survivorId) {
        access.require(caller, Permission.MANAGE_UNITS);
        if (duplicateId == survivorId) {
            throw new UnitMergeSelfException();
        }
        Unit first = units.lockById(Math.min(duplicateId, survivorId));
        Unit second = units.lockById(Math.max(duplicateId, survivorId));
        Unit duplicate = duplicateId < survivorId ? first : second;
        Unit survivor = duplicateId < survivorId ? second : first;
        if (duplicate == null) {
            throw notFound(duplicateId);
        }
        if (survivor == null) {
            throw notFound(survivorId);
        }
        if (duplicate.getMergedIntoId() != null) {
            throw new UnitMergedException("单位 " + duplicateId + " 已合并入单位 " + duplicate.getMergedIntoId());
        }
        if (survivor.getMergedIntoId() != null) {
            throw new UnitMergedException("目标单位 " + survivorId + " 已合并入单位 " + survivor.getMergedIntoId()
                    + "，请合并到仍在使用的单位");
        }
        StringBuilder summary = new StringBuilder("合并入单位 ").append(survivorId)
                .append("「").append(survivor.getName()).append("」");
        String code = duplicate.getCreditCode();
        if (code != null && survivor.getCreditCode() == null) {
            // The code is unique: off the duplicate first, then onto the unit that stays.
            units.setCreditCode(duplicateId, null);
            units.setCreditCode(survivorId, code);
            summary.append("；统一社会信用代码 ").append(code).append(" 转至保留单位");
        }
        units.setMergedInto(duplicateId, survivorId);
        units.repointMerged(duplicateId, survivorId);
        events.publishEvent(new UnitsMerged(duplicateId, survivorId));
        audit.record(caller, "unit.merge", "unit", duplicateId, summary.toString());
        return AdminUnitView.of(units.selectById(survivorId));
    }

    private CreditCodeTakenException creditCodeTaken(String code) {
        Unit holder = code == null ? null : units.findByCreditCode(code);
        return new CreditCodeTakenException(holder == null
                ? "该统一社会信用代码已被其他单位使用"
                : "该统一社会信用代码已被单位「" + holder.getName() + "」（" + holder.getId() + "）使用，"
                        + "如为同一单位请合并");
    }

    private static String changedFields(Unit before, Unit after) {
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(before.getName(), after.getName())) {
            fields.add("name「" + before.getName() + "」→「" + after.getName() + "」");
        }
        if (before.getType() != after.getType()) {
            fields.add("type " + before.getType() + "→" + after.getType());
        }
        if (!Objects.equals(before.getPartyOrgName(), after.getPartyOrgName())) {
            fields.add("partyOrgName");
        }
        if (!Objects.equals(before.getCreditCode(), after.getCreditCode())) {
            fields.add("creditCode " + before.getCreditCode() + "→" + after.getCreditCode());
        }
        if (!Objects.equals(before.getAddress(), after.getAddress())) {
            fields.add("address");
        }
        if (!Objects.equals(before.getContactName(), after.getContactName())) {
            fields.add("contactName");
        }
        if (!Objects.equals(before.getContactPhone(), after.getContactPhone())) {
            fields.add("contactPhone");
        }
        return fields.isEmpty() ? "无" : String.join(", ", fields);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("单位 " + id + " 不存在");
    }
}
