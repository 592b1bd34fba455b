package cn.xianfeng.cobuild;

import cn.xianfeng.auth.MemberDirectory;
import cn.xianfeng.shared.web.ApiTime;
import cn.xianfeng.shared.web.ForbiddenException;
import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.wechat.WeChat;
import cn.xianfeng.wechat.WeChat.TextVerdict;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The co-building's side of a rectification (整改): every member reads it; the pioneer or a unit liaison reports
 * (text + photos) until the deadline, a resubmission replacing the report. The text passes WeChat's content check
 * before anything is written, as the group announcement's does.
 */
@Service
class RectificationService {

    private final CobuildingMapper cobuildings;
    private final MembershipMapper memberships;
    private final RectificationMapper rectifications;
    private final RectificationPhotoMapper photos;
    private final RectificationPhotos media;
    private final RectificationViews views;
    private final MemberDirectory members;
    private final WeChat weChat;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RectificationService(CobuildingMapper cobuildings, MembershipMapper memberships,
                         RectificationMapper rectifications, RectificationPhotoMapper photos,
                         RectificationPhotos media, RectificationViews views, MemberDirectory members, WeChat weChat,
                         TransactionTemplate transaction, Clock clock) {
        this.cobuildings = cobuildings;
        this.memberships = memberships;
        this.rectifications = rectifications;
        this.photos = photos;
        this.media = media;
        this.views = views;
        this.members = members;
        this.weChat = weChat;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The open rectification, else the latest one; 404 RECTIFICATION_NOT_FOUND if the co-building never had one. */
    RectificationView current(long userId, long cobuildingId) {
        MemberRole role = roleOf(userId, cobuildingId);
        Rectification current = rectifications.findCurrentByCobuilding(cobuildingId);
        if (current == null) {
            throw new RectificationExceptions.NotFound();
        }
        return view(current, role);
    }

    RectificationView report(long userId, long cobuildingId, RectificationRequests.Report request) {
        MemberRole role = roleOf(userId, cobuildingId);
        if (!reports(role)) {
            throw new ForbiddenException("只有科技党建先锋或共建联络员可以提交整改报告");
        }
        Rectification current = rectifications.findCurrentByCobuilding(cobuildingId);
        if (current != null && request.clientId().equals(current.getReportClientId())) {
            // A retry of the submission that made the current report, even if it was reviewed or is late meanwhile.
            return view(current, role);
        }
        Rectification open = submittable(current);
        List<Long> photoIds = request.mediaIds() == null ? List.of()
                : request.mediaIds().stream().map(Long::valueOf).distinct().toList();
        media.requireOwn(userId, photoIds);
        String text = request.text().strip();
        String openid = members.openid(userId).orElseThrow(() -> new NotFoundException("成员不存在"));
        if (weChat.checkText(openid, text) == TextVerdict.RISKY) {
            throw new RectificationExceptions.ContentRisky();
        }
        Rectification written = transaction.execute(status -> {
            // Locked and checked again: the bureau may have reviewed it, or the member lost the role, meanwhile.
            Rectification locked = submittable(rectifications.lockById(open.getId()));
            if (request.clientId().equals(locked.getReportClientId())) {
                return locked;
            }
            if (!reports(roleOf(userId, cobuildingId))) {
                throw new ForbiddenException("只有科技党建先锋或共建联络员可以提交整改报告");
            }
            List<Long> before = views.photoIds(locked.getId());
            photos.deleteByRectification(locked.getId());
            for (int i = 0; i < photoIds.size(); i++) {
                RectificationPhoto photo = new RectificationPhoto();
                photo.setRectificationId(locked.getId());
                photo.setMediaId(photoIds.get(i));
                photo.setPosition(i);
                photos.insert(photo);
            }
            rectifications.submit(locked.getId(), text, request.clientId(), userId, now());
            media.replaced(locked.getId(), before, photoIds);
            return rectifications.selectById(locked.getId());
        });
        return view(written, role);
    }

    /** Open and before its deadline (the deadline day itself counts, in Asia/Shanghai). */
    private Rectification submittable(Rectification rectification) {
        if (rectification == null) {
            throw new RectificationExceptions.NotFound();
        }
        if (!rectification.getStatus().open()) {
            throw new RectificationExceptions.Closed();
        }
        if (today().isAfter(rectification.getDeadline())) {
            throw new RectificationExceptions.DeadlinePassed();
        }
        return rectification;
    }

    private RectificationView view(Rectification r, MemberRole role) {
        boolean canSubmit = reports(role) && r.getStatus().open() && !today().isAfter(r.getDeadline());
        String name = cobuildings.selectById(r.getCobuildingId()).getName();
        return views.memberView(r, name, canSubmit);
    }

    /** Active members only; everyone else gets 404, as if the co-building did not exist. */
    private MemberRole roleOf(long userId, long cobuildingId) {
        Membership membership = memberships.findByCobuildingAndUser(cobuildingId, userId);
        if (membership == null || !membership.getActive()) {
            throw new NotFoundException("先锋号不存在");
        }
        return membership.getRole();
    }

    private static boolean reports(MemberRole role) {
        return role == MemberRole.PIONEER || role == MemberRole.UNIT_LIAISON;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ApiTime.DISPLAY_ZONE);
    }
}
