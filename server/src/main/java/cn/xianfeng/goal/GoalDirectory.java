package cn.xianfeng.goal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** What other features (the public board) may ask about a co-building's goals. */
@Service
public class GoalDirectory {

    GoalDirectory() {
    }

    /** The goal list and progress table as the public board shows them: names only, no ids of people. */
    public Optional<GoalBoard> board(long cobuildingId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The 八有 checklist in numbers (non-retired items only). */
    public ChecklistProgress checklistProgress(long cobuildingId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The co-building's latest highlights, newest first. */
    public List<HighlightInfo> recentHighlights(long cobuildingId, int limit) {
        throw new UnsupportedOperationException("not yet");
    }
}
