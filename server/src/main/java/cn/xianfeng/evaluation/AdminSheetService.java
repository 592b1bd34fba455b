package cn.xianfeng.evaluation;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.admin.AuditLog;
import cn.xianfeng.admin.Permission;
import cn.xianfeng.cobuild.CobuildingStatus;
import cn.xianfeng.org.UnitType;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.XlsxDownload;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A round's sheet (评估表) for READ_EVALUATIONS: as JSON, and as an XLSX file with Chinese headers — the snapshot's
 * measures, each evaluator's scores and weighted total, the mean and the verdict, one row per co-building.
 */
@Service
class AdminSheetService {

    /** The snapshot's measures in the file, by their key in the metrics JSON. */
    private static final Map<String, String> MEASURES = measures();
    /** Measures that are rates (0..1): the file shows them as percents. */
    private static final Set<String> RATES = Set.of("attendanceRate", "briefingReadRate");
    /** The five ones (五个一), in their order. */
    private static final Map<String, String> CATEGORIES = categories();
    private static final Map<CobuildingStatus, String> STATUS = new EnumMap<>(Map.of(CobuildingStatus.ACTIVE,
            "共建中", CobuildingStatus.AWARDED, "已授牌", CobuildingStatus.RECTIFYING, "整改中",
            CobuildingStatus.DELISTED, "已摘牌", CobuildingStatus.WITHDRAWN, "已退出"));
    private static final Map<UnitType, String> UNIT_TYPES = new EnumMap<>(Map.of(UnitType.UNIVERSITY, "高校",
            UnitType.INSTITUTE, "科研院所", UnitType.ENTERPRISE, "科技企业", UnitType.OTHER, "其他"));

    private final RoundSheets sheets;
    private final AdminAccess access;
    private final AuditLog auditLog;

    AdminSheetService(RoundSheets sheets, AdminAccess access, AuditLog auditLog) {
        this.sheets = sheets;
        this.access = access;
        this.auditLog = auditLog;
    }

    RoundSheet sheet(AdminCaller caller, long roundId) {
        access.require(caller, Permission.READ_EVALUATIONS);
        return sheets.sheet(roundId);
    }

    /**
     * The sheet as a download. A round has one row per co-building (150 in the city), so the sheet is built here,
     * before the first byte goes out (a missing round is still a 404), and the file only writes it down. The export
     * is in the audit log.
     */
    @Transactional
    ResponseEntity<StreamingResponseBody> xlsx(AdminCaller caller, long roundId) {
        access.require(caller, Permission.READ_EVALUATIONS);
        RoundSheet sheet = sheets.sheet(roundId);
        auditLog.record(caller, "evaluation.sheet.export", "evaluation_round", roundId,
                sheet.title() + "评估表，" + sheet.rows().size() + " 行");
        // Evaluators in the order they first appear (each row lists its evaluators by id), named once each.
        Map<String, String> evaluators = new LinkedHashMap<>();
        sheet.rows().forEach(row -> row.scores().forEach(card -> evaluators.putIfAbsent(card.evaluatorId(),
                card.evaluatorName() == null ? "评估人" + card.evaluatorId() : card.evaluatorName())));
        List<String> evaluatorIds = evaluators.keySet().stream().sorted((a, b) -> Long.compare(Long.parseLong(a),
                Long.parseLong(b))).toList();

        List<String> headers = new ArrayList<>(List.of("先锋号", "评估时状态", "牵头单位类型", "局共建联络员"));
        headers.addAll(MEASURES.values());
        CATEGORIES.values().forEach(name -> headers.add(name + "完成度（%）"));
        for (String evaluator : evaluatorIds) {
            sheet.criteria().forEach(c -> headers.add(evaluators.get(evaluator) + "·" + c.name()
                    + "（满分" + c.maxScore() + "）"));
            headers.add(evaluators.get(evaluator) + "·加权总分");
        }
        headers.addAll(List.of("平均总分", "评估结论", "整改期限", "结论说明"));

        return XlsxDownload.stream(sheet.title() + "评估表", headers, out -> {
            for (RoundSheet.Row row : sheet.rows()) {
                List<Object> cells = new ArrayList<>(List.of(row.name(), label(STATUS, CobuildingStatus.class, row.status()),
                        label(UNIT_TYPES, UnitType.class, row.leadUnitType())));
                cells.add(row.bureauLiaisonName());
                MEASURES.keySet().forEach(key -> cells.add(measure(row.metrics(), key)));
                Object completion = row.metrics().get("completionByCategory");
                CATEGORIES.keySet().forEach(category -> cells.add(completion instanceof Map<?, ?> byCategory
                        ? byCategory.get(category) : null));
                for (String evaluator : evaluatorIds) {
                    ScorecardView card = row.scores().stream().filter(s -> s.evaluatorId().equals(evaluator))
                            .findFirst().orElse(null);
                    sheet.criteria().forEach(c -> cells.add(card == null ? null : card.scores().get(c.code())));
                    cells.add(card == null ? null : card.total());
                }
                cells.add(row.meanTotal());
                cells.add(row.verdict() == null ? null : row.verdict().verdict().label());
                cells.add(row.verdict() == null ? null : row.verdict().deadline());
                cells.add(row.verdict() == null ? null : row.verdict().note());
                out.row(cells.toArray());
            }
        });
    }

    /** A measure as the file shows it: rates as percents with one decimal, the last activity as a date. */
    private static Object measure(Map<String, Object> metrics, String key) {
        Object value = metrics.get(key);
        if (value instanceof Number rate && RATES.contains(key)) {
            return BigDecimal.valueOf(rate.doubleValue() * 100).setScale(1, RoundingMode.HALF_UP);
        }
        if (value instanceof String date && key.equals("lastActivityDate")) {
            return LocalDate.parse(date);
        }
        return value;
    }

    /** The Chinese label of a stored enum name; a name this version does not know stays as it is. */
    private static <E extends Enum<E>> String label(Map<E, String> labels, Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
                .map(labels::get).orElse(value);
    }

    private static Map<String, String> measures() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("members", "成员数");
        m.put("activeMembers", "活跃成员数");
        m.put("activities", "活动次数");
        m.put("expected", "应到人次");
        m.put("attended", "实到人次");
        m.put("attendanceRate", "出勤率（%）");
        m.put("lastActivityDate", "最近活动日期");
        m.put("progressReports", "进展报告数");
        m.put("photos", "照片数");
        m.put("overdueTasks", "逾期任务数");
        m.put("briefingsTargeted", "政策解读送达人数");
        m.put("briefingsRead", "政策解读已读人数");
        m.put("briefingReadRate", "政策解读阅读率（%）");
        m.put("messages", "群消息数");
        m.put("checkins", "签到人次");
        return m;
    }

    private static Map<String, String> categories() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("BASE", "党建阵地");
        m.put("PROBLEMS", "技术攻关");
        m.put("LEADERS", "带头人培养");
        m.put("TALENT", "高层次人才");
        m.put("ACHIEVEMENTS", "成果转化");
        return m;
    }
}
