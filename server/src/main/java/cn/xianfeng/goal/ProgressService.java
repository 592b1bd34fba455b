package cn.xianfeng.goal;

import static cn.xianfeng.shared.persistence.DuplicateKeys.insertOrFind;

import cn.xianfeng.cobuild.MemberRole;
import cn.xianfeng.shared.web.ForbiddenException;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Progress reports (进展): an owner of the task, a unit liaison or the pioneer reports how far it is, with photos.
 * The task's percent only moves forward (the pioneer may correct it back); it is written under the task's row lock,
 * so two reports at once leave it at the later one's percent and never lower.
 */
@Service
class ProgressService {

    private final GoalAccess access;
    private final GoalTexts texts;
    private final TaskService taskService;
    private final GoalTaskMapper tasks;
    private final GoalTaskOwnerMapper owners;
    private final ProgressReportMapper reports;
    private final ProgressPhotoMapper photos;
    private final GoalPhotos media;
    private final GoalReads reads;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    ProgressService(GoalAccess access, TaskService taskService, GoalTaskMapper tasks, GoalTaskOwnerMapper owners,
                    ProgressReportMapper reports, ProgressPhotoMapper photos, GoalPhotos media, GoalReads reads,
                    ApplicationEventPublisher events, TransactionTemplate transaction, GoalTexts texts) {
        this.access = access;
        this.texts = texts;
        this.taskService = taskService;
        this.tasks = tasks;
        this.owners = owners;
        this.reports = reports;
        this.photos = photos;
        this.media = media;
        this.reads = reads;
        this.events = events;
        this.transaction = transaction;
    }

    /** 201 with the new report, or 200 with the one an earlier attempt with the same clientId made. */
    Created<ProgressView> post(long userId, long taskId, PostProgressRequest request) {
        GoalTask task = taskService.readable(userId, taskId);
        ProgressReport earlier = reports.findByClient(userId, request.clientId());
        if (earlier != null) {
            return new Created<>(view(earlier), false);
        }
        MemberRole role = access.member(task.getCobuildingId(), userId);
        boolean pioneer = role == MemberRole.PIONEER;
        if (!pioneer && role != MemberRole.UNIT_LIAISON && !owners.isOwner(taskId, userId)) {
            throw new ForbiddenException("只有任务责任人、共建联络员或科技党建先锋可以提交进展");
        }
        boolean correction = Boolean.TRUE.equals(request.correction());
        if (correction && !pioneer) {
            throw new ForbiddenException("只有科技党建先锋可以更正进度");
        }
        access.open(task.getCobuildingId());
        List<Long> photoIds = request.photoMediaIds() == null ? List.of()
                : request.photoMediaIds().stream().map(Long::valueOf).distinct().toList();
        media.requireOwn(userId, photoIds);
        texts.requireSafe(userId, request.note());
        Created<Long> made = insertOrFind(() -> transaction.execute(status -> {
            GoalTask t = tasks.lockById(taskId);
            if (t == null) {
                throw new GoalExceptions.TaskNotFound();
            }
            if (t.getStatus() == TaskStatus.DONE) {
                throw new GoalExceptions.TaskDone();
            }
            int percent = request.percent();
            if (percent < t.getPercent() && !correction) {
                throw new GoalExceptions.ProgressBackwards();
            }
            ProgressReport r = new ProgressReport();
            r.setTaskId(taskId);
            r.setGoalId(t.getGoalId());
            r.setCobuildingId(t.getCobuildingId());
            r.setReporterId(userId);
            r.setPercent(percent);
            r.setPreviousPercent(t.getPercent());
            r.setNote(GoalWrites.blankToNull(request.note()));
            r.setAchievedAmount(request.achievedAmount());
            r.setCorrection(correction);
            r.setClientId(request.clientId());
            reports.insert(r);
            for (int i = 0; i < photoIds.size(); i++) {
                ProgressPhoto photo = new ProgressPhoto();
                photo.setReportId(r.getId());
                photo.setMediaId(photoIds.get(i));
                photo.setPosition(i);
                photos.insert(photo);
            }
            tasks.setProgress(taskId, percent, statusAfter(t.getStatus(), percent));
            media.used(photoIds, "progress", r.getId());
            events.publishEvent(new ProgressReported(r.getId(), taskId, t.getGoalId(), t.getCobuildingId(), userId,
                    percent, photoIds));
            return new Created<>(r.getId(), true);
        }), () -> {
            ProgressReport raced = reports.findByClient(userId, request.clientId());
            return raced == null ? null : new Created<>(raced.getId(), false);
        });
        return new Created<>(view(reports.selectById(made.view())), made.isNew());
    }

    /** Newest first. */
    PageResponse<ProgressView> list(long userId, long taskId, PageQuery page) {
        taskService.readable(userId, taskId);
        return page(taskId, page);
    }

    PageResponse<ProgressView> page(long taskId, PageQuery page) {
        Page<ProgressReport> rows = reports.pageByTask(taskId, page.toPage());
        return PageResponse.all(rows, reads.progressViews(rows.getRecords()));
    }

    ProgressView view(long userId, long reportId) {
        ProgressReport report = reports.selectById(reportId);
        if (report == null || access.roleOf(report.getCobuildingId(), userId) == null) {
            throw new GoalExceptions.ProgressNotFound();
        }
        return view(report);
    }

    ProgressView view(ProgressReport report) {
        return reads.progressViews(List.of(report)).get(0);
    }

    /** A report moves a task that has not started into progress, and finishes it at 100%. */
    static TaskStatus statusAfter(TaskStatus current, int percent) {
        if (percent == 100) {
            return TaskStatus.DONE;
        }
        return current == TaskStatus.NOT_STARTED ? TaskStatus.IN_PROGRESS : current;
    }
}
