package cn.xianfeng.goal;

import static cn.xianfeng.shared.persistence.DuplicateKeys.insertOrFind;

import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.cobuild.MemberRole;
import cn.xianfeng.shared.web.PageResponse;
import cn.xianfeng.shared.web.RuleViolationException;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The tasks of a co-building's goals (its 任务进度表): every active member reads, the pioneer plans. */
@Service
class TaskService {

    private final GoalAccess access;
    private final GoalTexts texts;
    private final GoalService goalService;
    private final GoalTaskMapper tasks;
    private final GoalTaskOwnerMapper owners;
    private final ProgressReportMapper reports;
    private final GoalReads reads;
    private final GoalCalendar calendar;
    private final CobuildingDirectory cobuildings;
    private final TransactionTemplate transaction;

    TaskService(GoalAccess access, GoalService goalService, GoalTaskMapper tasks, GoalTaskOwnerMapper owners,
                ProgressReportMapper reports, GoalReads reads, GoalCalendar calendar, CobuildingDirectory cobuildings,
                TransactionTemplate transaction, GoalTexts texts) {
        this.access = access;
        this.texts = texts;
        this.goalService = goalService;
        this.tasks = tasks;
        this.owners = owners;
        this.reports = reports;
        this.reads = reads;
        this.calendar = calendar;
        this.cobuildings = cobuildings;
        this.transaction = transaction;
    }

    PageResponse<TaskSummary> table(long userId, long cobuildingId, TaskTableQuery query) {
        MemberRole role = access.member(cobuildingId, userId);
        return table(cobuildingId, query, Boolean.TRUE.equals(query.mine()) ? userId : null,
                new GoalReads.Viewer(userId, role, access.isOpen(cobuildingId)));
    }

    /** A page of the table for any viewer who may read it: overdue first, then by due date and id. */
    PageResponse<TaskSummary> table(long cobuildingId, TaskTableQuery query, Long ownerId, GoalReads.Viewer viewer) {
        int stage = query.stage() == null ? goalService.currentStage(cobuildingId) : query.stage();
        Page<GoalTask> page = tasks.pageByFilter(new TaskFilter(cobuildingId, stage, ownerId, query.status(),
                query.overdue()), calendar.today(), Page.of(query.pageOrFirst(), query.sizeOrDefault()));
        GoalReads.Loaded loaded = reads.loadTasks(page.getRecords());
        return PageResponse.all(page, page.getRecords().stream().map(t -> loaded.taskSummary(t, viewer)).toList());
    }

    /** Only the pioneer (403; a goal the caller may not see is 404), only while the co-building is open (409). */
    Created<TaskView> create(long userId, long goalId, CreateTaskRequest request) {
        Goal goal = goalService.planned(userId, goalId);
        if (request.clientId() != null) {
            GoalTask existing = tasks.findByClient(goalId, request.clientId());
            if (existing != null) {
                return new Created<>(view(userId, existing.getId()), false);
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        GoalTask t = new GoalTask();
        t.setGoalId(goalId);
        t.setCobuildingId(goal.getCobuildingId());
        t.setTitle(request.title().strip());
        t.setDescription(GoalWrites.blankToNull(request.description()));
        t.setPlannedStart(request.plannedStart());
        t.setDueDate(request.dueDate());
        t.setWeight(request.weight() == null ? 1 : request.weight());
        t.setStatus(TaskStatus.NOT_STARTED);
        t.setPercent(0);
        t.setClientId(request.clientId());
        t.setCreatedBy(userId);
        checkDates(t, errors);
        List<Long> ownerIds = ownerIds(goal.getCobuildingId(), request.ownerIds(), errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException("VALIDATION_FAILED", "任务信息不正确", errors);
        }
        texts.requireSafe(userId, request.title(), request.description());
        Long id = insertOrFind(() -> transaction.execute(status -> {
            tasks.insert(t);
            insertOwners(t.getId(), ownerIds);
            return t.getId();
        }), () -> {
            GoalTask raced = request.clientId() == null ? null : tasks.findByClient(goalId, request.clientId());
            return raced == null ? null : raced.getId();
        });
        return new Created<>(view(userId, id), id.equals(t.getId()));
    }

    TaskView view(long userId, long taskId) {
        GoalTask task = readable(userId, taskId);
        MemberRole role = access.member(task.getCobuildingId(), userId);
        return view(task, new GoalReads.Viewer(userId, role, access.isOpen(task.getCobuildingId())));
    }

    TaskView view(GoalTask task, GoalReads.Viewer viewer) {
        return TaskView.of(reads.loadTasks(List.of(task)).taskSummary(task, viewer), viewer.plans());
    }

    /** The same rules as a create, the date rule checked on the result; the overdue flag follows the change. */
    @Transactional
    TaskView update(long userId, long taskId, UpdateTaskRequest request) {
        GoalTask task = planned(userId, taskId);
        texts.requireSafe(userId, request.getTitle(), request.getDescription());
        GoalTask t = tasks.lockById(task.getId());
        if (t == null) {
            throw new GoalExceptions.TaskNotFound();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (request.has("title")) {
            if (request.getTitle() == null || request.getTitle().isBlank()) {
                errors.put("title", "请填写任务名称");
            } else {
                t.setTitle(request.getTitle().strip());
            }
        }
        if (request.has("description")) {
            t.setDescription(GoalWrites.blankToNull(request.getDescription()));
        }
        if (request.has("plannedStart")) {
            required(request.getPlannedStart(), "plannedStart", "请选择计划开始日期", errors);
            t.setPlannedStart(request.getPlannedStart() == null ? t.getPlannedStart() : request.getPlannedStart());
        }
        if (request.has("dueDate")) {
            required(request.getDueDate(), "dueDate", "请选择截止日期", errors);
            t.setDueDate(request.getDueDate() == null ? t.getDueDate() : request.getDueDate());
        }
        if (request.has("weight")) {
            required(request.getWeight(), "weight", "请填写权重", errors);
            t.setWeight(request.getWeight() == null ? t.getWeight() : request.getWeight());
        }
        TaskStatus before = t.getStatus();
        if (request.has("status")) {
            required(request.getStatus(), "status", "请选择任务状态", errors);
            t.setStatus(request.getStatus() == null ? t.getStatus() : request.getStatus());
        }
        if (request.has("ownerIds") && request.getOwnerIds() == null) {
            errors.put("ownerIds", "责任人不能为空值，不设责任人请传 []");
        }
        if (!errors.containsKey("dueDate")) {
            checkDates(t, errors);
        }
        List<Long> ownerIds = request.getOwnerIds() == null ? null
                : ownerIds(t.getCobuildingId(), request.getOwnerIds(), errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException("VALIDATION_FAILED", "任务信息不正确", errors);
        }
        // Marked done by the pioneer: done is all of it. A reopened task keeps its percent.
        if (t.getStatus() == TaskStatus.DONE && before != TaskStatus.DONE) {
            t.setPercent(100);
        }
        boolean clearOverdue = t.getStatus() == TaskStatus.DONE || !t.getDueDate().isBefore(calendar.today());
        tasks.applyChange(t, clearOverdue);
        if (ownerIds != null) {
            owners.deleteByTask(t.getId());
            insertOwners(t.getId(), ownerIds);
        }
        return view(userId, taskId);
    }

    /** Refused once it has reports (409). */
    @Transactional
    void delete(long userId, long taskId) {
        GoalTask task = planned(userId, taskId);
        tasks.lockById(task.getId());
        if (reports.lockExistsForTask(taskId)) {
            throw new GoalExceptions.TaskHasProgress();
        }
        owners.deleteByTask(taskId);
        tasks.deleteById(taskId);
    }

    /** The task if the caller is an active member of its co-building; 404 TASK_NOT_FOUND otherwise. */
    GoalTask readable(long userId, long taskId) {
        GoalTask task = tasks.selectById(taskId);
        if (task == null || access.roleOf(task.getCobuildingId(), userId) == null) {
            throw new GoalExceptions.TaskNotFound();
        }
        return task;
    }

    private GoalTask planned(long userId, long taskId) {
        GoalTask task = readable(userId, taskId);
        access.pioneer(task.getCobuildingId(), userId);
        access.open(task.getCobuildingId());
        return task;
    }

    private void insertOwners(long taskId, List<Long> ownerIds) {
        for (long ownerId : ownerIds) {
            GoalTaskOwner row = new GoalTaskOwner();
            row.setTaskId(taskId);
            row.setUserId(ownerId);
            owners.insert(row);
        }
    }

    /** The owners, each an active member of the co-building (422 errors.ownerIds otherwise), without repeats. */
    private List<Long> ownerIds(long cobuildingId, List<String> ids, Map<String, String> errors) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Set<Long> members = new HashSet<>(cobuildings.activeMemberIds(cobuildingId));
        Set<Long> result = new LinkedHashSet<>();
        for (String id : ids) {
            long userId = Long.parseLong(id);
            if (!members.contains(userId)) {
                errors.put("ownerIds", "责任人须是本先锋号的在册成员");
                return List.of();
            }
            result.add(userId);
        }
        return List.copyOf(result);
    }

    private static void checkDates(GoalTask t, Map<String, String> errors) {
        LocalDate start = t.getPlannedStart();
        LocalDate due = t.getDueDate();
        if (start != null && due != null && due.isBefore(start)) {
            errors.put("dueDate", "截止日期不能早于计划开始日期");
        }
    }

    private static void required(Object value, String field, String message, Map<String, String> errors) {
        if (value == null) {
            errors.put(field, message);
        }
    }
}
