package cn.xianfeng.push;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What other features may ask of push. */
@Component
public class PushDirectory {

    /** Per delivery status (PENDING, SENT, NO_QUOTA, FAILED), how many deliveries of scene+refId prefix. */
    public Map<DeliveryStatus, Integer> countsByRef(PushScene scene, String refIdPrefix) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The members of these whose delivery for scene+refId was SENT. */
    public Set<Long> sentTo(PushScene scene, String refIdPrefix, Collection<Long> userIds) {
        throw new UnsupportedOperationException("not yet");
    }
}
