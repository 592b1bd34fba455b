package cn.xianfeng.push;

import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.cobuild.CobuildingStatusDecided;
import cn.xianfeng.cobuild.PlaqueDecision;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells every member of a co-building what the bureau decided on its plaque: RECTIFICATION_NOTICE for 整改 (with the
 * deadline), EVALUATION_RESULT for everything else. After the decision committed, through the outbox; the refId
 * names the decision's source and the co-building, so a reaction that runs twice reaches each person once. A
 * delisted co-building's members keep their memberships (only its units leave), so they are told too.
 */
@Component
class PlaqueNotices {

    /** The deadline is the last day: the notice shows its end, not its midnight start. */
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    private final Outbox outbox;
    private final CobuildingDirectory cobuildings;

    PlaqueNotices(Outbox outbox, CobuildingDirectory cobuildings) {
        this.outbox = outbox;
        this.cobuildings = cobuildings;
    }

    @ApplicationModuleListener
    void on(CobuildingStatusDecided decided) {
        List<Long> to = cobuildings.activeMemberIds(decided.cobuildingId());
        if (to.isEmpty()) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", decided.name());
        values.put("note", note(decided));
        PushScene scene;
        if (decided.decision() == PlaqueDecision.RECTIFY) {
            scene = PushScene.RECTIFICATION_NOTICE;
            values.put("deadline", decided.deadline().atTime(END_OF_DAY).toString());
        } else {
            scene = PushScene.EVALUATION_RESULT;
            values.put("status", decided.decision().label());
        }
        outbox.add(new PushRequested(scene, "plaque:" + decided.sourceRef() + ":" + decided.cobuildingId(), to,
                values, "cobuildingId=" + decided.cobuildingId()));
    }

    /** The bureau's note if it wrote one, else the occasion ("2027年3月集中评估"); cut to fit by the template. */
    private static String note(CobuildingStatusDecided decided) {
        if (decided.note() != null && !decided.note().isBlank()) {
            return decided.note();
        }
        return decided.occasion() == null ? "" : decided.occasion();
    }
}
