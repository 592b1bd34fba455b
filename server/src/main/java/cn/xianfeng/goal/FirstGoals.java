package cn.xianfeng.goal;

import cn.xianfeng.cobuild.CobuildingCreated;
import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.cobuild.DraftGoal;
import java.util.HashSet;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A new co-building starts with the draft goals of its application as its stage-1 goals (drafts without a title are
 * skipped). Idempotent by the (co-building, draft goal) key, so a redelivered event adds nothing; co-buildings that
 * existed before goals did were given theirs by the V014 migration.
 */
@Component
class FirstGoals {

    private final CobuildingDirectory cobuildings;
    private final GoalMapper goals;

    FirstGoals(CobuildingDirectory cobuildings, GoalMapper goals) {
        this.cobuildings = cobuildings;
        this.goals = goals;
    }

    @ApplicationModuleListener
    void on(CobuildingCreated created) {
        Set<Long> made = new HashSet<>(goals.listDraftGoalIds(created.cobuildingId()));
        for (DraftGoal draft : cobuildings.draftGoals(created.cobuildingId())) {
            if (draft.title() == null || draft.title().isBlank() || made.contains(draft.id())) {
                continue;
            }
            Goal g = new Goal();
            g.setCobuildingId(created.cobuildingId());
            g.setCategory(draft.category());
            g.setStage(1);
            g.setTitle(draft.title().strip());
            g.setDescription(GoalWrites.blankToNull(draft.description()));
            g.setTargetDate(draft.targetDate());
            g.setStatus(GoalStatus.ACTIVE);
            g.setDraftGoalId(draft.id());
            g.setCreatedBy(created.pioneerUserId());
            try {
                goals.insert(g);
            } catch (DuplicateKeyException alreadyMade) {
                // Another delivery of the same event got there first: the goal is there, which is all that matters.
            }
        }
    }
}
