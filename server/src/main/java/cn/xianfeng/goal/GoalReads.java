package cn.xianfeng.goal;

import cn.xianfeng.cobuild.GoalCategory;
import cn.xianfeng.cobuild.MemberRole;
import cn.xianfeng.media.MediaLinks;
import cn.xianfeng.shared.web.ApiTime;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Goals and tasks made into views, with their derived numbers. Whatever the number of goals and tasks, a view is read
 * in a fixed number of queries: the goals, their tasks, the tasks' owners, their latest reports, the sums of the
 * amounts achieved, the latest reports' photos, the people shown, the photos' links, and the highlights.
 */
@Component
class GoalReads {

    /** Overdue first, then by due date and id: the progress table's order. */
    static final Comparator<TaskRow> TABLE_ORDER = Comparator.comparing((TaskRow r) -> !r.overdue())
            .thenComparing(r -> r.task().getDueDate()).thenComparing(r -> r.task().getId());

    private final GoalMapper goals;
    private final GoalTaskMapper tasks;
    private final GoalTaskOwnerMapper owners;
    private final ProgressReportMapper reports;
    private final ProgressPhotoMapper photos;
    private final People people;
    private final GoalPhotos media;
    private final GoalCalendar calendar;
    private final ObjectProvider<ProgressHighlights> highlights;

    GoalReads(GoalMapper goals, GoalTaskMapper tasks, GoalTaskOwnerMapper owners, ProgressReportMapper reports,
              ProgressPhotoMapper photos, People people, GoalPhotos media, GoalCalendar calendar,
              ObjectProvider<ProgressHighlights> highlights) {
        this.goals = goals;
        this.tasks = tasks;
        this.owners = owners;
        this.reports = reports;
        this.photos = photos;
        this.people = people;
        this.media = media;
        this.calendar = calendar;
        this.highlights = highlights;
    }

    /** Who is looking: a member with their role (and whether the co-building is open), or an admin (no role). */
    record Viewer(Long userId, MemberRole role, boolean open) {

        static Viewer admin() {
            return new Viewer(null, null, false);
        }

        boolean plans() {
            return role == MemberRole.PIONEER && open;
        }
    }

    /** A task with what it is shown with. */
    record TaskRow(GoalTask task, boolean overdue) {
    }

    /** Goals and tasks loaded together with everything their views show. */
    final class Loaded {
        final LocalDate today = calendar.today();
        final Map<Long, Goal> goalsById = new HashMap<>();
        final Map<Long, List<GoalTask>> tasksByGoal = new HashMap<>();
        final Map<Long, List<Long>> ownersByTask = new HashMap<>();
        final Map<Long, ProgressReport> latest;
        final Map<Long, BigDecimal> achievedByTask;
        final Map<Long, List<Long>> photosByReport = new HashMap<>();
        final Map<Long, Person> persons;
        final Map<Long, MediaLinks> links;
        final Set<Long> highlighted;

        Loaded(Collection<Goal> goalRows, Collection<GoalTask> taskRows) {
            goalRows.forEach(g -> goalsById.put(g.getId(), g));
            taskRows.forEach(t -> tasksByGoal.computeIfAbsent(t.getGoalId(), id -> new ArrayList<>()).add(t));
            List<Long> taskIds = taskRows.stream().map(GoalTask::getId).toList();
            owners.listByTasks(taskIds).forEach(o -> ownersByTask.computeIfAbsent(o.getTaskId(),
                    id -> new ArrayList<>()).add(o.getUserId()));
            latest = reports.latestOf(taskIds);
            achievedByTask = reports.achievedOf(taskIds);
            List<Long> reportIds = latest.values().stream().map(ProgressReport::getId).toList();
            photos.listByReports(reportIds).forEach(p -> photosByReport.computeIfAbsent(p.getReportId(),
                    id -> new ArrayList<>()).add(p.getMediaId()));
            Set<Long> userIds = new LinkedHashSet<>();
            ownersByTask.values().forEach(userIds::addAll);
            latest.values().forEach(r -> userIds.add(r.getReporterId()));
            persons = people.of(userIds);
            Set<Long> mediaIds = new HashSet<>();
            photosByReport.values().forEach(mediaIds::addAll);
            links = media.links(mediaIds);
            highlighted = highlighted(reportIds);
        }

        boolean overdue(GoalTask t) {
            return GoalReads.overdue(t, today);
        }

        List<GoalTask> tasksOf(long goalId) {
            return tasksByGoal.getOrDefault(goalId, List.of());
        }

        BigDecimal achievedOf(GoalTask t) {
            return achievedByTask.getOrDefault(t.getId(), BigDecimal.ZERO);
        }

        BigDecimal achievedOf(Goal g) {
            return tasksOf(g.getId()).stream().map(this::achievedOf).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        int completionOf(Goal g) {
            return completion(tasksOf(g.getId()));
        }

        List<Long> ownerIdsOf(GoalTask t) {
            return ownersByTask.getOrDefault(t.getId(), List.of());
        }

        List<MediaLinks> photosOf(ProgressReport r) {
            return photosByReport.getOrDefault(r.getId(), List.of()).stream().map(links::get)
                    .filter(Objects::nonNull).toList();
        }

        GoalSummary summary(Goal g) {
            List<GoalTask> own = tasksOf(g.getId());
            int done = (int) own.stream().filter(t -> t.getStatus() == TaskStatus.DONE).count();
            int late = (int) own.stream().filter(this::overdue).count();
            return new GoalSummary(String.valueOf(g.getId()), String.valueOf(g.getCobuildingId()), g.getCategory(),
                    g.getStage(), g.getTitle(), g.getDescription(), g.getTargetText(), g.getTargetAmount(),
                    g.getTargetUnit(), achievedOf(g), g.getTargetDate(), g.getStatus(), completionOf(g), own.size(),
                    done, late, ApiTime.of(g.getCreatedAt()), ApiTime.of(g.getUpdatedAt()));
        }

        GoalView view(Goal g, Viewer viewer) {
            List<TaskSummary> rows = ordered(tasksOf(g.getId())).stream().map(t -> taskSummary(t, viewer)).toList();
            return GoalView.of(summary(g), rows, viewer.plans());
        }

        List<GoalTask> ordered(List<GoalTask> taskRows) {
            return taskRows.stream().map(t -> new TaskRow(t, overdue(t))).sorted(TABLE_ORDER).map(TaskRow::task)
                    .toList();
        }

        TaskSummary taskSummary(GoalTask t, Viewer viewer) {
            Goal g = goalsById.get(t.getGoalId());
            List<Long> ownerIds = ownerIdsOf(t);
            ProgressReport last = latest.get(t.getId());
            return new TaskSummary(String.valueOf(t.getId()), String.valueOf(t.getGoalId()),
                    String.valueOf(t.getCobuildingId()), g.getCategory(), g.getTitle(), g.getStage(), t.getTitle(),
                    t.getDescription(), ownerIds.stream().map(persons::get).toList(), t.getPlannedStart(),
                    t.getDueDate(), t.getWeight(), t.getStatus(), overdue(t), t.getPercent(), achievedOf(t),
                    last == null ? null : progressView(last, persons.get(last.getReporterId()), photosOf(last),
                            highlighted.contains(last.getId())),
                    canReport(t, ownerIds, viewer), ApiTime.of(t.getCreatedAt()), ApiTime.of(t.getUpdatedAt()));
        }

        /** The five categories in enum order: the mean completion of the goals not dropped, and their number. */
        List<CategoryProgress> categories(Collection<Goal> goalRows) {
            List<CategoryProgress> result = new ArrayList<>();
            for (GoalCategory category : GoalCategory.values()) {
                List<Integer> completions = goalRows.stream()
                        .filter(g -> g.getCategory() == category && g.getStatus() != GoalStatus.DROPPED)
                        .map(this::completionOf).toList();
                result.add(new CategoryProgress(category, mean(completions), completions.size()));
            }
            return result;
        }
    }

    Loaded load(Collection<Goal> goalRows, Collection<GoalTask> taskRows) {
        return new Loaded(goalRows, taskRows);
    }

    /** A stage's goals with all their tasks. */
    Loaded loadStage(long cobuildingId, int stage) {
        List<Goal> goalRows = goals.listByStage(cobuildingId, stage);
        return load(goalRows, tasks.listByGoals(goalRows.stream().map(Goal::getId).toList()));
    }

    /** One goal with its tasks. */
    Loaded loadGoal(Goal goal) {
        return load(List.of(goal), tasks.listByGoals(List.of(goal.getId())));
    }

    /** Some tasks (a page of the table, or one) with their goals. */
    Loaded loadTasks(List<GoalTask> taskRows) {
        Set<Long> goalIds = new HashSet<>();
        taskRows.forEach(t -> goalIds.add(t.getGoalId()));
        return load(goalIds.isEmpty() ? List.of() : goals.selectByIds(goalIds), taskRows);
    }

    /** Progress reports as views, in the order given, in four more queries. */
    List<ProgressView> progressViews(List<ProgressReport> rows) {
        List<Long> reportIds = rows.stream().map(ProgressReport::getId).toList();
        Map<Long, List<Long>> photoIds = new HashMap<>();
        photos.listByReports(reportIds).forEach(p -> photoIds.computeIfAbsent(p.getReportId(),
                id -> new ArrayList<>()).add(p.getMediaId()));
        Set<Long> mediaIds = new HashSet<>();
        photoIds.values().forEach(mediaIds::addAll);
        Map<Long, MediaLinks> links = media.links(mediaIds);
        Map<Long, Person> persons = people.of(rows.stream().map(ProgressReport::getReporterId).distinct().toList());
        Set<Long> marked = highlighted(reportIds);
        return rows.stream().map(r -> progressView(r, persons.get(r.getReporterId()),
                photoIds.getOrDefault(r.getId(), List.of()).stream().map(links::get).filter(Objects::nonNull)
                        .toList(), marked.contains(r.getId()))).toList();
    }

    static ProgressView progressView(ProgressReport r, Person reporter, List<MediaLinks> photoLinks,
                                     boolean highlighted) {
        return new ProgressView(String.valueOf(r.getId()), String.valueOf(r.getTaskId()),
                String.valueOf(r.getGoalId()), String.valueOf(r.getCobuildingId()), reporter, r.getPercent(),
                r.getPreviousPercent(), r.getNote(), r.getAchievedAmount(), Boolean.TRUE.equals(r.getCorrection()),
                photoLinks, highlighted, ApiTime.of(r.getCreatedAt()));
    }

    static boolean overdue(GoalTask t, LocalDate today) {
        return t.getStatus() != TaskStatus.DONE && t.getDueDate().isBefore(today);
    }

    /** Whether the viewer may post progress on the task now. */
    static boolean canReport(GoalTask t, List<Long> ownerIds, Viewer viewer) {
        if (viewer.role() == null || !viewer.open() || t.getStatus() == TaskStatus.DONE) {
            return false;
        }
        return viewer.role() == MemberRole.PIONEER || viewer.role() == MemberRole.UNIT_LIAISON
                || ownerIds.contains(viewer.userId());
    }

    /** Σ(weight × percent) / Σ weight, rounded half up; 0 without tasks. */
    static int completion(List<GoalTask> taskRows) {
        long weights = 0;
        long weighted = 0;
        for (GoalTask t : taskRows) {
            weights += t.getWeight();
            weighted += (long) t.getWeight() * t.getPercent();
        }
        return weights == 0 ? 0 : (int) ((2 * weighted + weights) / (2 * weights));
    }

    /** The mean, rounded half up; 0 for none. */
    static int mean(List<Integer> values) {
        if (values.isEmpty()) {
            return 0;
        }
        long sum = values.stream().mapToLong(Integer::longValue).sum();
        return (int) ((2 * sum + values.size()) / (2L * values.size()));
    }

    private Set<Long> highlighted(List<Long> reportIds) {
        ProgressHighlights marks = highlights.getIfAvailable();
        return marks == null || reportIds.isEmpty() ? Set.of() : marks.highlightedAmong(reportIds);
    }
}
