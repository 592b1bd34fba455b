package cn.xianfeng.chat;

import cn.xianfeng.activity.ActivityCancelled;
import cn.xianfeng.activity.ActivityChanged;
import cn.xianfeng.activity.ActivityDirectory;
import cn.xianfeng.activity.ActivityInfo;
import cn.xianfeng.activity.ActivityScheduled;
import cn.xianfeng.activity.ActivityStatus;
import cn.xianfeng.activity.CheckinRecorded;
import cn.xianfeng.auth.MemberDirectory;
import cn.xianfeng.auth.MemberInfo;
import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.shared.web.ApiTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * An activity in its co-buildings' group chats: an ACTIVITY card when it is scheduled, updated in place when it
 * changes, is cancelled or someone checks in (the live count, "已签到 37/52", coalesced by {@link CardUpdates}); and a
 * CHECKIN card for each check-in with photos (one per person, since a person checks in once; none without a photo).
 *
 * <p>Every reaction renders the activity as it is now ({@link ActivityDirectory}), not as the event saw it, with the
 * card version {@code revision × 1,000,000 + checked-in count}: both only grow, so reactions that run late or twice
 * never put an older state back. The count comes from the check-in table's unique key when the reaction runs; the
 * check-in itself wrote no counter.
 *
 * <p>Not module listeners' single transactions: each card write has a transaction of its own (ChatCards), and a
 * reaction to a check-in burst should not hold a second connection per check-in. The cards are recorded in the event
 * publication log, so a crash between a commit and its reaction loses none; the live count is not (see
 * {@link #count}).
 */
@Component
class ActivityCards {

    static final long REVISION_STEP = 1_000_000L;
    // CardUpdates writes a card at most every two seconds: rendering more often than this only reads for nothing.
    private static final Duration FOLLOW_UP = Duration.ofSeconds(1);

    /** Per activity: how many reactions asked for a render since the one rendering now started (0: none running). */
    private final ConcurrentMap<Long, AtomicInteger> asked = new ConcurrentHashMap<>();
    private final ActivityDirectory activities;
    private final MemberDirectory members;
    private final CobuildingDirectory cobuildings;
    private final ChatCards cards;
    private final TaskScheduler scheduler;

    ActivityCards(ActivityDirectory activities, MemberDirectory members, CobuildingDirectory cobuildings,
                  ChatCards cards, TaskScheduler scheduler) {
        this.scheduler = scheduler;
        this.activities = activities;
        this.members = members;
        this.cobuildings = cobuildings;
        this.cards = cards;
    }

    @Async
    @TransactionalEventListener
    void on(ActivityScheduled scheduled) {
        activities.find(scheduled.activityId()).ifPresent(a -> {
            for (long cobuildingId : scheduled.cobuildingIds()) {
                cards.postToCobuilding(cobuildingId, CardType.ACTIVITY, payload(a), "activity", String.valueOf(a.id()));
            }
        });
    }

    @Async
    @TransactionalEventListener
    void on(ActivityChanged changed) {
        update(changed.activityId());
    }

    @Async
    @TransactionalEventListener
    void on(ActivityCancelled cancelled) {
        update(cancelled.activityId());
    }

    /**
     * The live count, for every check-in. After completion rather than after commit: the event publication registry
     * keeps a record (an INSERT and an UPDATE) of every after-commit reaction, and a check-in burst would pay that
     * twice per person for a count that is read from the table anyway; a lost reaction is mended by the next. A
     * plain check-in publishes outside any transaction, hence {@code fallbackExecution}.
     */
    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void count(CheckinRecorded recorded) {
        renderOnce(recorded.activityId());
    }

    /** One CHECKIN card per check-in with photos: recorded by the registry, so a crash does not lose it. */
    @Async
    @TransactionalEventListener(condition = "#recorded.withPhotos()")
    void postPhotos(CheckinRecorded recorded) {
        postCheckin(recorded);
    }

    /**
     * The count card of a burst: while one render of the activity runs, the check-ins arriving meanwhile only ask for
     * one more, which starts as a task of its own shortly after the running one is done (reading the count then, on
     * a fresh connection). So 2,000 check-ins cost a few dozen renders, not 2,000, and the last still shows the last
     * count. A failed render lets the next check-in render again.
     */
    private void renderOnce(long activityId) {
        AtomicInteger pending = asked.computeIfAbsent(activityId, id -> new AtomicInteger());
        if (pending.getAndIncrement() == 0) {
            render(activityId, pending);
        }
    }

    private void render(long activityId, AtomicInteger pending) {
        int seen = pending.get();
        try {
            update(activityId);
        } catch (RuntimeException e) {
            pending.set(0);
            throw e;
        }
        if (!pending.compareAndSet(seen, 0)) {
            pending.set(1);
            scheduler.schedule(() -> render(activityId, pending), Instant.now().plus(FOLLOW_UP));
        }
    }

    private void update(long activityId) {
        activities.find(activityId).ifPresent(a -> {
            Map<String, Object> payload = payload(a);
            long version = a.revision() * REVISION_STEP + a.checkedInCount();
            for (long cobuildingId : a.cobuildingIds()) {
                cards.updateOnCobuilding(cobuildingId, CardType.ACTIVITY, payload, "activity", String.valueOf(a.id()),
                        version);
            }
        });
    }

    /** To the groups of the activity's co-buildings the person is in (a bureau session may span many). */
    private void postCheckin(CheckinRecorded recorded) {
        ActivityInfo a = activities.find(recorded.activityId()).orElse(null);
        if (a == null) {
            return;
        }
        MemberInfo person = members.findAll(List.of(recorded.userId())).get(recorded.userId());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("activityId", String.valueOf(a.id()));
        payload.put("checkinId", String.valueOf(recorded.checkinId()));
        payload.put("title", a.title());
        payload.put("userId", String.valueOf(recorded.userId()));
        payload.put("displayName", person == null ? "成员" : person.displayName());
        payload.put("flags", recorded.flags().stream().map(Enum::name).toList());
        payload.put("checkedInAt", ApiTime.of(recorded.checkedInAt()).toString());
        payload.put("mediaIds", recorded.photoMediaIds().stream().map(String::valueOf).toList());
        Set<Long> theirs = new HashSet<>(cobuildings.activeCobuildingIds(recorded.userId()));
        List<Long> targets = recorded.cobuildingIds().stream().filter(theirs::contains).toList();
        for (long cobuildingId : targets.isEmpty() ? recorded.cobuildingIds() : targets) {
            cards.postToCobuilding(cobuildingId, CardType.CHECKIN, payload, "checkin",
                    String.valueOf(recorded.checkinId()));
        }
    }

    static Map<String, Object> payload(ActivityInfo a) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("activityId", String.valueOf(a.id()));
        payload.put("title", a.title());
        payload.put("type", a.type().name());
        payload.put("startAt", ApiTime.of(a.startAt()).toString());
        payload.put("endAt", ApiTime.of(a.endAt()).toString());
        payload.put("placeName", a.placeName());
        payload.put("status", a.status().name());
        payload.put("checkedIn", a.checkedInCount());
        payload.put("expected", a.expectedCount());
        payload.put("text", a.status() == ActivityStatus.CANCELLED ? "活动已取消"
                : "已签到 " + a.checkedInCount() + "/" + a.expectedCount());
        return payload;
    }
}
