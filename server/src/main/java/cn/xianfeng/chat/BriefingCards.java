package cn.xianfeng.chat;

import cn.xianfeng.briefing.BriefingCorrected;
import cn.xianfeng.briefing.BriefingDirectory;
import cn.xianfeng.briefing.BriefingInfo;
import cn.xianfeng.briefing.BriefingPublished;
import cn.xianfeng.briefing.BriefingUnpublished;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A policy briefing in the group chats of the co-buildings it was published to: a BRIEFING card when published,
 * updated in place by a correction (with a SYSTEM card saying what changed) and marked withdrawn when unpublished.
 *
 * <p>Each reaction renders the briefing as it is now, with the card version {@code 2 × version (+ 1 once
 * withdrawn)}: a correction's version and the withdrawal only move forward, so reactions that run late or twice
 * never put an older state back.
 */
@Component
class BriefingCards {

    private static final String REF = "briefing";

    private final BriefingDirectory briefings;
    private final ChatCards cards;

    BriefingCards(BriefingDirectory briefings, ChatCards cards) {
        this.briefings = briefings;
        this.cards = cards;
    }

    @Async
    @TransactionalEventListener
    void on(BriefingPublished published) {
        briefings.findPublished(published.briefingId()).ifPresent(b -> {
            for (long cobuildingId : published.cobuildingIds()) {
                cards.postToCobuilding(cobuildingId, CardType.BRIEFING, payload(b, false), REF,
                        String.valueOf(b.id()));
            }
        });
    }

    @Async
    @TransactionalEventListener
    void on(BriefingCorrected corrected) {
        briefings.findPublished(corrected.briefingId()).ifPresent(b -> {
            Map<String, Object> payload = payload(b, false);
            Map<String, Object> notice = new LinkedHashMap<>();
            notice.put("text", "《" + b.title() + "》已更正：" + corrected.changeNote());
            notice.put("briefingId", String.valueOf(b.id()));
            notice.put("version", corrected.version());
            for (long cobuildingId : corrected.cobuildingIds()) {
                cards.updateOnCobuilding(cobuildingId, CardType.BRIEFING, payload, REF, String.valueOf(b.id()),
                        2L * b.version());
                cards.postToCobuilding(cobuildingId, CardType.SYSTEM, notice, "briefing-correction",
                        b.id() + ":" + corrected.version());
            }
        });
    }

    @Async
    @TransactionalEventListener
    void on(BriefingUnpublished unpublished) {
        briefings.findEverPublished(unpublished.briefingId()).ifPresent(b -> {
            for (long cobuildingId : unpublished.cobuildingIds()) {
                cards.updateOnCobuilding(cobuildingId, CardType.BRIEFING, payload(b, true), REF,
                        String.valueOf(b.id()), 2L * b.version() + 1);
            }
        });
    }

    static Map<String, Object> payload(BriefingInfo b, boolean withdrawn) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("briefingId", String.valueOf(b.id()));
        payload.put("title", b.title());
        payload.put("category", b.category().name());
        payload.put("summary", b.summary());
        payload.put("applyDeadline", b.applyDeadline() == null ? null : b.applyDeadline().toString());
        payload.put("version", b.version());
        if (withdrawn) {
            payload.put("withdrawn", true);
        }
        return payload;
    }
}
