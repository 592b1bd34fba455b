package cn.xianfeng.goal;

import static cn.xianfeng.goal.GoalSteps.expect;
import static cn.xianfeng.goal.GoalSteps.progress;
import static cn.xianfeng.goal.GoalSteps.task;
import static cn.xianfeng.goal.GoalSteps.today;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.MovableClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

/**
 * The overdue job: a task past its due date undone is flagged once and announced once, however often the job runs;
 * moving the due date on (or finishing the task) clears the flag so it can be flagged again.
 */
@ApiTest
@Import({MovableClock.Config.class, TaskOverdueApiTest.Config.class})
class TaskOverdueApiTest extends ApiTestBase {

    @Autowired
    MovableClock clock;
    @Autowired
    TaskOverdueJob job;
    @Autowired
    Announced announced;
    GoalSteps steps;
    String pioneer;
    String ownerId;
    String goalId;

    @BeforeEach
    void setUp() {
        steps = new GoalSteps(api, fixtures);
        pioneer = fixtures.member();
        String cobuildingId = steps.cobuilding(pioneer, 0);
        String owner = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
        ownerId = fixtures.userId(owner);
        goalId = steps.firstGoal(pioneer, cobuildingId, "BASE");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTaskPastItsDueDateIsFlaggedAndAnnouncedOnceHoweverOftenTheJobRuns() {
        String taskId = steps.createTask(pioneer, goalId, task("布置阵地", today().minusDays(3), today(), 1, ownerId));
        job.flagOverdue();
        assertThat(overdueAt(taskId)).as("due today is not overdue yet").isNull();
        assertThat(of(taskId)).isEmpty();

        clock.move(Duration.ofDays(1));
        job.flagOverdue();
        job.flagOverdue();
        Timestamp flagged = overdueAt(taskId);
        assertThat(flagged).isNotNull();
        assertThat(of(taskId)).hasSize(1);
        TaskOverdue event = of(taskId).get(0);
        assertThat(event.dueDate()).isEqualTo(today());
        assertThat(event.title()).isEqualTo("布置阵地");
        assertThat(event.goalId()).isEqualTo(Long.parseLong(goalId));
        assertThat(event.ownerIds()).containsExactly(Long.parseLong(ownerId));
        clock.reset();
        job.flagOverdue();
        assertThat(overdueAt(taskId)).isEqualTo(flagged);
        assertThat(of(taskId)).hasSize(1);
    }

    @Test
    void movingTheDueDateOnClearsTheFlagSoTheTaskCanBeFlaggedAgain() {
        String taskId = steps.createTask(pioneer, goalId,
                task("整理台账", today().minusDays(10), today().minusDays(2), 1, ownerId));
        assertThat(api.get("/api/mp/tasks/" + taskId, pioneer).json().path("overdue").asBoolean())
                .as("derived from the dates, not waiting for the job").isTrue();
        job.flagOverdue();
        assertThat(overdueAt(taskId)).isNotNull();

        expect(steps.patch("/api/mp/tasks/" + taskId, "{\"dueDate\":\"" + today() + "\"}", pioneer), 200, null);
        assertThat(overdueAt(taskId)).isNull();
        assertThat(api.get("/api/mp/tasks/" + taskId, pioneer).json().path("overdue").asBoolean()).isFalse();

        clock.move(Duration.ofDays(1));
        job.flagOverdue();
        assertThat(overdueAt(taskId)).isNotNull();
        assertThat(of(taskId)).extracting(TaskOverdue::dueDate)
                .containsExactly(today().minusDays(2), today());
    }

    @Test
    void aDoneTaskIsNeverOverdue() {
        String taskId = steps.createTask(pioneer, goalId,
                task("挂牌", today().minusDays(10), today().minusDays(2), 1, ownerId));
        steps.reported(pioneer, taskId, progress(100));
        job.flagOverdue();
        assertThat(overdueAt(taskId)).isNull();
        assertThat(of(taskId)).isEmpty();
        assertThat(api.get("/api/mp/tasks/" + taskId, pioneer).json().path("overdue").asBoolean()).isFalse();
    }

    private Timestamp overdueAt(String taskId) {
        return jdbc.queryForObject("SELECT overdue_at FROM goal_task WHERE id = ?", Timestamp.class,
                Long.parseLong(taskId));
    }

    private List<TaskOverdue> of(String taskId) {
        return announced.events.stream().filter(e -> e.taskId() == Long.parseLong(taskId)).toList();
    }

    /** Records every TaskOverdue the job publishes. */
    static final class Announced {

        final List<TaskOverdue> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(TaskOverdue event) {
            events.add(event);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        Announced announcedOverdue() {
            return new Announced();
        }
    }
}
