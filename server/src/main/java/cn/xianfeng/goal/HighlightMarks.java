package cn.xianfeng.goal;

import java.util.Collection;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Which progress reports are highlights, for the progress views. */
@Component
class HighlightMarks implements ProgressHighlights {

    private final HighlightMapper highlights;

    HighlightMarks(HighlightMapper highlights) {
        this.highlights = highlights;
    }

    @Override
    public Set<Long> highlightedAmong(Collection<Long> reportIds) {
        return highlights.highlightedOf(HighlightKind.PROGRESS, reportIds);
    }
}
