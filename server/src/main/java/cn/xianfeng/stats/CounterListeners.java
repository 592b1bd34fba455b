package cn.xianfeng.stats;

import cn.xianfeng.activity.ActivityCancelled;
import cn.xianfeng.activity.ActivityChanged;
import cn.xianfeng.activity.ActivityScheduled;
import cn.xianfeng.activity.CheckinRecorded;
import cn.xianfeng.briefing.BriefingAudienceJoined;
import cn.xianfeng.briefing.BriefingPublished;
import cn.xianfeng.briefing.BriefingRead;
import cn.xianfeng.chat.GroupMessagePosted;
import cn.xianfeng.goal.ProgressReported;
import cn.xianfeng.push.PushSettled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the counters moving with the features' events, after their commit. A plain check-in and a push outcome are
 * published outside any transaction, hence {@code fallbackExecution} for those two; one lost in a crash is left to the
 * reconciliation.
 */
@Component
class CounterListeners {

    private final Counters counters;
    private final CheckinCounts checkins;

    CounterListeners(Counters counters, CheckinCounts checkins) {
        this.counters = counters;
        this.checkins = checkins;
    }

    @ApplicationModuleListener
    void on(ActivityScheduled event) {
        counters.scheduleActivity(event.activityId());
    }

    /** Its month, type, co-buildings or list may have moved: the activity is counted afresh. */
    @ApplicationModuleListener
    void on(ActivityChanged event) {
        counters.recountActivity(event.activityId());
    }

    /** A cancelled activity counts for nothing: its rows go. */
    @ApplicationModuleListener
    void on(ActivityCancelled event) {
        counters.recountActivity(event.activityId());
    }

    /**
     * After completion rather than after commit, like the activity card's live count: the event publication registry
     * keeps a record (an INSERT in the request, an UPDATE after) of every after-commit reaction, which a check-in burst
     * would pay per person. The recount reads the check-in table, so a rolled-back check-in counts for nothing.
     */
    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void on(CheckinRecorded event) {
        checkins.checkedIn(event.activityId(), event.userId());
    }

    @ApplicationModuleListener
    void on(ProgressReported event) {
        counters.progress(event.reportId(), event.cobuildingId(), event.reporterId(), event.photoMediaIds().size());
    }

    @ApplicationModuleListener
    void on(GroupMessagePosted event) {
        counters.message(event.cobuildingId(), event.senderType(), event.senderId(), event.at());
    }

    @ApplicationModuleListener
    void on(BriefingPublished event) {
        counters.briefingPublished(event.briefingId());
    }

    @ApplicationModuleListener
    void on(BriefingAudienceJoined event) {
        counters.briefingAudienceJoined(event.userId(), event.briefingIds());
    }

    @ApplicationModuleListener
    void on(BriefingRead event) {
        counters.briefingRead(event.briefingId(), event.userId());
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(PushSettled event) {
        counters.push(event.scene(), event.outcome(), event.at());
    }
}
