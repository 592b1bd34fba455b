package cn.xianfeng.goal;

import cn.xianfeng.cobuild.MemberRole;
import cn.xianfeng.shared.web.ConflictException;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage summaries as members use them: everyone reads; the pioneer summarises the current stage once, and the
 * summary sets the goals of the next stage in the same transaction, which makes that stage the current one.
 */
@Service
class StageSummaryService {

    private final GoalAccess access;
    private final GoalTexts texts;
    private final GoalMapper goals;
    private final GoalWrites goalWrites;
    private final StageSummaryMapper summaries;
    private final StageSummaryPhotoMapper photos;
    private final StageSummaryViews views;
    private final GoalPhotos goalPhotos;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StageSummaryService(GoalAccess access, GoalMapper goals, GoalWrites goalWrites, StageSummaryMapper summaries,
                        StageSummaryPhotoMapper photos, StageSummaryViews views, GoalPhotos goalPhotos,
                        ApplicationEventPublisher events, Clock clock, GoalTexts texts) {
        this.access = access;
        this.texts = texts;
        this.goals = goals;
        this.goalWrites = goalWrites;
        this.summaries = summaries;
        this.photos = photos;
        this.views = views;
        this.goalPhotos = goalPhotos;
        this.events = events;
        this.clock = clock;
    }

    StageSummaryList list(long userId, long cobuildingId) {
        MemberRole role = access.member(cobuildingId, userId);
        return views.list(cobuildingId, role == MemberRole.PIONEER && access.isOpen(cobuildingId));
    }

    /**
     * The summary of the current stage, made once: the same clientId again answers the first one (200), another
     * summary of the same stage is refused (409), whether it comes after or at the same moment (the unique key).
     */
    @Transactional
    StageSummaryCreated submit(long userId, long cobuildingId, SubmitStageSummaryRequest request) {
        access.pioneer(cobuildingId, userId);
        StageSummary retried = summaries.findByClient(cobuildingId, request.clientId());
        if (retried != null) {
            return new StageSummaryCreated(views.view(retried), false);
        }
        access.open(cobuildingId);
        if (summaries.findByStage(cobuildingId, request.stage()) != null) {
            throw alreadySummarized();
        }
        int current = goals.currentStage(cobuildingId);
        if (request.stage() != current) {
            throw new ConflictException("STAGE_MISMATCH", "只能总结当前阶段（第" + current + "阶段）");
        }
        List<Long> mediaIds = request.photoMediaIds() == null ? List.of()
                : request.photoMediaIds().stream().map(Long::valueOf).toList();
        goalPhotos.requireOwn(userId, mediaIds);
        texts.requireSafe(userId, Stream.concat(Stream.of(request.text()), request.nextGoals().stream()
                .flatMap(g -> Stream.of(g.title(), g.description(), g.targetText(), g.targetUnit())))
                .toArray(String[]::new));
        StageSummary summary = new StageSummary();
        summary.setCobuildingId(cobuildingId);
        summary.setStage(current);
        summary.setText(request.text().strip());
        summary.setSubmittedBy(userId);
        summary.setSubmittedAt(clock.instant());
        summary.setClientId(request.clientId());
        try {
            summaries.insert(summary);
        } catch (DuplicateKeyException raced) {
            // A retry and its original at the same moment lose to each other on one of the two keys; either way the
            // transaction ends here, and the retry that comes next finds the winner by its clientId.
            throw alreadySummarized();
        }
        for (int i = 0; i < mediaIds.size(); i++) {
            StageSummaryPhoto photo = new StageSummaryPhoto();
            photo.setSummaryId(summary.getId());
            photo.setMediaId(mediaIds.get(i));
            photo.setPosition(i);
            photos.insert(photo);
        }
        for (CreateGoalRequest next : request.nextGoals()) {
            goalWrites.create(cobuildingId, current + 1, withoutClientId(next), userId);
        }
        goalPhotos.used(mediaIds, "stage-summary", summary.getId());
        events.publishEvent(new StageSummarized(cobuildingId, current, summary.getId()));
        return new StageSummaryCreated(views.view(summaries.selectById(summary.getId())), true);
    }

    private static CreateGoalRequest withoutClientId(CreateGoalRequest r) {
        return new CreateGoalRequest(r.category(), r.title(), r.description(), r.targetText(), r.targetAmount(),
                r.targetUnit(), r.targetDate(), null);
    }

    private static ConflictException alreadySummarized() {
        return new ConflictException("STAGE_ALREADY_SUMMARIZED", "本阶段已经提交过总结");
    }
}
