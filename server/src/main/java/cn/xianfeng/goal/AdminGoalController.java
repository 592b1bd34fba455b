package cn.xianfeng.goal;

import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The bureau reads every co-building's goals, progress table and reports (a LIAISON: of their co-buildings). */
@RestController
@RequestMapping("/api/admin")
class AdminGoalController {

    private final AdminGoalService goals;

    AdminGoalController(AdminGoalService goals) {
        this.goals = goals;
    }

    @GetMapping("/cobuildings/{cobuildingId}/goals")
    GoalListView list(AdminCaller caller, @PathVariable long cobuildingId,
                      @RequestParam(required = false) @Min(value = 1, message = "阶段从 1 开始") Integer stage) {
        return goals.list(caller, cobuildingId, stage);
    }

    @GetMapping("/goals/{id}")
    GoalView goal(AdminCaller caller, @PathVariable long id) {
        return goals.view(caller, id);
    }

    @GetMapping("/cobuildings/{cobuildingId}/tasks")
    PageResponse<TaskSummary> table(AdminCaller caller, @PathVariable long cobuildingId,
                                    @Valid @ParameterObject TaskTableQuery query) {
        return goals.table(caller, cobuildingId, query);
    }

    @GetMapping("/tasks/{id}")
    TaskView task(AdminCaller caller, @PathVariable long id) {
        return goals.task(caller, id);
    }

    @GetMapping("/tasks/{id}/progress")
    PageResponse<ProgressView> reports(AdminCaller caller, @PathVariable long id,
                                       @Valid @ParameterObject PageQuery page) {
        return goals.progress(caller, id, page);
    }
}
