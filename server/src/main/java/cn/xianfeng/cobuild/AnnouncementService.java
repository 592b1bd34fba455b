package cn.xianfeng.cobuild;

import cn.xianfeng.auth.MemberDirectory;
import cn.xianfeng.shared.web.ApiTime;
import cn.xianfeng.shared.web.ForbiddenException;
import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.wechat.WeChat.TextVerdict;
import cn.xianfeng.wechat.WeChat;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The co-building's 群公告, written by its pioneer. The text passes WeChat's content check before anything is
 * written (a WeChat that cannot answer refuses the change with 503: unlike a chat message, nothing waits to be
 * checked later); each change is kept with who made it, and the group chat hears of it through
 * {@link AnnouncementChanged} after the commit.
 */
@Service
class AnnouncementService {

    static final int MAX_LENGTH = 500;

    private final CobuildingMapper cobuildings;
    private final MembershipMapper memberships;
    private final AnnouncementHistoryMapper history;
    private final MemberDirectory members;
    private final WeChat weChat;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AnnouncementService(CobuildingMapper cobuildings, MembershipMapper memberships, AnnouncementHistoryMapper history,
                  MemberDirectory members, WeChat weChat, ApplicationEventPublisher events, TransactionTemplate transaction,
                  Clock clock) {
        this.cobuildings = cobuildings;
        this.memberships = memberships;
        this.history = history;
        this.members = members;
        this.weChat = weChat;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    AnnouncementView update(long userId, long cobuildingId, String text) {
        String announcement = text.strip().isEmpty() ? null : text.strip();
        // Who may, first: WeChat's check is not spent on someone who may not change it anyway.
        openToPioneer(userId, cobuildings.selectById(cobuildingId), cobuildingId);
        if (announcement != null) {
            String openid = members.openid(userId).orElseThrow(() -> new NotFoundException("成员不存在"));
            if (weChat.checkText(openid, announcement) == TextVerdict.RISKY) {
                throw new AnnouncementRiskyException();
            }
        }
        return transaction.execute(status -> {
            // Locked and checked again: the bureau may have closed it, or the pioneer changed, while WeChat answered.
            Cobuilding cobuilding = openToPioneer(userId, cobuildings.lockById(cobuildingId),
                    cobuildingId);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            cobuildings.setAnnouncement(cobuilding.getId(), announcement, now);
            AnnouncementHistory entry = new AnnouncementHistory();
            entry.setCobuildingId(cobuilding.getId());
            entry.setAnnouncement(announcement);
            entry.setActorUserId(userId);
            entry.setCreatedAt(now);
            history.insert(entry);
            events.publishEvent(new AnnouncementChanged(cobuilding.getId(), entry.getId(), announcement, userId));
            return new AnnouncementView(announcement, ApiTime.of(now));
        });
    }

    /** Non-members get 404 (they may not know it exists), other members 403, and a closed co-building 409. */
    private Cobuilding openToPioneer(long userId, Cobuilding cobuilding, long cobuildingId) {
        Membership membership = memberships.findByCobuildingAndUser(cobuildingId, userId);
        if (cobuilding == null || membership == null || !membership.getActive()) {
            throw new NotFoundException("先锋号不存在");
        }
        if (membership.getRole() != MemberRole.PIONEER) {
            throw new ForbiddenException("只有科技党建先锋可以修改群公告");
        }
        if (cobuilding.getStatus().closed()) {
            throw new CobuildingClosedException();
        }
        return cobuilding;
    }
}
