package cn.xianfeng.goal;

import static cn.xianfeng.goal.GoalSteps.expect;
import static cn.xianfeng.goal.GoalSteps.progress;
import static cn.xianfeng.goal.GoalSteps.task;
import static cn.xianfeng.goal.GoalSteps.today;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.activity.TestPhotos;
import cn.xianfeng.cobuild.GoalCategory;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the public board reads of a co-building's goals: the current stage, names only, dropped goals left off. */
@ApiTest
class GoalDirectoryApiTest extends ApiTestBase {

    @Autowired
    GoalDirectory directory;

    @Test
    void theBoardShowsTheCurrentStagesGoalsWithTasksOwnerNamesAndLatestProgress() {
        GoalSteps steps = new GoalSteps(api, fixtures);
        String pioneer = fixtures.member();
        String cobuildingId = steps.cobuilding(pioneer, 0);
        String owner = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
        String ownerId = fixtures.userId(owner);
        String base = steps.firstGoal(pioneer, cobuildingId, "BASE");
        String later = steps.createTask(pioneer, base, task("挂牌", today(), today().plusDays(9), 1, ownerId));
        String late = steps.createTask(pioneer, base, task("选址", today().minusDays(9), today().minusDays(1), 3,
                ownerId));
        long photo = TestPhotos.uploaded(jdbc, Long.parseLong(ownerId), "PROGRESS", null);
        Map<String, Object> body = progress(50);
        body.put("photoMediaIds", List.of(String.valueOf(photo)));
        steps.reported(owner, late, body);
        String talent = steps.firstGoal(pioneer, cobuildingId, "TALENT");
        expect(steps.patch("/api/mp/goals/" + talent, "{\"status\":\"DROPPED\"}", pioneer), 200, null);

        GoalBoard board = directory.board(Long.parseLong(cobuildingId)).orElseThrow();
        assertThat(board.stage()).isEqualTo(1);
        assertThat(board.categories()).extracting(CategoryProgress::category)
                .containsExactly(GoalCategory.values());
        assertThat(board.categories().get(0).completion()).as("(3 × 50 + 1 × 0) / 4 = 37.5 → 38").isEqualTo(38);
        assertThat(board.categories().get(3).goalCount()).isZero();
        assertThat(board.goals()).extracting(BoardGoal::category).containsExactly(GoalCategory.BASE,
                GoalCategory.PROBLEMS, GoalCategory.LEADERS, GoalCategory.ACHIEVEMENTS);
        BoardGoal first = board.goals().get(0);
        assertThat(first.completion()).isEqualTo(38);
        assertThat(first.tasks()).extracting(BoardTask::id).containsExactly(Long.parseLong(late),
                Long.parseLong(later));
        BoardTask overdue = first.tasks().get(0);
        assertThat(overdue.overdue()).isTrue();
        assertThat(overdue.weight()).isEqualTo(3);
        assertThat(overdue.ownerNames()).hasSize(1).doesNotContain(ownerId);
        assertThat(overdue.latestProgress().percent()).isEqualTo(50);
        assertThat(overdue.latestProgress().note()).isEqualTo("完成了50%");
        assertThat(overdue.latestProgress().photos()).hasSize(1);
        assertThat(first.tasks().get(1).latestProgress()).isNull();

        assertThat(directory.board(987654321L)).isEmpty();
    }
}
