package cn.xianfeng.goal;

import cn.xianfeng.cobuild.MemberRole;
import cn.xianfeng.shared.web.RuleViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A co-building's goals as members see and plan them: every active member reads, the pioneer plans. */
@Service
class GoalService {

    private final GoalAccess access;
    private final GoalTexts texts;
    private final GoalMapper goals;
    private final GoalTaskMapper tasks;
    private final GoalTaskOwnerMapper owners;
    private final ProgressReportMapper reports;
    private final GoalWrites writes;
    private final GoalReads reads;

    GoalService(GoalAccess access, GoalMapper goals, GoalTaskMapper tasks, GoalTaskOwnerMapper owners,
                ProgressReportMapper reports, GoalWrites writes, GoalReads reads, GoalTexts texts) {
        this.access = access;
        this.texts = texts;
        this.goals = goals;
        this.tasks = tasks;
        this.owners = owners;
        this.reports = reports;
        this.writes = writes;
        this.reads = reads;
    }

    GoalListView list(long userId, long cobuildingId, Integer stage) {
        MemberRole role = access.member(cobuildingId, userId);
        return list(cobuildingId, stage, new GoalReads.Viewer(userId, role, access.isOpen(cobuildingId)));
    }

    /** The list of one stage (the current one by default), for any viewer who may read it. */
    GoalListView list(long cobuildingId, Integer stage, GoalReads.Viewer viewer) {
        int current = goals.currentStage(cobuildingId);
        int shown = stage == null ? current : stage;
        List<Integer> stages = goals.listStages(cobuildingId);
        if (stages.isEmpty()) {
            stages = List.of(1);
        }
        GoalReads.Loaded loaded = reads.loadStage(cobuildingId, shown);
        List<Goal> rows = loaded.goalsById.values().stream()
                .sorted(Comparator.comparing(Goal::getCategory).thenComparing(Goal::getId)).toList();
        return new GoalListView(String.valueOf(cobuildingId), shown, current, stages, viewer.plans(),
                loaded.categories(rows), rows.stream().map(loaded::summary).toList());
    }

    /** Only the pioneer (403), only while the co-building is open (409); the goal goes into the current stage. */
    Created<GoalView> create(long userId, long cobuildingId, CreateGoalRequest request) {
        access.pioneer(cobuildingId, userId);
        access.open(cobuildingId);
        if (request.clientId() != null) {
            Goal existing = goals.findByClient(cobuildingId, request.clientId());
            if (existing != null) {
                return new Created<>(view(userId, existing.getId()), false);
            }
        }
        texts.requireSafe(userId, request.title(), request.description(), request.targetText(), request.targetUnit());
        Goal created = writes.create(cobuildingId, goals.currentStage(cobuildingId), request, userId);
        return new Created<>(view(userId, created.getId()), true);
    }

    GoalView view(long userId, long goalId) {
        Goal goal = readable(userId, goalId);
        MemberRole role = access.member(goal.getCobuildingId(), userId);
        return reads.loadGoal(goal).view(goal, new GoalReads.Viewer(userId, role,
                access.isOpen(goal.getCobuildingId())));
    }

    @Transactional
    GoalView update(long userId, long goalId, UpdateGoalRequest request) {
        Goal goal = planned(userId, goalId);
        // Fields left out are null here and skipped.
        texts.requireSafe(userId, request.getTitle(), request.getDescription(), request.getTargetText(),
                request.getTargetUnit());
        Goal g = goals.lockById(goal.getId());
        if (g == null) {
            throw new GoalExceptions.GoalNotFound();
        }
        if (request.has("title")) {
            if (request.getTitle() == null || request.getTitle().isBlank()) {
                throw new RuleViolationException("VALIDATION_FAILED", "目标信息不正确", Map.of("title", "请填写目标名称"));
            }
            g.setTitle(request.getTitle().strip());
        }
        if (request.has("description")) {
            g.setDescription(GoalWrites.blankToNull(request.getDescription()));
        }
        if (request.has("targetText")) {
            g.setTargetText(GoalWrites.blankToNull(request.getTargetText()));
        }
        if (request.has("targetAmount")) {
            g.setTargetAmount(request.getTargetAmount());
        }
        if (request.has("targetUnit")) {
            g.setTargetUnit(GoalWrites.blankToNull(request.getTargetUnit()));
        }
        if (request.has("targetDate")) {
            g.setTargetDate(request.getTargetDate());
        }
        if (request.has("status")) {
            if (request.getStatus() == null) {
                throw new RuleViolationException("VALIDATION_FAILED", "目标信息不正确", Map.of("status", "请选择目标状态"));
            }
            g.setStatus(request.getStatus());
        }
        goals.applyChange(g);
        return view(userId, goalId);
    }

    /** Refused while any task of it has a report (409: drop it instead); its tasks go with it. */
    @Transactional
    void delete(long userId, long goalId) {
        Goal goal = planned(userId, goalId);
        goals.lockById(goal.getId());
        // The tasks locked before the reports are looked at: a report being posted now either committed (and is
        // seen) or waits for this delete and then finds its task gone.
        List<Long> taskIds = tasks.lockByGoal(goalId).stream().map(GoalTask::getId).toList();
        if (reports.lockExistsForGoal(goalId)) {
            throw new GoalExceptions.GoalHasProgress();
        }
        owners.deleteByTasks(taskIds);
        tasks.deleteByGoal(goalId);
        goals.deleteById(goalId);
    }

    int currentStage(long cobuildingId) {
        return goals.currentStage(cobuildingId);
    }

    /** The goal if the caller is an active member of its co-building; 404 GOAL_NOT_FOUND otherwise. */
    Goal readable(long userId, long goalId) {
        Goal goal = goals.selectById(goalId);
        if (goal == null || access.roleOf(goal.getCobuildingId(), userId) == null) {
            throw new GoalExceptions.GoalNotFound();
        }
        return goal;
    }

    /** The goal if the caller is its co-building's pioneer (404 / 403) and the co-building is open (409). */
    Goal planned(long userId, long goalId) {
        Goal goal = readable(userId, goalId);
        access.pioneer(goal.getCobuildingId(), userId);
        access.open(goal.getCobuildingId());
        return goal;
    }
}
