package cn.xianfeng.briefing;

import cn.xianfeng.shared.web.ApiTime;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Briefings for members: the published ones they were in the audience of (others answer 404), the read receipt
 * when they open one, and their intent to apply (意向申报).
 */
@Service
class BriefingService {

    /** A deadline within this many days (and not past) puts a briefing at the top of the list. */
    static final int SOON_DAYS = 14;

    private final Briefings reads;
    private final BriefingMapper briefings;
    private final BriefingReadMapper readReceipts;
    private final BriefingIntentMapper intents;
    private final ApplicationEventPublisher events;

    BriefingService(Briefings reads, BriefingMapper briefings, BriefingReadMapper readReceipts,
                    BriefingIntentMapper intents, ApplicationEventPublisher events) {
        this.reads = reads;
        this.briefings = briefings;
        this.readReceipts = readReceipts;
        this.intents = intents;
        this.events = events;
    }

    PageResponse<BriefingSummary> list(long userId, BriefingCategory category, String q, PageQuery paging) {
        Page<Briefing> page = briefings.pageForMember(userId, category, q, reads.today(), SOON_DAYS,
                paging.toPage());
        List<Long> ids = page.getRecords().stream().map(Briefing::getId).toList();
        Set<Long> read = readReceipts.readAmong(userId, ids);
        Set<Long> intended = intents.intendedAmong(userId, ids);
        return PageResponse.of(page, b -> new BriefingSummary(String.valueOf(b.getId()), b.getCategory(),
                b.getTitle(), b.getSummary(), b.getApplyDeadline(), ApiTime.of(b.getPublishedAt()),
                read.contains(b.getId()), intended.contains(b.getId())));
    }

    /** The briefing, and its read receipt: the first opening only, however often it is opened. */
    @Transactional
    BriefingView open(long userId, long id) {
        Briefing b = reads.requireVisible(id, userId);
        Instant now = reads.now();
        if (readReceipts.insertIgnore(id, userId, now) == 1) {
            events.publishEvent(new BriefingRead(id, userId, now));
        }
        return reads.memberView(b, true, !intents.intendedAmong(userId, List.of(id)).isEmpty());
    }

    @Transactional
    IntentView intend(long userId, long id) {
        reads.requireVisible(id, userId);
        intents.insertIgnore(id, userId);
        return new IntentView(true);
    }

    @Transactional
    IntentView withdrawIntent(long userId, long id) {
        reads.requireVisible(id, userId);
        intents.deleteByBriefingAndUser(id, userId);
        return new IntentView(false);
    }
}
