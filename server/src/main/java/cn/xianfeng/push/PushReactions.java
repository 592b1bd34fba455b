package cn.xianfeng.push;

import cn.xianfeng.activity.ActivityDirectory;
import cn.xianfeng.activity.ActivityInfo;
import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.cobuild.MemberRole;
import cn.xianfeng.goal.TaskOverdue;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What push sends of its own accord: the overdue-task notice (to the task's owners, or the co-building's 科技党建先锋
 * when it has none) and the activity reminder (a configured lead time before the start, to the expected people who
 * have not checked in). Both go through the outbox, so the dedupe key keeps each to once per person: the reminder's
 * key is the activity, whatever instance or round finds it first.
 */
@Component
class PushReactions {

    private final Outbox outbox;
    private final PushDeliveryMapper deliveries;
    private final CobuildingDirectory cobuildings;
    private final ActivityDirectory activities;
    private final PushProperties properties;
    private final Clock clock;

    PushReactions(Outbox outbox, PushDeliveryMapper deliveries, CobuildingDirectory cobuildings, ActivityDirectory activities,
                  PushProperties properties, Clock clock) {
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.cobuildings = cobuildings;
        this.activities = activities;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(TaskOverdue overdue) {
        List<Long> to = overdue.ownerIds().isEmpty()
                ? cobuildings.activeMemberIdsWithRole(overdue.cobuildingId(), MemberRole.PIONEER)
                : overdue.ownerIds();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", overdue.title());
        values.put("deadline", overdue.dueDate().toString());
        values.put("status", "已逾期");
        outbox.add(new PushRequested(PushScene.TASK_OVERDUE,
                "task:" + overdue.taskId() + ":" + overdue.dueDate(), to, values, "id=" + overdue.taskId()));
    }

    @Scheduled(fixedDelayString = "${xf.push.reminder-interval:PT1M}", initialDelayString = "PT20S")
    void scheduledReminders() {
        remindActivities();
    }

    /** Reminders for activities starting within the lead time from now; how many activities were looked at. */
    int remindActivities() {
        Instant now = clock.instant();
        List<Long> starting = activities.startingBetween(now, now.plus(properties.activityReminderLead()));
        for (long id : starting) {
            activities.find(id).ifPresent(this::remind);
        }
        return starting.size();
    }

    private void remind(ActivityInfo a) {
        String ref = "activity:" + a.id();
        if (deliveries.existsByRef(PushScene.ACTIVITY_REMINDER, ref)) {
            // Reminded already (by this round's predecessor or another instance): once per activity.
            return;
        }
        List<Long> to = activities.expectedNotCheckedIn(a.id());
        if (to.isEmpty()) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", a.title());
        values.put("time", a.startAt().toString());
        values.put("place", a.placeName() == null ? "" : a.placeName());
        values.put("name", a.title());
        outbox.add(new PushRequested(PushScene.ACTIVITY_REMINDER, ref, to, values,
                "id=" + a.id()));
    }
}
