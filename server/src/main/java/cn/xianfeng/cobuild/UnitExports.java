package cn.xianfeng.cobuild;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.admin.AuditLog;
import cn.xianfeng.admin.Permission;
import cn.xianfeng.org.UnitDirectory;
import cn.xianfeng.org.UnitInfo;
import cn.xianfeng.org.UnitType;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.ApiTime;
import cn.xianfeng.shared.web.RowWriter;
import cn.xianfeng.shared.web.XlsxDownload;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The unit database as a spreadsheet: every unit (merged duplicates left out: they live on in the unit they were
 * merged into) with each co-building it took part in, its role, entry and exit — one row per participation, one
 * row for a unit that never took part. Read a batch of units at a time while the file streams.
 */
@Service
class UnitExports {

    static final int BATCH = 500;
    static final List<String> HEADERS = List.of("单位名称", "单位类型", "统一社会信用代码", "党组织名称", "先锋号",
            "先锋号状态", "角色", "加入日期", "退出日期", "退出原因");

    private final UnitDirectory units;
    private final CobuildingUnitMapper participations;
    private final CobuildingMapper cobuildings;
    private final AdminAccess access;
    private final AuditLog audit;
    private final Clock clock;

    UnitExports(UnitDirectory units, CobuildingUnitMapper participations, CobuildingMapper cobuildings,
                AdminAccess access, AuditLog audit, Clock clock) {
        this.units = units;
        this.participations = participations;
        this.cobuildings = cobuildings;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    ResponseEntity<StreamingResponseBody> units(AdminCaller caller) {
        access.require(caller, Permission.READ_UNITS);
        audit.record(caller, "export.units", "unit", null, "导出单位库");
        return XlsxDownload.stream("单位库_" + LocalDate.now(clock.withZone(ApiTime.DISPLAY_ZONE)), HEADERS, rows -> {
            // Type by type, as the unit list's filter shows them; the ids alone fit in memory (a city has hundreds).
            for (UnitType type : UnitType.values()) {
                List<Long> ids = units.idsOfType(type).stream().sorted().toList();
                for (int from = 0; from < ids.size(); from += BATCH) {
                    write(ids.subList(from, Math.min(ids.size(), from + BATCH)), rows);
                }
            }
        });
    }

    private void write(List<Long> unitIds, RowWriter rows) throws IOException {
        Map<Long, UnitInfo> infos = units.findAll(unitIds);
        Map<Long, List<CobuildingUnit>> byUnit = new HashMap<>();
        participations.selectList(Wrappers.<CobuildingUnit>lambdaQuery().in(CobuildingUnit::getUnitId, unitIds)
                        .orderByAsc(CobuildingUnit::getJoinedAt).orderByAsc(CobuildingUnit::getId))
                .forEach(p -> byUnit.computeIfAbsent(p.getUnitId(), k -> new ArrayList<>()).add(p));
        List<Long> cobuildingIds = byUnit.values().stream().flatMap(List::stream)
                .map(CobuildingUnit::getCobuildingId).distinct().toList();
        Map<Long, Cobuilding> named = new HashMap<>();
        if (!cobuildingIds.isEmpty()) {
            cobuildings.selectList(Wrappers.<Cobuilding>lambdaQuery()
                            .select(Cobuilding::getId, Cobuilding::getName, Cobuilding::getStatus)
                            .in(Cobuilding::getId, cobuildingIds))
                    .forEach(c -> named.put(c.getId(), c));
        }
        for (long unitId : unitIds) {
            UnitInfo unit = infos.get(unitId);
            if (unit == null) {
                continue;
            }
            List<CobuildingUnit> theirs = byUnit.getOrDefault(unitId, List.of());
            if (theirs.isEmpty()) {
                rows.row(unit.name(), type(unit.type()), unit.creditCode(), unit.partyOrgName());
            }
            for (CobuildingUnit p : theirs) {
                Cobuilding c = named.get(p.getCobuildingId());
                rows.row(unit.name(), type(unit.type()), unit.creditCode(), unit.partyOrgName(),
                        c == null ? null : c.getName(), c == null ? null : status(c.getStatus()), role(p.getRole()),
                        day(p.getJoinedAt()), day(p.getLeftAt()), p.getLeftReason());
            }
        }
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, ApiTime.DISPLAY_ZONE);
    }

    static String type(UnitType type) {
        return switch (type) {
            case UNIVERSITY -> "高校";
            case INSTITUTE -> "科研院所";
            case ENTERPRISE -> "科技企业";
            case OTHER -> "其他";
        };
    }

    static String status(CobuildingStatus status) {
        return switch (status) {
            case ACTIVE -> "共建中";
            case AWARDED -> "已授牌";
            case RECTIFYING -> "整改中";
            case DELISTED -> "已摘牌";
            case WITHDRAWN -> "已退出";
        };
    }

    static String role(UnitRole role) {
        return role == UnitRole.LEAD ? "牵头单位" : "共建单位";
    }
}
