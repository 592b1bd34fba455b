package cn.xianfeng.stats;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a reconciliation found: per counter table, how many rows the sources gave and how many were missing, wrong or
 * left over (each one repaired), and how many it left alone because an event moved them while it ran.
 */
public record ReconciliationReport(OffsetDateTime startedAt, long millis, List<Table> tables, long rowsFixed) {

    public record Table(String table, long rowsChecked, long missing, long changed, long extra, long skipped) {

        public long drifted() {
            return missing + changed + extra;
        }
    }
}
