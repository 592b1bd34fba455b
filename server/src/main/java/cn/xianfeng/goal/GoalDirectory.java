package cn.xianfeng.goal;

import cn.xianfeng.cobuild.CobuildingDirectory;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What other features (the public board) may ask about a co-building's goals. Reads without a transaction, in a
 * fixed number of queries whatever the number of goals and tasks.
 */
@Service
public class GoalDirectory {

    private final CobuildingDirectory cobuildings;
    private final GoalMapper goals;
    private final GoalTaskMapper tasks;
    private final ProgressReportMapper reports;
    private final GoalReads reads;
    private final ChecklistViews checklists;
    private final HighlightViews highlights;

    GoalDirectory(CobuildingDirectory cobuildings, GoalMapper goals, GoalTaskMapper tasks,
                  ProgressReportMapper reports, GoalReads reads, ChecklistViews checklists, HighlightViews highlights) {
        this.cobuildings = cobuildings;
        this.goals = goals;
        this.tasks = tasks;
        this.reports = reports;
        this.reads = reads;
        this.checklists = checklists;
        this.highlights = highlights;
    }

    /**
     * The goal list and progress table as the public board shows them: names only, no ids of people. Always the
     * current stage; DROPPED goals are left off. Empty only when the co-building does not exist.
     */
    public Optional<GoalBoard> board(long cobuildingId) {
        if (cobuildings.find(cobuildingId).isEmpty()) {
            return Optional.empty();
        }
        int stage = goals.currentStage(cobuildingId);
        GoalReads.Loaded loaded = reads.loadStage(cobuildingId, stage);
        List<Goal> shown = loaded.goalsById.values().stream().filter(g -> g.getStatus() != GoalStatus.DROPPED)
                .sorted(Comparator.comparing(Goal::getCategory).thenComparing(Goal::getId)).toList();
        List<BoardGoal> boardGoals = shown.stream().map(g -> new BoardGoal(g.getId(), g.getCategory(), g.getTitle(),
                g.getDescription(), g.getTargetText(), g.getTargetAmount(), g.getTargetUnit(), loaded.achievedOf(g),
                g.getTargetDate(), g.getStatus(), loaded.completionOf(g),
                loaded.ordered(loaded.tasksOf(g.getId())).stream().map(t -> task(loaded, t)).toList())).toList();
        return Optional.of(new GoalBoard(stage, loaded.categories(shown), boardGoals));
    }

    /** A progress report with its task's and goal's titles, for its chat card; empty when it is gone. */
    public Optional<ProgressInfo> progress(long reportId) {
        ProgressReport r = reports.selectById(reportId);
        if (r == null) {
            return Optional.empty();
        }
        GoalTask task = tasks.selectById(r.getTaskId());
        Goal goal = goals.selectById(r.getGoalId());
        if (task == null || goal == null) {
            return Optional.empty();
        }
        return Optional.of(new ProgressInfo(r.getId(), task.getId(), goal.getId(), r.getCobuildingId(),
                goal.getCategory(), task.getTitle(), goal.getTitle(), r.getReporterId(), r.getPercent(), r.getNote(),
                r.getCreatedAt()));
    }

    /** The 八有 checklist in numbers (non-retired items only). */
    public ChecklistProgress checklistProgress(long cobuildingId) {
        return checklists.progress(cobuildingId);
    }

    /** The co-building's latest highlights, newest first. */
    public List<HighlightInfo> recentHighlights(long cobuildingId, int limit) {
        return highlights.recent(cobuildingId, limit);
    }

    private static BoardTask task(GoalReads.Loaded loaded, GoalTask t) {
        ProgressReport last = loaded.latest.get(t.getId());
        BoardProgress progress = last == null ? null
                : new BoardProgress(last.getPercent(), last.getNote(), last.getCreatedAt(), loaded.photosOf(last));
        return new BoardTask(t.getId(), t.getTitle(),
                loaded.ownerIdsOf(t).stream().map(id -> publicName(loaded.persons.get(id).displayName(), id)).toList(),
                t.getPlannedStart(), t.getDueDate(), t.getWeight(), t.getStatus(), loaded.overdue(t), t.getPercent(),
                progress);
    }

    /** A member without a name is "成员" + their user id elsewhere; the public board shows no ids of people. */
    private static String publicName(String displayName, long userId) {
        return displayName.equals("成员" + userId) ? "成员" : displayName;
    }
}
