package cn.xianfeng.activity;

import java.util.Optional;
import org.springframework.stereotype.Service;

/** What other features may ask about activities (chat's cards, reminders): the activity as it is now. */
@Service
public class ActivityDirectory {

    private final Activities reads;
    private final CheckinMapper checkins;

    ActivityDirectory(Activities reads, CheckinMapper checkins) {
        this.reads = reads;
        this.checkins = checkins;
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
}
