package cn.xianfeng.evaluation;

import cn.xianfeng.admin.AuditLog;
import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.stats.CobuildingMetrics;
import cn.xianfeng.stats.Period;
import cn.xianfeng.stats.StatsDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a new round: the round row first (its unique (year, term) makes a concurrent create of the same round wait
 * here and then fail with a duplicate key), the default criteria, and the snapshot of every open co-building with its
 * measures over the round's half-year — one call to the statistics, one INSERT per {@value #SNAPSHOT_CHUNK} rows.
 */
@Component
class NewRounds {

    /** Snapshot rows per statement: the city's 150 co-buildings are one statement. */
    private static final int SNAPSHOT_CHUNK = 200;

    private final RoundMapper rounds;
    private final CriterionMapper criteria;
    private final SnapshotMapper snapshots;
    private final CobuildingDirectory cobuildings;
    private final RoundHistoryMapper history;
    private final StatsDirectory stats;
    private final EvaluationProperties properties;
    private final AuditLog auditLog;
    private final JsonMapper json;

    NewRounds(RoundMapper rounds, CriterionMapper criteria, SnapshotMapper snapshots,
              CobuildingDirectory cobuildings, RoundHistoryMapper history, StatsDirectory stats,
              EvaluationProperties properties, AuditLog auditLog, JsonMapper json) {
        this.rounds = rounds;
        this.criteria = criteria;
        this.snapshots = snapshots;
        this.cobuildings = cobuildings;
        this.history = history;
        this.stats = stats;
        this.properties = properties;
        this.auditLog = auditLog;
        this.json = json;
    }

    /** The new round's id; throws DuplicateKeyException when (year, term) exists, and nothing is kept. */
    @Transactional
    long create(AdminCaller caller, int year, RoundTerm term, String clientId) {
        Period period = Period.ofRound(year, term.name());
        EvaluationRound round = new EvaluationRound();
        round.setYear(year);
        round.setTerm(term);
        round.setTitle(term.occasion(year));
        round.setStatus(RoundStatus.DRAFT);
        round.setPeriodFrom(period.from());
        round.setPeriodTo(period.to());
        round.setParticipants(0);
        round.setClientId(clientId);
        round.setCreatedBy(caller.adminId());
        rounds.insert(round);
        long id = round.getId();
        List<EvaluationCriterion> defaults = new ArrayList<>();
        for (EvaluationProperties.Criterion c : properties.defaultCriteria()) {
            defaults.add(EvaluationCriterion.of(id, c.code(), c.name(), c.weight(), c.maxScore(), defaults.size()));
        }
        criteria.insertAll(defaults);
        int participants = freeze(id, period);
        rounds.setParticipants(id, participants);
        history.insert(RoundHistory.of(id, null, RoundStatus.DRAFT, caller.adminId()));
        auditLog.record(caller, "evaluation.round.create", "evaluation_round", id,
                round.getTitle() + "，参评先锋号 " + participants + " 个");
        return id;
    }

    private int freeze(long roundId, Period period) {
        List<Long> ids = cobuildings.openCobuildingIds();
        if (ids.isEmpty()) {
            return 0;
        }
        Map<Long, CobuildingMetrics> measured = stats.metrics(ids, period);
        List<EvaluationSnapshot> rows = new ArrayList<>();
        for (Long cobuildingId : ids) {
            CobuildingMetrics m = measured.get(cobuildingId);
            if (m == null) {
                continue;
            }
            EvaluationSnapshot s = new EvaluationSnapshot();
            s.setRoundId(roundId);
            s.setCobuildingId(cobuildingId);
            s.setName(m.name());
            s.setStatus(m.status());
            s.setLeadUnitType(m.leadUnitType());
            s.setBureauLiaisonId(m.bureauLiaisonId());
            s.setMetrics(json.writeValueAsString(m));
            rows.add(s);
        }
        for (int i = 0; i < rows.size(); i += SNAPSHOT_CHUNK) {
            snapshots.insertAll(rows.subList(i, Math.min(rows.size(), i + SNAPSHOT_CHUNK)));
        }
        return rows.size();
    }
}
