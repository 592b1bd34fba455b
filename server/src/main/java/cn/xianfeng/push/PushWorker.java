package cn.xianfeng.push;

import cn.xianfeng.auth.MemberDirectory;
import cn.xianfeng.shared.web.RateLimitedException;
import cn.xianfeng.wechat.WeChat;
import cn.xianfeng.wechat.WeChatNoQuotaException;
import cn.xianfeng.wechat.WeChatUnavailableException;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the outbox. A round claims due deliveries in one short transaction ({@code FOR UPDATE SKIP LOCKED}, then a
 * claim token on each), so any number of workers on any number of instances share the rows without sending one
 * twice; it sends after that transaction, outside any lock, and records each outcome only under its own claim token.
 * <p>
 * The member's grant is taken before sending (a targeted UPDATE that never goes below zero; none left → NO_QUOTA
 * without asking WeChat) and given back when WeChat did not send. WeChat's answers: sent → SENT; 43101 → NO_QUOTA and
 * the grant set to zero; invalid openid, template or data (40003, 40037, 47003 …) → FAILED; busy, rate-limited or
 * unreachable (-1, 45009, 45011, network) → PENDING again with exponential backoff, FAILED after the last attempt.
 * A worker that dies between claim and outcome leaves a claim that goes stale and is taken again once; a second stale
 * claim is FAILED rather than risk a third send.
 */
@Component
class PushWorker {

    private static final Logger log = LoggerFactory.getLogger(PushWorker.class);
    private static final TypeReference<LinkedHashMap<String, String>> DATA = new TypeReference<>() {
    };

    private final PushDeliveryMapper deliveries;
    private final PushQuotaMapper quotas;
    private final MemberDirectory members;
    private final WeChat weChat;
    private final PushProperties properties;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ExecutorService kicks = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "push-kick");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean kickQueued = new AtomicBoolean();

    PushWorker(PushDeliveryMapper deliveries, PushQuotaMapper quotas, MemberDirectory members, WeChat weChat,
               PushProperties properties, TransactionTemplate transaction, JsonMapper json, Clock clock,
               ApplicationEventPublisher events) {
        this.deliveries = deliveries;
        this.quotas = quotas;
        this.members = members;
        this.weChat = weChat;
        this.properties = properties;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    @PreDestroy
    void stop() {
        kicks.shutdownNow();
    }

    @Scheduled(fixedDelayString = "${xf.push.worker-interval:PT5S}", initialDelayString = "${xf.push.worker-interval:PT5S}")
    void scheduledRound() {
        drain();
    }

    /** New deliveries are waiting: a round soon, on this instance's one kick thread (kicks meanwhile fold into it). */
    void kick() {
        if (kickQueued.compareAndSet(false, true)) {
            kicks.execute(() -> {
                kickQueued.set(false);
                try {
                    drain();
                } catch (RuntimeException e) {
                    log.warn("Push round failed: {}", e.getClass().getSimpleName());
                }
            });
        }
    }

    /** Rounds until a round finds nothing due; how many deliveries they handled. */
    int drain() {
        int total = 0;
        int handled;
        do {
            handled = round();
            total += handled;
        } while (handled == properties.batchSize());
        return total;
    }

    /** One claim of at most a batch of due deliveries, each then sent and its outcome recorded; how many. */
    int round() {
        List<Claimed> claimed = claim();
        for (Claimed c : claimed) {
            try {
                send(c);
            } catch (RuntimeException e) {
                // The claim stays and goes stale: the row is taken again later, at most once.
                log.warn("Push delivery {} not finished: {}", c.delivery().getId(), e.getClass().getSimpleName());
            }
        }
        return claimed.size();
    }

    private record Claimed(PushDelivery delivery, String token) {
    }

    private List<Claimed> claim() {
        Instant now = clock.instant();
        List<Claimed> claimed = transaction.execute(status -> {
            List<Claimed> mine = new ArrayList<>();
            for (PushDelivery d : deliveries.lockDue(now, now.minus(properties.claimTimeout()),
                    properties.batchSize())) {
                if (d.getClaimToken() != null && d.getClaims() != null && d.getClaims() >= 2) {
                    // Claimed twice and never finished: a send may have happened each time already.
                    deliveries.abandon(d.getId());
                    events.publishEvent(new PushSettled(d.getScene().name(), d.getUserId(), "FAILED", now));
                    log.warn("Push delivery {} failed: its claim went stale twice", d.getId());
                    continue;
                }
                String token = UUID.randomUUID().toString();
                deliveries.claim(d.getId(), token, now);
                mine.add(new Claimed(d, token));
            }
            return mine;
        });
        return claimed == null ? List.of() : claimed;
    }

    private void send(Claimed c) {
        PushDelivery d = c.delivery();
        long id = d.getId();
        Optional<String> openid = members.openid(d.getUserId());
        if (openid.isEmpty() || openid.get().isBlank()) {
            settle(c, DeliveryStatus.FAILED, null, null);
            return;
        }
        if (quotas.take(d.getUserId(), d.getTemplateId()) == 0) {
            settle(c, DeliveryStatus.NO_QUOTA, null, null);
            return;
        }
        Map<String, String> data = json.readValue(d.getData(), DATA);
        try {
            weChat.sendSubscribeMessage(openid.get(), d.getTemplateId(), d.getPage(), data);
        } catch (WeChatNoQuotaException e) {
            quotas.exhaust(d.getUserId(), d.getTemplateId());
            settle(c, DeliveryStatus.NO_QUOTA, 43101, null);
            return;
        } catch (RateLimitedException e) {
            quotas.giveBack(d.getUserId(), d.getTemplateId());
            retryLater(c, 45009);
            return;
        } catch (WeChatUnavailableException e) {
            quotas.giveBack(d.getUserId(), d.getTemplateId());
            if (e.retryable()) {
                retryLater(c, e.errcode() == 0 ? null : e.errcode());
            } else {
                settle(c, DeliveryStatus.FAILED, e.errcode(), null);
            }
            return;
        }
        settle(c, DeliveryStatus.SENT, null, clock.instant());
    }

    /**
     * Records a final outcome under the claim; when it was recorded (the claim was still ours), tells who counts them.
     * Outside any transaction, like the rest of the send.
     */
    private void settle(Claimed c, DeliveryStatus status, Integer errcode, Instant sentAt) {
        PushDelivery d = c.delivery();
        if (deliveries.finish(d.getId(), c.token(), status, errcode, sentAt) == 1) {
            String outcome = switch (status) {
                case SENT -> "SENT";
                case NO_QUOTA -> "SKIPPED";
                default -> "FAILED";
            };
            events.publishEvent(new PushSettled(d.getScene().name(), d.getUserId(), outcome,
                    sentAt == null ? clock.instant() : sentAt));
        }
    }

    /** Backoff doubling from the first wait: 30 s, 1 min, 2 min …; FAILED once the attempts are used up. */
    private void retryLater(Claimed c, Integer errcode) {
        PushDelivery d = c.delivery();
        int attempt = (d.getAttempts() == null ? 0 : d.getAttempts()) + 1;
        if (attempt >= properties.maxAttempts()) {
            settle(c, DeliveryStatus.FAILED, errcode, null);
            log.info("Push delivery {} failed after {} attempts", d.getId(), attempt);
            return;
        }
        Duration wait = properties.firstBackoff().multipliedBy(1L << Math.min(attempt - 1, 16));
        deliveries.postpone(d.getId(), c.token(), errcode, clock.instant().plus(wait));
    }
}
