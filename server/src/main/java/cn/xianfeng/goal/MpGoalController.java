package cn.xianfeng.goal;

import cn.xianfeng.shared.security.MemberCaller;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Members' goals, tasks and progress: every active member reads, the pioneer plans, the people on a task report. */
@RestController
@RequestMapping("/api/mp")
class MpGoalController {

    private final GoalService goals;
    private final TaskService tasks;
    private final ProgressService progress;

    MpGoalController(GoalService goals, TaskService tasks, ProgressService progress) {
        this.goals = goals;
        this.tasks = tasks;
        this.progress = progress;
    }

    @GetMapping("/cobuildings/{cobuildingId}/goals")
    GoalListView list(MemberCaller caller, @PathVariable long cobuildingId,
                      @RequestParam(required = false) @Min(value = 1, message = "阶段从 1 开始") Integer stage) {
        return goals.list(caller.userId(), cobuildingId, stage);
    }

    @PostMapping("/cobuildings/{cobuildingId}/goals")
    ResponseEntity<GoalView> create(MemberCaller caller, @PathVariable long cobuildingId,
                                    @Valid @RequestBody CreateGoalRequest request) {
        return answer(goals.create(caller.userId(), cobuildingId, request));
    }

    @GetMapping("/goals/{id}")
    GoalView goal(MemberCaller caller, @PathVariable long id) {
        return goals.view(caller.userId(), id);
    }

    @PatchMapping("/goals/{id}")
    GoalView updateGoal(MemberCaller caller, @PathVariable long id, @Valid @RequestBody UpdateGoalRequest request) {
        return goals.update(caller.userId(), id, request);
    }

    @DeleteMapping("/goals/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteGoal(MemberCaller caller, @PathVariable long id) {
        goals.delete(caller.userId(), id);
    }

    @GetMapping("/cobuildings/{cobuildingId}/tasks")
    PageResponse<TaskSummary> table(MemberCaller caller, @PathVariable long cobuildingId,
                                    @Valid @ParameterObject TaskTableQuery query) {
        return tasks.table(caller.userId(), cobuildingId, query);
    }

    @PostMapping("/goals/{goalId}/tasks")
    ResponseEntity<TaskView> createTask(MemberCaller caller, @PathVariable long goalId,
                                        @Valid @RequestBody CreateTaskRequest request) {
        return answer(tasks.create(caller.userId(), goalId, request));
    }

    @GetMapping("/tasks/{id}")
    TaskView task(MemberCaller caller, @PathVariable long id) {
        return tasks.view(caller.userId(), id);
    }

    @PatchMapping("/tasks/{id}")
    TaskView updateTask(MemberCaller caller, @PathVariable long id, @Valid @RequestBody UpdateTaskRequest request) {
        return tasks.update(caller.userId(), id, request);
    }

    @DeleteMapping("/tasks/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteTask(MemberCaller caller, @PathVariable long id) {
        tasks.delete(caller.userId(), id);
    }

    @PostMapping("/tasks/{id}/progress")
    ResponseEntity<ProgressView> report(MemberCaller caller, @PathVariable long id,
                                        @Valid @RequestBody PostProgressRequest request) {
        return answer(progress.post(caller.userId(), id, request));
    }

    @GetMapping("/tasks/{id}/progress")
    PageResponse<ProgressView> reports(MemberCaller caller, @PathVariable long id,
                                       @Valid @ParameterObject PageQuery page) {
        return progress.list(caller.userId(), id, page);
    }

    @GetMapping("/progress/{id}")
    ProgressView report(MemberCaller caller, @PathVariable long id) {
        return progress.view(caller.userId(), id);
    }

    static <T> ResponseEntity<T> answer(Created<T> created) {
        return ResponseEntity.status(created.isNew() ? HttpStatus.CREATED : HttpStatus.OK).body(created.view());
    }
}
