package cn.xianfeng.goal;

import static cn.xianfeng.shared.persistence.DuplicateKeys.insertOrFind;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creating goals, for the pioneer's create and for the next stage's goals of a stage summary alike. Joins the caller's
 * transaction when there is one.
 */
@Component
class GoalWrites {

    private final GoalMapper goals;
    private final TransactionTemplate transaction;

    GoalWrites(GoalMapper goals, TransactionTemplate transaction) {
        this.goals = goals;
        this.transaction = transaction;
    }

    /** The new ACTIVE goal, or the one an earlier request with the same clientId made in this co-building. */
    Goal create(long cobuildingId, int stage, CreateGoalRequest request, long actorUserId) {
        String clientId = request.clientId();
        if (clientId != null) {
            Goal existing = goals.findByClient(cobuildingId, clientId);
            if (existing != null) {
                return existing;
            }
        }
        Goal g = new Goal();
        g.setCobuildingId(cobuildingId);
        g.setCategory(request.category());
        g.setStage(stage);
        g.setTitle(request.title().strip());
        g.setDescription(blankToNull(request.description()));
        g.setTargetText(blankToNull(request.targetText()));
        g.setTargetAmount(request.targetAmount());
        g.setTargetUnit(blankToNull(request.targetUnit()));
        g.setTargetDate(request.targetDate());
        g.setStatus(GoalStatus.ACTIVE);
        g.setClientId(clientId);
        g.setCreatedBy(actorUserId);
        return insertOrFind(() -> transaction.execute(status -> {
            goals.insert(g);
            return goals.selectById(g.getId());
        }), () -> clientId == null ? null : goals.findByClient(cobuildingId, clientId));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
