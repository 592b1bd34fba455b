package cn.xianfeng.evaluation;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.admin.AuditLog;
import cn.xianfeng.admin.Permission;
import cn.xianfeng.cobuild.PlaqueTransitionException;
import cn.xianfeng.cobuild.Plaques;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.ApiTime;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rounds for the bureau: create one (freezing the snapshot of every open co-building), set its criteria while it is a
 * draft, open it for scoring, and close it, which applies every verdict to its co-building in the same transaction.
 * Reads need READ_EVALUATIONS, the rest MANAGE_EVALUATIONS; every write is in the audit log.
 */
@Service
class AdminRoundService {

    private final RoundMapper rounds;
    private final CriterionMapper criteria;
    private final SnapshotMapper snapshots;
    private final VerdictMapper verdicts;
    private final RoundHistoryMapper history;
    private final NewRounds newRounds;
    private final RoundReads reads;
    private final Plaques plaques;
    private final AdminAccess access;
    private final AuditLog auditLog;
    private final Clock clock;

    AdminRoundService(RoundMapper rounds, CriterionMapper criteria, SnapshotMapper snapshots, VerdictMapper verdicts,
                      RoundHistoryMapper history, NewRounds newRounds, RoundReads reads, Plaques plaques,
                      AdminAccess access, AuditLog auditLog, Clock clock) {
        this.rounds = rounds;
        this.criteria = criteria;
        this.snapshots = snapshots;
        this.verdicts = verdicts;
        this.history = history;
        this.newRounds = newRounds;
        this.reads = reads;
        this.plaques = plaques;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Creates the round of (year, term) with the default criteria and its frozen snapshot (see {@link NewRounds}).
     * The unique (year, term) keeps it single; a second create is ROUND_EXISTS unless it is a retry of the first (same
     * clientId), which answers the round. Not a transaction itself: the loser of two creates at once reads the
     * winner's round after its own transaction has ended, when the winner's rows are visible to it.
     */
    RoundView create(AdminCaller caller, CreateRoundRequest request) {
        access.require(caller, Permission.MANAGE_EVALUATIONS);
        String clientId = request.clientId() == null || request.clientId().isBlank() ? null
                : request.clientId().strip();
        EvaluationRound existing = rounds.findByYearAndTerm(request.year(), request.term());
        if (existing != null) {
            return retried(existing, clientId);
        }
        try {
            return reads.view(newRounds.create(caller, request.year(), request.term(), clientId));
        } catch (DuplicateKeyException raced) {
            EvaluationRound winner = rounds.findByYearAndTerm(request.year(), request.term());
            if (winner == null) {
                throw raced;
            }
            return retried(winner, clientId);
        }
    }

    private RoundView retried(EvaluationRound existing, String clientId) {
        if (clientId == null || !clientId.equals(existing.getClientId())) {
            throw new EvaluationExceptions.RoundExists(existing.getTitle());
        }
        return reads.view(existing.getId());
    }

    PageResponse<RoundSummary> list(AdminCaller caller, PageQuery paging) {
        access.require(caller, Permission.READ_EVALUATIONS);
        Page<EvaluationRound> page = rounds.pageAll(paging.toPage());
        Map<Long, Long> decided = verdicts.countByRounds(page.getRecords().stream().map(EvaluationRound::getId)
                .toList());
        return PageResponse.of(page, r -> RoundReads.summary(r, decided.getOrDefault(r.getId(), 0L)));
    }

    RoundView view(AdminCaller caller, long id) {
        access.require(caller, Permission.READ_EVALUATIONS);
        return reads.view(id);
    }

    /** Replaces the round's criteria (a draft's only); codes unique within the round. */
    @Transactional
    RoundView replaceCriteria(AdminCaller caller, long id, List<CriterionRequest> requested) {
        access.require(caller, Permission.MANAGE_EVALUATIONS);
        Set<String> codes = new HashSet<>();
        for (CriterionRequest c : requested) {
            if (!codes.add(c.code())) {
                throw new EvaluationExceptions.CriteriaInvalid("评分项代码“" + c.code() + "”重复");
            }
        }
        EvaluationRound round = lock(id);
        requireDraft(round);
        List<EvaluationCriterion> rows = new ArrayList<>();
        for (CriterionRequest c : requested) {
            rows.add(EvaluationCriterion.of(id, c.code(), c.name().strip(), c.weight(), c.maxScore(), rows.size()));
        }
        criteria.deleteByRound(id);
        criteria.insertAll(rows);
        auditLog.record(caller, "evaluation.criteria.update", "evaluation_round", id, rows.stream()
                .map(c -> c.getCode() + " " + c.getName() + " 权重" + c.getWeight() + " 满分" + c.getMaxScore())
                .collect(Collectors.joining("；")));
        return reads.view(id);
    }

    /** DRAFT → SCORING: the criteria are locked from now on. Opening an open round answers it as it is. */
    @Transactional
    RoundView open(AdminCaller caller, long id) {
        access.require(caller, Permission.MANAGE_EVALUATIONS);
        EvaluationRound round = lock(id);
        if (round.getStatus() == RoundStatus.CLOSED) {
            throw new EvaluationExceptions.RoundClosed();
        }
        if (round.getStatus() == RoundStatus.SCORING) {
            return reads.view(id);
        }
        if (criteria.listByRound(id).isEmpty()) {
            throw new EvaluationExceptions.CriteriaMissing();
        }
        rounds.markOpened(id, caller.adminId(), now());
        history.insert(RoundHistory.of(id, RoundStatus.DRAFT, RoundStatus.SCORING, caller.adminId()));
        auditLog.record(caller, "evaluation.round.open", "evaluation_round", id, round.getTitle());
        return reads.view(id);
    }

    /**
     * SCORING → CLOSED, applying every verdict to its co-building in this one transaction (status, plaque date,
     * history, rectification, and the co-building's own event for chat and push). Every participant needs a verdict;
     * a co-building whose status no longer allows its verdict (withdrawn meanwhile, already rectifying …) refuses the
     * whole close, naming it, and nothing is applied.
     */
    @Transactional
    RoundView close(AdminCaller caller, long id) {
        access.require(caller, Permission.MANAGE_EVALUATIONS);
        EvaluationRound round = lock(id);
        requireScoring(round);
        Map<Long, String> names = snapshots.listKeysByRound(id).stream()
                .collect(Collectors.toMap(EvaluationSnapshot::getCobuildingId, EvaluationSnapshot::getName));
        List<EvaluationVerdict> decided = verdicts.listByRound(id);
        long missing = names.size() - decided.stream().filter(v -> names.containsKey(v.getCobuildingId())).count();
        if (missing > 0) {
            throw new EvaluationExceptions.VerdictsMissing(missing);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ApiTime.DISPLAY_ZONE);
        String sourceRef = "round:" + id;
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        // In co-building id order, as the co-building rows are locked, so two closings cannot deadlock.
        for (EvaluationVerdict v : decided) {
            String name = names.get(v.getCobuildingId());
            if (v.getVerdict().needsDeadline() && !v.getDeadline().isAfter(today)) {
                throw new EvaluationExceptions.VerdictNotApplicable(v.getCobuildingId(), name,
                        "先锋号“" + name + "”的整改期限 " + v.getDeadline() + " 已不晚于今天，请重新设置");
            }
            try {
                plaques.decide(v.getCobuildingId(), v.getVerdict().decision(), v.getDeadline(), round.getTitle(),
                        sourceRef, v.getNote(), caller.adminId());
            } catch (PlaqueTransitionException refused) {
                throw new EvaluationExceptions.VerdictNotApplicable(refused.cobuildingId(), name,
                        refused.getMessage());
            }
            counts.merge(v.getVerdict(), 1, Integer::sum);
        }
        rounds.markClosed(id, caller.adminId(), now());
        history.insert(RoundHistory.of(id, RoundStatus.SCORING, RoundStatus.CLOSED, caller.adminId()));
        auditLog.record(caller, "evaluation.round.close", "evaluation_round", id, round.getTitle() + "："
                + counts.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining("，")));
        return reads.view(id);
    }

    private EvaluationRound lock(long id) {
        EvaluationRound round = rounds.lockById(id);
        if (round == null) {
            throw new EvaluationExceptions.RoundNotFound();
        }
        return round;
    }

    static void requireDraft(EvaluationRound round) {
        if (round.getStatus() == RoundStatus.CLOSED) {
            throw new EvaluationExceptions.RoundClosed();
        }
        if (round.getStatus() != RoundStatus.DRAFT) {
            throw new EvaluationExceptions.RoundNotDraft();
        }
    }

    static void requireScoring(EvaluationRound round) {
        if (round.getStatus() == RoundStatus.CLOSED) {
            throw new EvaluationExceptions.RoundClosed();
        }
        if (round.getStatus() != RoundStatus.SCORING) {
            throw new EvaluationExceptions.RoundNotScoring();
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
