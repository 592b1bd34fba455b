package cn.xianfeng.stats;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.admin.AdminScope;
import cn.xianfeng.admin.AuditLog;
import cn.xianfeng.admin.Permission;
import cn.xianfeng.cobuild.CobuildingStatus;
import cn.xianfeng.cobuild.GoalCategory;
import cn.xianfeng.cobuild.LeadMembers;
import cn.xianfeng.cobuild.MemberRole;
import cn.xianfeng.org.UnitType;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.ApiTime;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import cn.xianfeng.shared.web.XlsxDownload;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Future;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The bureau's statistics: overview, per co-building table, trends and the at-risk list, all within the caller's
 * reach (a liaison sees their own co-buildings only), and the reconciliation on demand. Reads run without a
 * transaction.
 */
@Service
class AdminStatsService {

    /** How long without an activity, or without a word in the group from a lead, before it is a warning. */
    static final Duration QUIET = Duration.ofDays(30);
    /** Attendance under this share of 应到 is low. */
    static final double LOW_ATTENDANCE = 0.5;

    private final AdminAccess access;
    private final AuditLog audit;
    private final StatsReads reads;
    private final MetricsReader metrics;
    private final GoalStandings goals;
    private final LeadMembers leads;
    private final StatsReconciliation reconciliation;
    private final ParallelReads parallel;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AdminStatsService(AdminAccess access, AuditLog audit, StatsReads reads, MetricsReader metrics,
                      GoalStandings goals, LeadMembers leads, StatsReconciliation reconciliation,
                      ParallelReads parallel, TransactionTemplate transaction, Clock clock) {
        this.access = access;
        this.audit = audit;
        this.reads = reads;
        this.metrics = metrics;
        this.goals = goals;
        this.leads = leads;
        this.reconciliation = reconciliation;
        this.parallel = parallel;
        this.transaction = transaction;
        this.clock = clock;
    }

    StatsOverview overview(AdminCaller caller, String from, String to) {
        Long liaisonId = reachOf(caller);
        Period period = Period.parse(from, to, clock);
        List<StatsReads.CobuildingCount> cobuildings = reads.cobuildings(liaisonId);
        List<Long> open = cobuildings.stream().filter(c -> !CobuildingStatus.valueOf(c.status()).closed())
                .map(StatsReads.CobuildingCount::id).toList();
        // The three dearest reads run beside the others.
        Future<Integer> activeMembers = parallel.start(() -> reads.activeMembers(liaisonId, period));
        Future<Map<Long, GoalStandings.Standing>> standings = parallel.start(() -> goals.of(open, today()));
        Future<StatsReads.Totals> totalsRead = parallel.start(() -> reads.totals(liaisonId, period));
        List<StatsReads.ActivityMonth> activityMonths = reads.activityMonths(liaisonId, period);
        List<StatsReads.Monthly> monthly = reads.monthly(liaisonId, period);

        Map<YearMonth, Integer> perMonth = new HashMap<>();
        long expected = 0;
        long attended = 0;
        long checkins = 0;
        int activities = 0;
        for (StatsReads.ActivityMonth a : activityMonths) {
            perMonth.merge(a.month(), a.activities(), Integer::sum);
            activities += a.activities();
            expected += a.expected();
            attended += a.attended();
            checkins += a.checkins();
        }
        int progress = 0;
        int photos = 0;
        long messages = 0;
        long targeted = 0;
        long read = 0;
        for (StatsReads.Monthly m : monthly) {
            progress += m.progressReports();
            photos += m.photos();
            messages += m.messages();
            targeted += m.briefingsTargeted();
            read += m.briefingsRead();
        }
        StatsOverview.Push push = null;
        if (liaisonId == null) {
            Map<String, Long> outcomes = reads.pushOutcomes(period);
            long sent = outcomes.getOrDefault("SENT", 0L);
            long failed = outcomes.getOrDefault("FAILED", 0L);
            long skipped = outcomes.getOrDefault("SKIPPED", 0L);
            push = new StatsOverview.Push(sent, failed, skipped, CobuildingMetrics.rate(sent, sent + failed + skipped));
        }
        StatsReads.Totals totals = ParallelReads.join(totalsRead);
        return new StatsOverview(period.from().toString(), period.to().toString(),
                new StatsOverview.Cobuildings(cobuildings.size(), StatsReads.statuses(cobuildings),
                        StatsReads.unitTypes(cobuildings)),
                totals.units(), totals.members(), ParallelReads.join(activeMembers),
                new StatsOverview.Activities(activities, StatsReads.activityTypes(activityMonths),
                        period.months().stream().map(m -> new StatsOverview.MonthCount(m.toString(),
                                perMonth.getOrDefault(m, 0))).toList()),
                checkins, expected, attended, CobuildingMetrics.rate(attended, expected), progress, photos, messages,
                meanCompletion(ParallelReads.join(standings).values()),
                new StatsOverview.Briefings(totals.briefingsPublished(), targeted, read,
                        CobuildingMetrics.rate(read, targeted)),
                push, new StatsOverview.Flows(totals.entries(), totals.exits()));
    }

    StatsTrends trends(AdminCaller caller, String from, String to) {
        Long liaisonId = reachOf(caller);
        Period period = Period.parse(from, to, clock);
        Map<YearMonth, long[]> activity = new HashMap<>();
        for (StatsReads.ActivityMonth a : reads.activityMonths(liaisonId, period)) {
            long[] sums = activity.computeIfAbsent(a.month(), k -> new long[4]);
            sums[0] += a.activities();
            sums[1] += a.checkins();
            sums[2] += a.expected();
            sums[3] += a.attended();
        }
        Map<YearMonth, StatsReads.Monthly> monthly = new HashMap<>();
        reads.monthly(liaisonId, period).forEach(m -> monthly.put(m.month(), m));
        Map<YearMonth, Integer> active = reads.activeMembersByMonth(liaisonId, period);
        List<StatsTrends.Month> months = new ArrayList<>();
        for (YearMonth month : period.months()) {
            long[] a = activity.getOrDefault(month, new long[4]);
            StatsReads.Monthly m = monthly.getOrDefault(month, new StatsReads.Monthly(month, 0, 0, 0, 0, 0));
            months.add(new StatsTrends.Month(month.toString(), (int) a[0], a[1], a[2], a[3],
                    CobuildingMetrics.rate(a[3], a[2]), m.progressReports(), m.photos(), m.messages(),
                    active.getOrDefault(month, 0), m.briefingsTargeted(), m.briefingsRead(),
                    CobuildingMetrics.rate(m.briefingsRead(), m.briefingsTargeted())));
        }
        return new StatsTrends(period.from().toString(), period.to().toString(), months);
    }

    /** The table's query: period, filters, sort and order, as given. */
    record TableQuery(String from, String to, CobuildingStatus status, UnitType unitType, Long liaisonId,
                      String sort, String order) {
    }

    PageResponse<CobuildingStatsRow> table(AdminCaller caller, TableQuery query, PageQuery paging) {
        List<CobuildingStatsRow> rows = rows(caller, query);
        long page = paging.page() == null ? 1 : paging.page();
        long size = paging.size() == null ? 20 : paging.size();
        int start = (int) Math.min(rows.size(), (page - 1) * size);
        return new PageResponse<>(rows.subList(start, (int) Math.min(rows.size(), start + size)), page, size,
                rows.size());
    }

    /**
     * The whole table as a spreadsheet, rows read before the download starts (a problem is still a problem detail);
     * audited.
     */
    ResponseEntity<StreamingResponseBody> export(AdminCaller caller, TableQuery query) {
        List<CobuildingStatsRow> rows = rows(caller, query);
        Period period = Period.parse(query.from(), query.to(), clock);
        transaction.executeWithoutResult(status -> audit.record(caller, "stats.export", "stats", null,
                period.from() + " 至 " + period.to() + "，" + rows.size() + " 个先锋号"));
        return XlsxDownload.stream("先锋号统计_" + period.from() + "至" + period.to() + ".xlsx",
                CobuildingStatsSheet.HEADERS, CobuildingStatsSheet.of(rows));
    }

    /** Every row of the table, sorted: the page's source and the export's. */
    List<CobuildingStatsRow> rows(AdminCaller caller, TableQuery query) {
        Long reach = reachOf(caller);
        Period period = Period.parse(query.from(), query.to(), clock);
        Comparator<CobuildingStatsRow> order = TableSort.comparator(query.sort(), query.order());
        List<Long> ids = reads.cobuildingIds(reach, query.status() == null ? null : query.status().name(),
                query.unitType() == null ? null : query.unitType().name(), query.liaisonId(), false);
        Map<Long, CobuildingMetrics> found = metrics.metrics(ids, period);
        Map<Long, String> names = access.displayNames(found.values().stream().map(CobuildingMetrics::bureauLiaisonId)
                .filter(Objects::nonNull).distinct().toList());
        return found.values().stream()
                .map(m -> CobuildingStatsRow.of(m, m.bureauLiaisonId() == null ? null : names.get(m.bureauLiaisonId())))
                .sorted(order).toList();
    }

    /**
     * The open co-buildings in reach (of one bureau liaison, if asked) with a reason to worry: measured over the
     * default period (the last six whole months and this one), as of now.
     */
    AtRiskList atRisk(AdminCaller caller, Long liaisonId) {
        Long reach = reachOf(caller);
        Period period = Period.recent(clock);
        Instant now = clock.instant();
        LocalDate today = today();
        List<Long> ids = reads.cobuildingIds(reach, null, null, liaisonId, true);
        Map<Long, CobuildingMetrics> found = metrics.metrics(ids, period);
        Map<Long, GoalStandings.Standing> standings = goals.of(ids, today);
        Map<Long, Map<Long, Instant>> lastMessages = reads.lastMessages(ids);
        Map<Long, List<LeadMembers.LeadMember>> leadsOf = new HashMap<>();
        leads.of(ids).forEach(l -> leadsOf.computeIfAbsent(l.cobuildingId(), k -> new ArrayList<>()).add(l));
        Map<Long, String> names = access.displayNames(found.values().stream().map(CobuildingMetrics::bureauLiaisonId)
                .filter(Objects::nonNull).distinct().toList());

        List<AtRiskList.Item> items = new ArrayList<>();
        for (CobuildingMetrics m : found.values()) {
            List<AtRiskList.Reason> reasons = new ArrayList<>();
            LocalDate last = m.lastActivityDate();
            if (last == null || last.isBefore(today.minusDays(QUIET.toDays()))) {
                reasons.add(new AtRiskList.Reason("NO_ACTIVITY_30D", last == null ? "尚未开展过活动"
                        : "近 30 天未开展活动（最近一次 " + last + "）"));
            }
            if (m.attendanceRate() != null && m.attendanceRate() < LOW_ATTENDANCE) {
                reasons.add(new AtRiskList.Reason("LOW_ATTENDANCE", "近期出勤率 " + percent(m.attendanceRate())
                        + "%（应到 " + m.expected() + " 人次，实到 " + m.attended() + " 人次），低于 50%"));
            }
            if (m.overdueTasks() > 0) {
                reasons.add(new AtRiskList.Reason("OVERDUE_TASKS", m.overdueTasks() + " 项任务已逾期"));
            }
            GoalStandings.Standing standing = standings.getOrDefault(m.cobuildingId(),
                    GoalStandings.Standing.NONE);
            List<String> behind = new ArrayList<>();
            for (GoalCategory category : GoalCategory.values()) {
                int actual = standing.completionByCategory().get(category.name());
                int due = standing.expectedByCategory().get(category.name());
                if (actual < due) {
                    behind.add(categoryName(category) + "完成 " + actual + "%，按计划应达 " + due + "%");
                }
            }
            if (!behind.isEmpty()) {
                reasons.add(new AtRiskList.Reason("GOALS_BEHIND", String.join("；", behind)));
            }
            Map<Long, Instant> posted = lastMessages.getOrDefault(m.cobuildingId(), Map.of());
            for (LeadMembers.LeadMember lead : leadsOf.getOrDefault(m.cobuildingId(), List.of())) {
                Instant lastPost = posted.get(lead.userId());
                Instant quietSince = now.minus(QUIET);
                if (lead.joinedAt().isBefore(quietSince) && (lastPost == null || lastPost.isBefore(quietSince))) {
                    reasons.add(new AtRiskList.Reason("LIAISON_SILENT_30D", (lead.role() == MemberRole.PIONEER
                            ? "科技党建先锋 " : "共建联络员 ") + lead.displayName() + " 30 天未在群内发言"));
                }
            }
            if (!reasons.isEmpty()) {
                items.add(new AtRiskList.Item(String.valueOf(m.cobuildingId()), m.name(), m.status(),
                        m.bureauLiaisonId() == null ? null : String.valueOf(m.bureauLiaisonId()),
                        m.bureauLiaisonId() == null ? null : names.get(m.bureauLiaisonId()), reasons));
            }
        }
        items.sort(Comparator.comparing((AtRiskList.Item i) -> -i.reasons().size())
                .thenComparing(AtRiskList.Item::name).thenComparing(AtRiskList.Item::cobuildingId));
        return new AtRiskList(ApiTime.of(now), period.from().toString(), period.to().toString(), items);
    }

    ReconciliationReport reconcile(AdminCaller caller) {
        access.require(caller, Permission.MANAGE_EVALUATIONS);
        // The run is no single transaction (its repairs are many small writes); the audit entry follows it in its own.
        ReconciliationReport report = reconciliation.reconcile();
        transaction.executeWithoutResult(status -> audit.record(caller, "stats.reconcile", "stats", null,
                "修复 " + report.rowsFixed() + " 行"));
        return report;
    }

    /** The liaison whose co-buildings alone the caller reaches, or null for all; 403 without READ_STATS. */
    private Long reachOf(AdminCaller caller) {
        AdminScope scope = access.require(caller, Permission.READ_STATS);
        return scope.seesAll() ? null : scope.liaisonId();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Period.ZONE);
    }

    private static Map<String, Integer> meanCompletion(java.util.Collection<GoalStandings.Standing> standings) {
        Map<String, Integer> result = new LinkedHashMap<>();
        for (GoalCategory category : GoalCategory.values()) {
            long sum = standings.stream().mapToLong(s -> s.completionByCategory().get(category.name())).sum();
            int n = standings.size();
            result.put(category.name(), n == 0 ? 0 : (int) ((2 * sum + n) / (2L * n)));
        }
        return result;
    }

    private static long percent(double rate) {
        return Math.round(rate * 100);
    }

    static String categoryName(GoalCategory category) {
        return switch (category) {
            case BASE -> "党建阵地";
            case PROBLEMS -> "技术攻关";
            case LEADERS -> "学科技术带头人培养";
            case TALENT -> "高层次人才引育";
            case ACHIEVEMENTS -> "成果转化";
        };
    }
}
