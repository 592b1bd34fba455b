package cn.xianfeng.chat;

import cn.xianfeng.auth.MemberDirectory;
import cn.xianfeng.auth.MemberInfo;
import cn.xianfeng.goal.GoalDirectory;
import cn.xianfeng.goal.ProgressReported;
import cn.xianfeng.goal.TaskOverdue;
import cn.xianfeng.shared.web.ApiTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A co-building's goals in its group chat: a PROGRESS card for each progress report (photos shown as the card's
 * images), and a SYSTEM card when a task passes its due date undone. Each card is keyed by its source, so a reaction
 * that runs twice posts it once; reactions run after the commit, as {@link ActivityCards}' do.
 */
@Component
class GoalCards {

    static final int NOTE_LENGTH = 200;

    private final GoalDirectory goals;
    private final MemberDirectory members;
    private final ChatCards cards;

    GoalCards(GoalDirectory goals, MemberDirectory members, ChatCards cards) {
        this.goals = goals;
        this.members = members;
        this.cards = cards;
    }

    @Async
    @TransactionalEventListener
    void on(ProgressReported reported) {
        goals.progress(reported.reportId()).ifPresent(p -> {
            MemberInfo person = members.findAll(List.of(p.reporterId())).get(p.reporterId());
            String name = person == null ? "成员" : person.displayName();
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("reportId", String.valueOf(p.reportId()));
            payload.put("taskId", String.valueOf(p.taskId()));
            payload.put("goalId", String.valueOf(p.goalId()));
            payload.put("category", p.category().name());
            payload.put("title", p.taskTitle());
            payload.put("goalTitle", p.goalTitle());
            payload.put("userId", String.valueOf(p.reporterId()));
            payload.put("displayName", name);
            payload.put("percent", p.percent());
            payload.put("note", shortened(p.note()));
            payload.put("text", name + " 更新进展至 " + p.percent() + "%");
            payload.put("reportedAt", ApiTime.of(p.reportedAt()).toString());
            payload.put("mediaIds", reported.photoMediaIds().stream().map(String::valueOf).toList());
            cards.postToCobuilding(p.cobuildingId(), CardType.PROGRESS, payload, "progress",
                    String.valueOf(p.reportId()));
        });
    }

    /** The first 200 characters, counted as people see them (an emoji is not cut in half). */
    static String shortened(String note) {
        if (note == null || note.codePointCount(0, note.length()) <= NOTE_LENGTH) {
            return note;
        }
        return note.substring(0, note.offsetByCodePoints(0, NOTE_LENGTH));
    }

    @Async
    @TransactionalEventListener
    void on(TaskOverdue overdue) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("text", "任务「" + overdue.title() + "」已逾期（截止 " + overdue.dueDate() + "）");
        payload.put("taskId", String.valueOf(overdue.taskId()));
        cards.postToCobuilding(overdue.cobuildingId(), CardType.SYSTEM, payload, "task-overdue",
                overdue.taskId() + ":" + overdue.dueDate());
    }
}
