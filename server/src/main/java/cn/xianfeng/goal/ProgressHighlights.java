package cn.xianfeng.goal;

import java.util.Collection;
import java.util.Set;

/**
 * Which progress reports the bureau has marked as 亮点; implemented where highlights are kept. Without an
 * implementation no report is highlighted.
 */
interface ProgressHighlights {

    /** Of these reports, the highlighted ones; one query for any number. */
    Set<Long> highlightedAmong(Collection<Long> reportIds);
}
