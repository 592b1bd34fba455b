/**
 * Statistics for the bureau (统计): an overview of a period, the per co-building table, monthly trends, the at-risk
 * list before an evaluation, and {@link cn.xianfeng.stats.StatsDirectory}, the metrics an evaluation round freezes.
 * Numbers that come from event tables (check-ins, messages, progress reports, briefing reads, push deliveries) are
 * counters kept up to date from the features' events; a dashboard never scans an event table. A nightly
 * {@link cn.xianfeng.stats.StatsReconciliation} recomputes every counter from the source tables and repairs drift.
 * Counters and aggregates are plain rows of numbers, so this feature reads and writes them with SQL through
 * {@code JdbcClient} rather than entities and mappers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics",
        allowedDependencies = {"activity", "admin", "briefing", "chat", "cobuild", "goal", "org", "push", "shared"})
package cn.xianfeng.stats;
