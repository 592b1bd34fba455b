package cn.xianfeng.push;

import cn.xianfeng.shared.persistence.LikeText;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What other features may ask of push. A ref id "prefix" is a reference and its sub-references: {@code briefing:12}
 * covers {@code briefing:12} and {@code briefing:12:remind:1}, never {@code briefing:123}.
 */
@Component
public class PushDirectory {

    private final PushDeliveryMapper deliveries;

    PushDirectory(PushDeliveryMapper deliveries) {
        this.deliveries = deliveries;
    }

    /** Per delivery status (PENDING, SENT, NO_QUOTA, FAILED), how many deliveries of scene+refId prefix. */
    public Map<DeliveryStatus, Integer> countsByRef(PushScene scene, String refIdPrefix) {
        Map<DeliveryStatus, Integer> counts = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            counts.put(status, 0);
        }
        deliveries.countByRef(scene, refIdPrefix, subLike(refIdPrefix)).forEach(row -> counts.put(
                DeliveryStatus.valueOf((String) row.get("status")), ((Number) row.get("n")).intValue()));
        return counts;
    }

    /** The members of these whose delivery for scene+refId was SENT. */
    public Set<Long> sentTo(PushScene scene, String refIdPrefix, Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(deliveries.listSentTo(scene, refIdPrefix, subLike(refIdPrefix), userIds));
    }

    private static String subLike(String ref) {
        return LikeText.escape(ref + ":") + "%";
    }
}
