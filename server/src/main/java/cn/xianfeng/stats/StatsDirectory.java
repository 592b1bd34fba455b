package cn.xianfeng.stats;

import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What other features (an evaluation round's snapshot) may ask of the statistics: each co-building's metrics over a
 * period, in a fixed number of queries whatever the number of co-buildings. Reads without a transaction.
 */
@Component
public class StatsDirectory {

    private final MetricsReader reader;

    StatsDirectory(MetricsReader reader) {
        this.reader = reader;
    }

    /** Metrics for these co-buildings (a fixed number of queries, whatever their number); unknown ids are left out. */
    public Map<Long, CobuildingMetrics> metrics(Collection<Long> cobuildingIds, Period period) {
        return reader.metrics(cobuildingIds, period);
    }
}
