package cn.xianfeng.activity;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/** What other features may ask about activities (chat's cards, reminders): the activity as it is now. */
@Service
public class ActivityDirectory {

    private final Activities reads;
    private final CheckinMapper checkins;
    private final ActivityMapper activities;

    ActivityDirectory(Activities reads, CheckinMapper checkins, ActivityMapper activities) {
        this.reads = reads;
        this.checkins = checkins;
        this.activities = activities;
    }

    /**
     * The activity with its live counts: checked in from the unique key's index, expected evaluated now. Read after
     * each check-in by a coalesced card, so it costs two small queries and no counter row.
     */
    public Optional<ActivityInfo> find(long activityId) {
        ActivityState a = reads.find(activityId);
        if (a == null) {
            return Optional.empty();
        }
        return Optional.of(new ActivityInfo(a.id(), a.type(), a.title(), a.startAt(), a.endAt(), a.placeName(),
                a.status(reads.now()), a.cobuildingIds(), a.revision(), checkins.countByActivity(a.id()),
                reads.expectedCount(a)));
    }

    /** The ids of activities not cancelled that start after {@code from} and no later than {@code to} (reminders). */
    public List<Long> startingBetween(Instant from, Instant to) {
        return activities.selectList(Wrappers.<Activity>lambdaQuery().select(Activity::getId)
                        .gt(Activity::getStartAt, from).le(Activity::getStartAt, to).isNull(Activity::getCancelledAt)
                        .orderByAsc(Activity::getStartAt).orderByAsc(Activity::getId))
                .stream().map(Activity::getId).toList();
    }

    /** Who the activity expects now and has not checked in yet; empty for an unknown activity. */
    public List<Long> expectedNotCheckedIn(long activityId) {
        ActivityState a = reads.find(activityId);
        if (a == null) {
            return List.of();
        }
        Set<Long> checkedIn = new HashSet<>();
        checkins.listByActivity(activityId).forEach(c -> checkedIn.add(c.getUserId()));
        return reads.expectedIds(a).stream().filter(id -> !checkedIn.contains(id)).toList();
    }
}
