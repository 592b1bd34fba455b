package cn.xianfeng.briefing;

import cn.xianfeng.cobuild.MemberJoined;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A briefing's audience is resolved when it is published; someone who joins one of its co-buildings later joins its
 * audience then, so the policies already explained are in their list, their search and the assistant like everyone
 * else's, and the funnel counts them among the targeted. No subscribe message goes out for briefings published before
 * they came. Leaving a co-building takes nobody out of an audience.
 */
@Component
class LaterAudience {

    private static final int CHUNK = 500;

    private final BriefingMapper briefings;
    private final BriefingAudienceMapper audience;
    private final ApplicationEventPublisher events;

    LaterAudience(BriefingMapper briefings, BriefingAudienceMapper audience, ApplicationEventPublisher events) {
        this.briefings = briefings;
        this.audience = audience;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(MemberJoined joined) {
        List<Long> reaching = briefings.listPublishedReaching(joined.cobuildingId(),
                joined.unitType() == null ? "" : joined.unitType().name());
        if (reaching.isEmpty()) {
            return;
        }
        // Already reached (through another co-building, or in it before): their row and its co-building stay.
        Set<Long> already = new HashSet<>();
        for (int i = 0; i < reaching.size(); i += CHUNK) {
            already.addAll(audience.listBriefingIdsOf(joined.userId(),
                    reaching.subList(i, Math.min(reaching.size(), i + CHUNK))));
        }
        List<Long> added = reaching.stream().filter(id -> !already.contains(id)).toList();
        if (added.isEmpty()) {
            return;
        }
        audience.insertInChunks(added.stream()
                .map(id -> BriefingAudience.of(id, joined.userId(), joined.cobuildingId())).toList());
        events.publishEvent(new BriefingAudienceJoined(joined.userId(), joined.cobuildingId(), added));
    }
}
