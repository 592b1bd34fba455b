package cn.xianfeng.briefing;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** What other features may ask about briefings (chat's cards, the policy assistant): published ones only. */
@Service
public class BriefingDirectory {

    private final BriefingMapper briefings;
    private final Briefings reads;

    BriefingDirectory(BriefingMapper briefings, Briefings reads) {
        this.briefings = briefings;
        this.reads = reads;
    }

    public Optional<BriefingInfo> findPublished(long briefingId) {
        Briefing b = briefings.selectById(briefingId);
        return b == null || b.getStatus() != BriefingStatus.PUBLISHED ? Optional.empty()
                : Optional.of(Briefings.info(b));
    }

    /**
     * The briefing at its last published version, even when withdrawn since (a withdrawn card still shows what it
     * was); empty for a draft or an unknown id.
     */
    public Optional<BriefingInfo> findEverPublished(long briefingId) {
        Briefing b = briefings.selectById(briefingId);
        return b == null || b.getStatus() == BriefingStatus.DRAFT ? Optional.empty() : Optional.of(Briefings.info(b));
    }

    /**
     * Published briefings the member may see, newest first: those whose audience they were in when published
     * (the active members its targeting reached then).
     */
    public List<BriefingInfo> publishedFor(long userId) {
        return briefings.listPublishedForMember(userId).stream().map(Briefings::info).toList();
    }

    public boolean visibleTo(long briefingId, long userId) {
        return reads.visible(briefingId, userId);
    }

    /** Every published briefing (for the assistant's index). */
    public List<BriefingInfo> allPublished() {
        return briefings.listPublished().stream().map(Briefings::info).toList();
    }
}
