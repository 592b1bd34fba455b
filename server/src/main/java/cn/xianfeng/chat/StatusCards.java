package cn.xianfeng.chat;

import cn.xianfeng.cobuild.CobuildingStatusDecided;
import cn.xianfeng.cobuild.PlaqueDecision;
import cn.xianfeng.cobuild.RectificationOverdue;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the group what the bureau decided on its plaque (授牌, 保持, 整改 with the deadline, 摘牌, the rectification's
 * re-check) and when a rectification's deadline passed with no report: a SYSTEM card of kind PLAQUE after the
 * decision committed, one per source (the round, the review, the rectification) however often the reaction runs.
 */
@Component
class StatusCards {

    static final String KIND = "PLAQUE";
    static final String OVERDUE = "RECTIFICATION_OVERDUE";
    static final String OVERDUE_TITLE = "整改提醒";

    private final GroupConversations groups;
    private final ChatCards cards;

    StatusCards(GroupConversations groups, ChatCards cards) {
        this.groups = groups;
        this.cards = cards;
    }

    @Async
    @TransactionalEventListener
    void on(CobuildingStatusDecided decided) {
        groups.ensure(decided.cobuildingId());
        String title = (decided.occasion() == null || decided.occasion().isBlank() ? "评估" : decided.occasion().strip())
                + "结果";
        cards.postToCobuilding(decided.cobuildingId(), CardType.SYSTEM,
                payload(title, text(decided.decision(), decided.deadline()), decided.decision().name(),
                        decided.deadline(), blankToNull(decided.note()), decided.cobuildingId()),
                "plaque", decided.sourceRef());
    }

    @Async
    @TransactionalEventListener
    void on(RectificationOverdue overdue) {
        groups.ensure(overdue.cobuildingId());
        cards.postToCobuilding(overdue.cobuildingId(), CardType.SYSTEM,
                payload(OVERDUE_TITLE, "整改已逾期（截止 " + overdue.deadline() + "）", OVERDUE, overdue.deadline(), null,
                        overdue.cobuildingId()),
                "plaque", "rectification-overdue:" + overdue.rectificationId());
    }

    static String text(PlaqueDecision decision, LocalDate deadline) {
        return switch (decision) {
            case AWARD -> "授予牌匾";
            case KEEP -> "保持";
            case RECTIFY -> "限期整改，截止 " + deadline;
            case DELIST -> "摘牌";
            case RECTIFICATION_PASSED -> "整改通过";
            case RECTIFICATION_FAILED -> "整改未通过，摘牌";
        };
    }

    private static Map<String, Object> payload(String title, String text, String decision, LocalDate deadline,
                                               String note, long cobuildingId) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", KIND);
        payload.put("title", title);
        payload.put("text", text);
        payload.put("decision", decision);
        payload.put("deadline", deadline == null ? null : deadline.toString());
        payload.put("note", note);
        payload.put("cobuildingId", String.valueOf(cobuildingId));
        return payload;
    }

    private static String blankToNull(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
