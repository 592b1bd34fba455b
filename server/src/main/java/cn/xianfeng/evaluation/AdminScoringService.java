package cn.xianfeng.evaluation;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.admin.AuditLog;
import cn.xianfeng.admin.Permission;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.ApiTime;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a round while it is SCORING: evaluators (SCORE_EVALUATIONS) save their scores of each co-building,
 * the bureau (MANAGE_EVALUATIONS) sets each co-building's verdict. Both take the round's row in share mode, so they
 * run side by side but never while the round is being closed. Every save is in the audit log.
 */
@Service
class AdminScoringService {

    private final RoundMapper rounds;
    private final CriterionMapper criteria;
    private final SnapshotMapper snapshots;
    private final ScorecardMapper cards;
    private final ScoreMapper scores;
    private final VerdictMapper verdicts;
    private final AdminAccess access;
    private final AuditLog auditLog;
    private final Clock clock;

    AdminScoringService(RoundMapper rounds, CriterionMapper criteria, SnapshotMapper snapshots, ScorecardMapper cards,
                        ScoreMapper scores, VerdictMapper verdicts, AdminAccess access, AuditLog auditLog,
                        Clock clock) {
        this.rounds = rounds;
        this.criteria = criteria;
        this.snapshots = snapshots;
        this.cards = cards;
        this.scores = scores;
        this.verdicts = verdicts;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Replaces the caller's scores of the co-building with these (criteria left out are unscored) and sets their
     * comment. Sending the same again changes nothing, so a retry is harmless.
     */
    @Transactional
    ScorecardView saveScores(AdminCaller caller, long roundId, long cobuildingId,
                             ScoreRequests.SaveScoresRequest request) {
        access.require(caller, Permission.SCORE_EVALUATIONS);
        EvaluationRound round = scoringRound(roundId);
        EvaluationSnapshot participant = participant(round, cobuildingId);
        List<EvaluationCriterion> criteriaRows = criteria.listByRound(roundId);
        Map<String, EvaluationCriterion> byCode = new HashMap<>();
        criteriaRows.forEach(c -> byCode.put(c.getCode(), c));
        Map<Long, BigDecimal> given = new LinkedHashMap<>();
        List<EvaluationScore> rows = new ArrayList<>();
        for (ScoreRequests.CriterionScore s : request.scores()) {
            EvaluationCriterion c = byCode.get(s.criterion().strip());
            if (c == null) {
                throw new EvaluationExceptions.CriterionUnknown(s.criterion().strip());
            }
            if (given.containsKey(c.getId())) {
                throw new EvaluationExceptions.ScoresInvalid("评分项“" + c.getName() + "”重复");
            }
            if (s.score().compareTo(BigDecimal.valueOf(c.getMaxScore())) > 0) {
                throw new EvaluationExceptions.ScoreOutOfRange(c.getName(), c.getMaxScore());
            }
            BigDecimal score = s.score().setScale(1);
            given.put(c.getId(), score);
            EvaluationScore row = new EvaluationScore();
            row.setRoundId(roundId);
            row.setCobuildingId(cobuildingId);
            row.setEvaluatorId(caller.adminId());
            row.setCriterionId(c.getId());
            row.setScore(score);
            rows.add(row);
        }
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        cards.upsert(roundId, cobuildingId, caller.adminId(), comment);
        scores.deleteByCard(roundId, cobuildingId, caller.adminId());
        scores.insertAll(rows);
        Map<Long, String> codes = new HashMap<>();
        criteriaRows.forEach(c -> codes.put(c.getId(), c.getCode()));
        ScorecardView view = RoundSheets.card(cobuildingId, caller.adminId(),
                access.displayName(caller.adminId()).orElse(null), criteriaRows, codes, given,
                cards.findByCard(roundId, cobuildingId, caller.adminId()));
        auditLog.record(caller, "evaluation.score", "evaluation_round", roundId, participant.getName() + "："
                + view.scores().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().toPlainString())
                .collect(Collectors.joining("，")) + (view.total() == null ? "" : "，总分 " + view.total()));
        return view;
    }

    /**
     * Sets or replaces the co-building's verdict; it takes effect when the round closes. RECTIFY needs a deadline
     * after today (Asia/Shanghai), the others none.
     */
    @Transactional
    VerdictView setVerdict(AdminCaller caller, long roundId, long cobuildingId, VerdictRequest request) {
        access.require(caller, Permission.MANAGE_EVALUATIONS);
        EvaluationRound round = scoringRound(roundId);
        EvaluationSnapshot participant = participant(round, cobuildingId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ApiTime.DISPLAY_ZONE);
        if (request.verdict().needsDeadline()) {
            if (request.deadline() == null) {
                throw new EvaluationExceptions.DeadlineInvalid("限期整改须填写整改期限");
            }
            if (!request.deadline().isAfter(today)) {
                throw new EvaluationExceptions.DeadlineInvalid("整改期限须晚于今天");
            }
        } else if (request.deadline() != null) {
            throw new EvaluationExceptions.DeadlineInvalid("只有限期整改才有整改期限");
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        verdicts.upsert(roundId, cobuildingId, request.verdict(), request.deadline(), note, caller.adminId(), now);
        auditLog.record(caller, "evaluation.verdict", "evaluation_round", roundId, participant.getName() + "："
                + request.verdict().label() + (request.deadline() == null ? "" : "，截止 " + request.deadline())
                + (note == null ? "" : "（" + note + "）"));
        return RoundSheets.verdictView(verdicts.findByRoundAndCobuilding(roundId, cobuildingId),
                access.displayName(caller.adminId()).orElse(null));
    }

    private EvaluationRound scoringRound(long roundId) {
        EvaluationRound round = rounds.lockSharedById(roundId);
        if (round == null) {
            throw new EvaluationExceptions.RoundNotFound();
        }
        AdminRoundService.requireScoring(round);
        return round;
    }

    private EvaluationSnapshot participant(EvaluationRound round, long cobuildingId) {
        EvaluationSnapshot snapshot = snapshots.findByRoundAndCobuilding(round.getId(), cobuildingId);
        if (snapshot == null) {
            throw new EvaluationExceptions.CobuildingNotInRound();
        }
        return snapshot;
    }
}
