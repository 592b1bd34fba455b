package cn.xianfeng.activity;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.admin.AdminScope;
import cn.xianfeng.admin.AuditLog;
import cn.xianfeng.admin.Permission;
import cn.xianfeng.auth.MemberDirectory;
import cn.xianfeng.auth.MemberInfo;
import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.cobuild.CobuildingInfo;
import cn.xianfeng.cobuild.MemberUnit;
import cn.xianfeng.cobuild.MemberUnits;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.ApiTime;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.RowSource;
import cn.xianfeng.shared.web.RowWriter;
import cn.xianfeng.shared.web.XlsxDownload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.ibatis.session.ResultContext;
import org.apache.ibatis.session.ResultHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The bureau's spreadsheets of activities: one activity's attendance, every activity of a period, and every check-in
 * at them. Each method checks the caller and the input and writes the audit entry in the request (a problem can only
 * be answered before the file starts), then hands back a download whose rows are read while it streams, a bounded
 * number at a time. A LIAISON gets the activities of the co-buildings assigned to them, as in the activity list.
 */
@Service
class ActivityExports {

    /** Rows read and resolved together: a fixed number of statements per batch, whatever the file's size. */
    static final int BATCH = 1_000;
    /** Names kept while one file is written; bounded, so a city's worth of members never piles up. */
    private static final int REMEMBERED = 20_000;
    private static final String UNKNOWN_MEMBER = "成员";
    private static final String BUREAU = "市科技局";

    static final List<String> ATTENDANCE_HEADERS = List.of("成员", "单位", "应到", "状态", "签到时间", "签到方式", "异常",
            "审核", "补签人", "补签原因");
    static final List<String> ACTIVITY_HEADERS = List.of("活动编号", "活动名称", "类型", "组织者", "先锋号", "开始时间",
            "结束时间", "地点", "应到", "实到", "状态", "取消原因");
    static final List<String> CHECKIN_HEADERS = List.of("活动编号", "活动名称", "活动开始时间", "先锋号", "成员", "单位",
            "签到时间", "签到方式", "异常", "审核", "补签人", "补签原因");

    private final Activities reads;
    private final Attendance attendance;
    private final ActivityExportMapper exports;
    private final ActivityCobuildingMapper links;
    private final CobuildingDirectory cobuildings;
    private final MemberDirectory members;
    private final MemberUnits memberUnits;
    private final AdminAccess admins;
    private final AuditLog audit;
    private final Clock clock;

    ActivityExports(Activities reads, Attendance attendance, ActivityExportMapper exports,
                    ActivityCobuildingMapper links, CobuildingDirectory cobuildings, MemberDirectory members,
                    MemberUnits memberUnits, AdminAccess admins, AuditLog audit, Clock clock) {
        this.reads = reads;
        this.attendance = attendance;
        this.exports = exports;
        this.links = links;
        this.cobuildings = cobuildings;
        this.members = members;
        this.memberUnits = memberUnits;
        this.admins = admins;
        this.audit = audit;
        this.clock = clock;
    }

    // --- one activity's attendance -----------------------------------------------------------------------------

    /**
     * Everyone the attendance list shows (expected people, and those who checked in without being expected any
     * more), computed by {@link Attendance} as the list endpoint does; at most a few thousand people, so it is
     * made before the file starts.
     */
    @Transactional
    ResponseEntity<StreamingResponseBody> attendance(AdminCaller caller, long activityId) {
        ActivityState activity = reads.forAdmin(caller, activityId, Permission.READ_ACTIVITIES);
        AttendanceView view = attendance.of(activity, AttendanceFilter.ALL, new PageQuery(1, Integer.MAX_VALUE));
        Set<Long> expected = new HashSet<>(reads.expectedIds(activity));
        List<Long> people = view.items().stream().map(i -> Long.valueOf(i.userId())).toList();
        Map<Long, String> units = unitNames(memberUnits.of(activity.cobuildingIds(), people));
        audit.record(caller, "export.attendance", "activity", activityId, "导出签到表");
        String day = LocalDate.ofInstant(activity.startAt(), ApiTime.DISPLAY_ZONE).toString();
        return XlsxDownload.stream("签到表_" + activity.title() + "_" + day, ATTENDANCE_HEADERS, rows -> {
            for (AttendanceView.Item item : view.items()) {
                long userId = Long.parseLong(item.userId());
                CheckinView c = item.checkin();
                rows.row(item.displayName(), units.get(userId), expected.contains(userId),
                        ActivityLabels.attendance(item.status()),
                        c == null ? null : c.checkedInAt(), c == null ? null : ActivityLabels.method(c.method()),
                        c == null ? null : ActivityLabels.flags(c.flags()),
                        c == null ? null : ActivityLabels.review(c.review() == null ? null : c.review().decision(),
                                !c.flags().isEmpty()),
                        c == null || c.onBehalf() == null ? null : c.onBehalf().byName(),
                        c == null || c.onBehalf() == null ? null : c.onBehalf().reason());
            }
        });
    }

    // --- the activities of a period ----------------------------------------------------------------------------

    @Transactional
    ResponseEntity<StreamingResponseBody> activities(AdminCaller caller, String from, String to) {
        Reach reach = reach(caller, ExportPeriod.parse(from, to, clock));
        audit.record(caller, "export.activities", "activity", null, reach.describe());
        return XlsxDownload.stream("活动列表_" + reach.period().label(), ACTIVITY_HEADERS, rows -> {
            if (reach.none()) {
                return;
            }
            Instant afterStart = null;
            long afterId = 0;
            List<Activity> page;
            do {
                page = exports.listStartingBetween(reach.period().startsAt(), reach.period().endsBefore(),
                        reach.cobuildingIds(), afterStart, afterId, BATCH);
                writeActivities(page, rows);
                if (!page.isEmpty()) {
                    afterStart = page.get(page.size() - 1).getStartAt();
                    afterId = page.get(page.size() - 1).getId();
                }
            } while (page.size() == BATCH);
        });
    }

    private void writeActivities(List<Activity> page, RowWriter rows) throws IOException {
        if (page.isEmpty()) {
            return;
        }
        List<ActivitySummary> summaries = reads.summaries(page, null);
        Map<Long, Integer> attended = exports.countAttended(page.stream().map(Activity::getId).toList());
        Map<Long, String> organizers = organizerNames(page);
        for (int i = 0; i < page.size(); i++) {
            Activity a = page.get(i);
            ActivitySummary s = summaries.get(i);
            rows.row(a.getId(), a.getTitle(), ActivityLabels.type(a.getType()),
                    organizers.get(a.getId()), String.join("、", s.cobuildingNames()), a.getStartAt(), a.getEndAt(),
                    a.getPlaceName(), s.expectedCount(), attended.getOrDefault(a.getId(), 0),
                    ActivityLabels.status(s.status()), a.getCancelReason());
        }
    }

    private Map<Long, String> organizerNames(List<Activity> page) {
        Set<Long> adminIds = new HashSet<>();
        Set<Long> memberIds = new HashSet<>();
        page.forEach(a -> (a.getOrganizerType() == ActorType.ADMIN ? adminIds : memberIds).add(a.getOrganizerId()));
        Map<Long, String> adminNames = admins.displayNames(adminIds);
        Map<Long, MemberInfo> memberInfos = members.findAll(memberIds);
        Map<Long, String> names = new HashMap<>();
        for (Activity a : page) {
            names.put(a.getId(), a.getOrganizerType() == ActorType.ADMIN
                    ? adminNames.getOrDefault(a.getOrganizerId(), BUREAU)
                    : memberInfos.containsKey(a.getOrganizerId())
                    ? memberInfos.get(a.getOrganizerId()).displayName() : UNKNOWN_MEMBER);
        }
        return names;
    }

    // --- every check-in of a period ----------------------------------------------------------------------------

    /**
     * Every check-in at the activities starting in the period, streamed from the database (a million rows must not
     * sit in the heap). No transaction around the stream: the streaming connection can run nothing else until its
     * last row is read, so the names, co-buildings and units of each batch are read on other connections, and
     * nothing needs one snapshot — a check-in added meanwhile may or may not be in the file.
     */
    @Transactional
    ResponseEntity<StreamingResponseBody> checkins(AdminCaller caller, String from, String to) {
        Reach reach = reach(caller, ExportPeriod.parse(from, to, clock));
        audit.record(caller, "export.checkins", "checkin", null, reach.describe());
        return XlsxDownload.stream("签到明细_" + reach.period().label(), CHECKIN_HEADERS, rows -> {
            if (reach.none()) {
                return;
            }
            CheckinBatches batches = new CheckinBatches(rows);
            try {
                exports.streamCheckins(reach.period().startsAt(), reach.period().endsBefore(), reach.cobuildingIds(),
                        batches);
            } catch (RuntimeException e) {
                // MyBatis wraps what the handler threw; a client that went away is reported as what it is.
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof UncheckedIOException gone) {
                        throw gone.getCause();
                    }
                }
                throw e;
            }
            batches.flush();
        });
    }

    /** Collects streamed check-ins and writes them a batch at a time, with what they need read per batch. */
    private final class CheckinBatches implements ResultHandler<CheckinExportRow> {

        private final RowWriter rows;
        private final List<CheckinExportRow> batch = new ArrayList<>(BATCH);
        private final Map<Long, String> memberNames = remembered();
        private final Map<Long, String> adminNames = remembered();
        private final Map<Long, String> cobuildingNames = remembered();

        CheckinBatches(RowWriter rows) {
            this.rows = rows;
        }

        @Override
        public void handleResult(ResultContext<? extends CheckinExportRow> context) {
            batch.add(context.getResultObject());
            if (batch.size() == BATCH) {
                try {
                    flush();
                } catch (IOException e) {
                    // The client went away: the handler may not throw a checked exception, so it travels unchecked.
                    throw new UncheckedIOException(e);
                }
            }
        }

        void flush() throws IOException {
            if (batch.isEmpty()) {
                return;
            }
            Map<Long, List<Long>> cobuildingsOf = new HashMap<>();
            links.listByActivities(batch.stream().map(CheckinExportRow::getActivityId).distinct().toList())
                    .forEach(l -> cobuildingsOf.computeIfAbsent(l.getActivityId(), k -> new ArrayList<>())
                            .add(l.getCobuildingId()));
            Set<Long> cobuildingIds = cobuildingsOf.values().stream().flatMap(List::stream)
                    .collect(Collectors.toSet());
            learn(cobuildingNames, cobuildingIds, ids -> cobuildings.findAll(ids).values().stream()
                    .collect(Collectors.toMap(CobuildingInfo::id, CobuildingInfo::name)));
            Set<Long> people = new HashSet<>();
            Set<Long> organisers = new HashSet<>();
            for (CheckinExportRow c : batch) {
                people.add(c.getUserId());
                if (c.getOnBehalfByType() == ActorType.MEMBER) {
                    people.add(c.getOnBehalfById());
                } else if (c.getOnBehalfByType() == ActorType.ADMIN) {
                    organisers.add(c.getOnBehalfById());
                }
            }
            learn(memberNames, people, ids -> members.findAll(ids).values().stream()
                    .collect(Collectors.toMap(MemberInfo::userId, MemberInfo::displayName)));
            learn(adminNames, organisers, admins::displayNames);
            Map<Long, List<MemberUnit>> unitsOf = new HashMap<>();
            memberUnits.of(cobuildingIds, batch.stream().map(CheckinExportRow::getUserId).distinct().toList())
                    .forEach(m -> unitsOf.computeIfAbsent(m.userId(), k -> new ArrayList<>()).add(m));

            for (CheckinExportRow c : batch) {
                List<Long> ofActivity = cobuildingsOf.getOrDefault(c.getActivityId(), List.of());
                // The co-buildings of the activity the person is in (a bureau session serves several), and their
                // units there; the activity's own when no membership is left to tell.
                List<MemberUnit> theirs = unitsOf.getOrDefault(c.getUserId(), List.of()).stream()
                        .filter(m -> ofActivity.contains(m.cobuildingId())).toList();
                Collection<Long> shown = theirs.isEmpty() ? ofActivity
                        : theirs.stream().map(MemberUnit::cobuildingId).toList();
                List<CheckinFlag> flags = Activities.flags(c.getFlags());
                rows.row(c.getActivityId(), c.getActivityTitle(), c.getActivityStartAt(),
                        shown.stream().map(cobuildingNames::get).filter(Objects::nonNull).distinct()
                                .collect(Collectors.joining("、")),
                        memberNames.getOrDefault(c.getUserId(), UNKNOWN_MEMBER),
                        theirs.stream().map(MemberUnit::unitName).distinct().collect(Collectors.joining("、")),
                        c.getCheckedInAt(), ActivityLabels.method(c.getMethod()), ActivityLabels.flags(flags),
                        ActivityLabels.review(c.getReviewDecision(), !flags.isEmpty()), onBehalfBy(c),
                        c.getOnBehalfReason());
            }
            batch.clear();
        }

        private String onBehalfBy(CheckinExportRow c) {
            if (c.getOnBehalfByType() == null) {
                return null;
            }
            return c.getOnBehalfByType() == ActorType.ADMIN ? adminNames.getOrDefault(c.getOnBehalfById(), BUREAU)
                    : memberNames.getOrDefault(c.getOnBehalfById(), UNKNOWN_MEMBER);
        }
    }

    /** Reads the names not yet known, in one call. */
    private static void learn(Map<Long, String> known, Set<Long> ids,
                              Function<Collection<Long>, Map<Long, String>> read) {
        List<Long> missing = ids.stream().filter(id -> !known.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            known.putAll(read.apply(missing));
        }
    }

    /** A map that forgets its eldest entries past {@link #REMEMBERED}. */
    private static <V> Map<Long, V> remembered() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
                return size() > REMEMBERED;
            }
        };
    }

    // --- scope -------------------------------------------------------------------------------------------------

    /** Everyone's activities ({@code cobuildingIds} null) or a LIAISON's co-buildings' (possibly none). */
    private record Reach(ExportPeriod period, List<Long> cobuildingIds) {
        boolean none() {
            return cobuildingIds != null && cobuildingIds.isEmpty();
        }

        String describe() {
            return period.from() + "至" + period.to() + (cobuildingIds == null ? "" : "，负责的先锋号");
        }
    }

    private Reach reach(AdminCaller caller, ExportPeriod period) {
        AdminScope scope = admins.require(caller, Permission.READ_ACTIVITIES);
        return new Reach(period, scope.seesAll() ? null : cobuildings.assignedToLiaison(scope.liaisonId()));
    }

    /** Each person's units in these memberships, joined (someone may be in two of an activity's co-buildings). */
    private static Map<Long, String> unitNames(List<MemberUnit> memberships) {
        Map<Long, Set<String>> names = new HashMap<>();
        memberships.forEach(m -> names.computeIfAbsent(m.userId(), k -> new LinkedHashSet<>())
                .add(m.unitName()));
        Map<Long, String> joined = new HashMap<>();
        names.forEach((userId, set) -> joined.put(userId, String.join("、", set)));
        return joined;
    }
}
