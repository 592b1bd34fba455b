package cn.xianfeng.briefing;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** What other features may ask about briefings (chat's cards, the policy assistant): published ones only. */
@Service
public class BriefingDirectory {

    BriefingDirectory() {
    }

    public Optional<BriefingInfo> findPublished(long briefingId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Published briefings the member may see (targeting one of the co-buildings/units they are actively in). */
    public List<BriefingInfo> publishedFor(long userId) {
        throw new UnsupportedOperationException("not yet");
    }

    public boolean visibleTo(long briefingId, long userId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Every published briefing (for the assistant's index). */
    public List<BriefingInfo> allPublished() {
        throw new UnsupportedOperationException("not yet");
    }
}
