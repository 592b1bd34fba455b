package cn.xianfeng.activity;

import cn.xianfeng.activity.AttendanceView.Status;
import cn.xianfeng.auth.MemberDirectory;
import cn.xianfeng.auth.MemberInfo;
import cn.xianfeng.shared.web.PageQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 应到/实到/迟到/异常/缺席 of one activity. Expected is who the activity expects now (ALL: its co-buildings' active
 * members; LISTED: its list); absent is expected minus those with a check-in that counts (not overruled; 补签 counts).
 * Someone who checked in and is no longer expected (left the co-building) is still listed with their check-in.
 * Made in memory from two lists: an activity holds at most a few thousand people.
 */
@Component
class Attendance {

    private final Activities reads;
    private final CheckinMapper checkins;
    private final MemberDirectory members;

    Attendance(Activities reads, CheckinMapper checkins, MemberDirectory members) {
        this.reads = reads;
        this.checkins = checkins;
        this.members = members;
    }

    AttendanceView of(ActivityState a, AttendanceFilter filter, PageQuery paging) {
        List<Long> expectedIds = reads.expectedIds(a);
        Map<Long, Checkin> byUser = new HashMap<>();
        checkins.listByActivity(a.id()).forEach(c -> byUser.put(c.getUserId(), c));
        Set<Long> people = new LinkedHashSet<>(expectedIds);
        people.addAll(byUser.keySet());

        int attended = 0;
        int late = 0;
        int flagged = 0;
        for (Checkin c : byUser.values()) {
            if (flaggedUnreviewed(c)) {
                flagged++;
            }
            if (counts(c)) {
                attended++;
                if (Activities.flags(c.getFlags()).contains(CheckinFlag.LATE)) {
                    late++;
                }
            }
        }
        int absent = (int) expectedIds.stream().filter(id -> status(byUser.get(id)) == Status.ABSENT).count();
        AttendanceView.Counts counts = new AttendanceView.Counts(expectedIds.size(), attended, late, flagged, absent);

        List<Long> shown = people.stream().filter(id -> shows(filter, byUser.get(id))).toList();
        long page = paging.page() == null ? 1 : paging.page();
        long size = paging.size() == null ? 20 : paging.size();
        int from = (int) Math.min(shown.size(), (page - 1) * size);
        List<Long> onPage = shown.subList(from, (int) Math.min(shown.size(), from + size));
        Map<Long, MemberInfo> infos = members.findAll(onPage);
        List<Checkin> pageCheckins = onPage.stream().map(byUser::get).filter(c -> c != null).toList();
        Map<Long, CheckinView> views = new HashMap<>();
        List<CheckinView> made = reads.checkinViews(pageCheckins);
        for (int i = 0; i < pageCheckins.size(); i++) {
            views.put(pageCheckins.get(i).getUserId(), made.get(i));
        }
        List<AttendanceView.Item> items = new ArrayList<>();
        for (long userId : onPage) {
            MemberInfo info = infos.get(userId);
            items.add(new AttendanceView.Item(String.valueOf(userId), info == null ? "成员" : info.displayName(),
                    info == null ? null : info.avatarUrl(), status(byUser.get(userId)), views.get(userId)));
        }
        return new AttendanceView(counts, items, page, size, shown.size());
    }

    private static boolean shows(AttendanceFilter filter, Checkin c) {
        return switch (filter) {
            case ALL -> true;
            case ATTENDED -> status(c) != Status.ABSENT;
            case LATE -> status(c) == Status.LATE;
            case FLAGGED -> c != null && flaggedUnreviewed(c);
            case ABSENT -> status(c) == Status.ABSENT;
        };
    }

    private static boolean counts(Checkin c) {
        return c != null && c.getReviewDecision() != ReviewDecision.OVERRULED;
    }

    private static boolean flaggedUnreviewed(Checkin c) {
        return !c.getFlags().isEmpty() && c.getReviewDecision() == null;
    }

    static Status status(Checkin c) {
        if (!counts(c)) {
            return Status.ABSENT;
        }
        return Activities.flags(c.getFlags()).contains(CheckinFlag.LATE) ? Status.LATE : Status.ATTENDED;
    }
}
