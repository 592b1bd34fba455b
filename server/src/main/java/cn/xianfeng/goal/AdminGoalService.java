package cn.xianfeng.goal;

import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import org.springframework.stereotype.Service;

/**
 * The bureau reads goals, tasks and progress with READ_GOALS (403 without it); a LIAISON only those of the
 * co-buildings assigned to them, and a goal, task or report of any other answers 404 as if it did not exist.
 */
@Service
class AdminGoalService {

    private final GoalAccess access;
    private final GoalService goalService;
    private final TaskService taskService;
    private final ProgressService progressService;
    private final GoalMapper goals;
    private final GoalTaskMapper tasks;
    private final GoalReads reads;

    AdminGoalService(GoalAccess access, GoalService goalService, TaskService taskService,
                     ProgressService progressService, GoalMapper goals, GoalTaskMapper tasks, GoalReads reads) {
        this.access = access;
        this.goalService = goalService;
        this.taskService = taskService;
        this.progressService = progressService;
        this.goals = goals;
        this.tasks = tasks;
        this.reads = reads;
    }

    GoalListView list(AdminCaller caller, long cobuildingId, Integer stage) {
        access.adminReads(caller, cobuildingId);
        return goalService.list(cobuildingId, stage, GoalReads.Viewer.admin());
    }

    GoalView view(AdminCaller caller, long goalId) {
        Goal goal = goals.selectById(goalId);
        if (goal == null || !access.adminMayRead(caller, goal.getCobuildingId())) {
            throw new GoalExceptions.GoalNotFound();
        }
        return reads.loadGoal(goal).view(goal, GoalReads.Viewer.admin());
    }

    PageResponse<TaskSummary> table(AdminCaller caller, long cobuildingId, TaskTableQuery query) {
        access.adminReads(caller, cobuildingId);
        return taskService.table(cobuildingId, query, null, GoalReads.Viewer.admin());
    }

    TaskView task(AdminCaller caller, long taskId) {
        return taskService.view(readable(caller, taskId), GoalReads.Viewer.admin());
    }

    PageResponse<ProgressView> progress(AdminCaller caller, long taskId, PageQuery page) {
        readable(caller, taskId);
        return progressService.page(taskId, page);
    }

    private GoalTask readable(AdminCaller caller, long taskId) {
        GoalTask task = tasks.selectById(taskId);
        if (task == null || !access.adminMayRead(caller, task.getCobuildingId())) {
            throw new GoalExceptions.TaskNotFound();
        }
        return task;
    }
}
