package cn.xianfeng.media;

import cn.xianfeng.wechat.WeChat;
import cn.xianfeng.wechat.WeChatMediaChecked;
import cn.xianfeng.wechat.WeChatUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.StringUtils;

/**
 * WeChat's asynchronous image check for members' images. Right after an upload commits, the image is submitted
 * (media_check_async v2, with a long-lived signed link WeChat downloads) and its trace id kept; the verdict arrives
 * later on the push callback. The image is shown meanwhile; a risky verdict hides it — and every other upload of the
 * same bytes — everywhere at once, and {@link MediaHidden} tells the features that use it.
 * <p>
 * A submission WeChat does not take now (-1 busy, the quotas, unreachable) is tried again by a scheduled round, 1, 2,
 * 4 … minutes later, at most {@link #MAX_ATTEMPTS} times. Several instances may run the round: each submission is
 * claimed first with a conditional update (a lease of {@link #LEASE}), so only one instance sends it, and one that
 * died mid-way leaves it to the next round. A refusal that asking again cannot mend (40004, 61010 the user has not
 * opened the mini-program lately, 40003) ends NOT_CHECKED: the image stays visible, as every image is until its
 * verdict, and the log says why.
 */
@Component
class MediaChecks {

    static final int MAX_ATTEMPTS = 8;
    static final int BATCH = 50;
    static final Duration LEASE = Duration.ofMinutes(5);
    static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    static final Duration LONGEST_PAUSE = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(MediaChecks.class);

    private final MediaMapper media;
    private final MemberOpenids members;
    private final MediaUseMapper uses;
    private final MediaSigner signer;
    private final WeChat weChat;
    private final RedissonClient redisson;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String publicBaseUrl;

    MediaChecks(MediaMapper media, MediaUseMapper uses, MediaSigner signer, WeChat weChat, MemberOpenids members,
                RedissonClient redisson, ApplicationEventPublisher events, Clock clock, MediaProperties properties) {
        this.media = media;
        this.members = members;
        this.uses = uses;
        this.signer = signer;
        this.weChat = weChat;
        this.redisson = redisson;
        this.events = events;
        this.clock = clock;
        this.publicBaseUrl = properties.publicBaseUrl() == null ? "" : properties.publicBaseUrl().replaceAll("/+$", "");
        if (!StringUtils.hasText(publicBaseUrl)) {
            log.warn("No XF_PUBLIC_BASE_URL: WeChat cannot download images, so they are not content-checked");
        }
    }

    /** Straight after the upload's commit, off the request thread. */
    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(MediaUploaded uploaded) {
        submit(uploaded.mediaId());
    }

    @Scheduled(initialDelayString = "${xf.media.check-interval:PT1M}",
            fixedDelayString = "${xf.media.check-interval:PT1M}")
    void scheduledRound() {
        RLock lock = redisson.getLock("media:check-submissions");
        if (!lock.tryLock()) {
            return;
        }
        try {
            submitDue();
        } finally {
            lock.unlock();
        }
    }

    /** One round over the submissions that are due; how many WeChat took. A busy WeChat ends the round. */
    int submitDue() {
        int submitted = 0;
        for (Long id : media.listDueChecks(clock.instant(), BATCH)) {
            Outcome outcome = submit(id);
            if (outcome == Outcome.SUBMITTED) {
                submitted++;
            } else if (outcome == Outcome.POSTPONED) {
                return submitted;
            }
        }
        return submitted;
    }

    enum Outcome { SUBMITTED, POSTPONED, NOT_CHECKED, SKIPPED }

    Outcome submit(long mediaId) {
        Instant now = clock.instant();
        if (media.claimCheck(mediaId, now, now.plus(LEASE)) == 0) {
            return Outcome.SKIPPED;
        }
        Media row = media.selectById(mediaId);
        String openid = row.getUploaderType() == MediaUploaderType.MEMBER
                ? members.openid(row.getUploaderId()).orElse(null) : null;
        if (openid == null || !StringUtils.hasText(publicBaseUrl)) {
            media.updateNotChecked(mediaId);
            return Outcome.NOT_CHECKED;
        }
        // The link WeChat downloads: valid for at least a day, like every link this server issues.
        String url = publicBaseUrl + signer.url(mediaId, MediaVariant.ORIGINAL, signer.expiry());
        try {
            String traceId = weChat.checkImageAsync(openid, url, scene(row.getPurpose()));
            media.updateSubmitted(mediaId, traceId);
            return Outcome.SUBMITTED;
        } catch (WeChatUnavailableException e) {
            int attempts = row.getCheckAttempts() + 1;
            if (e.retryable() && attempts < MAX_ATTEMPTS) {
                media.updatePostponed(mediaId, now.plus(pause(attempts)));
                log.info("Image check of media {} postponed (errcode {}, attempt {})", mediaId, e.errcode(), attempts);
                return Outcome.POSTPONED;
            }
            media.updateNotChecked(mediaId);
            log.warn("Image check of media {} not possible (errcode {}, attempt {}); it stays unchecked", mediaId,
                    e.errcode(), attempts);
            return Outcome.NOT_CHECKED;
        }
    }

    /**
     * WeChat's verdict. Risky hides the upload and every other upload of the same bytes; pass (and review: WeChat
     * suggests a person look, and nobody here does) settles it as passed. A download failure (-1008) submits it again.
     */
    @ApplicationModuleListener
    void on(WeChatMediaChecked checked) {
        Media row = media.findByTraceId(checked.traceId());
        if (row == null) {
            log.info("Image check verdict for an unknown trace id ignored");
            return;
        }
        if (checked.errcode() != null && checked.errcode() != 0) {
            int attempts = row.getCheckAttempts();
            if (attempts < MAX_ATTEMPTS) {
                media.updateResubmit(row.getId(), clock.instant().plus(pause(attempts)));
            } else {
                media.updateNotChecked(row.getId());
            }
            log.warn("Image check of media {} failed at WeChat (errcode {})", row.getId(), checked.errcode());
            return;
        }
        if (!checked.risky()) {
            media.updateVerdict(row.getId(), MediaCheckStatus.PASSED, false);
            return;
        }
        if (media.updateVerdict(row.getId(), MediaCheckStatus.RISKY, true) == 0) {
            // WeChat pushed the same verdict again: it was acted on the first time.
            return;
        }
        log.info("Media {} judged risky (label {}): hidden", row.getId(), checked.label());
        for (Media same : media.listByBlob(row.getBlobId())) {
            if (same.getId().equals(row.getId()) || media.updateHidden(same.getId()) > 0) {
                List<MediaUse> used = uses.listByMedia(same.getId());
                MediaUse first = used.isEmpty() ? null : used.get(0);
                events.publishEvent(new MediaHidden(same.getId(),
                        new MediaUploader(same.getUploaderType(), same.getUploaderId()),
                        first == null ? null : first.getUsedBy(), first == null ? null : first.getUsedById()));
            }
        }
    }

    /**
     * WeChat's scenes: 1 profile, 2 comment (chat, as for texts), 3 forum, 4 social log (check-ins, progress,
     * rectification reports).
     */
    static int scene(MediaPurpose purpose) {
        return switch (purpose) {
            case AVATAR -> 1;
            case CHAT -> 2;
            case ATTACHMENT -> 3;
            case CHECKIN, PROGRESS, RECTIFICATION -> 4;
        };
    }

    static Duration pause(int attempts) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }
}
