package cn.xianfeng.chat;

import cn.xianfeng.auth.MemberDirectory;
import cn.xianfeng.wechat.WeChat;
import cn.xianfeng.wechat.WeChat.TextVerdict;
import cn.xianfeng.wechat.WeChatUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Texts stored while WeChat's content check was unavailable are checked again: a pass shows them to everyone, a
 * risky verdict blocks them. Members' sockets get the changed message either way. One instance at a time does the
 * round (a Redis lock); the conditional updates keep a message from being settled or counted twice anyway.
 * <p>
 * Each message keeps its own attempts and the time of its next check. When WeChat is busy or unreachable (-1,
 * 45009, a network failure) the message waits {@link #FIRST_PAUSE}, doubling per attempt up to
 * {@link #LONGEST_PAUSE}, and the round stops there: asking again at once would only meet the same outage. When
 * WeChat refuses the request itself (40003 invalid openid …) asking again cannot help. Either way, a text that gets
 * no verdict — refused, or still unchecked after {@link #MAX_ATTEMPTS} attempts (about four hours) — ends BLOCKED:
 * nobody but its sender and the bureau ever saw it, and showing an unchecked text is the worse mistake.
 */
@Component
class PendingTextChecks {

    static final int BATCH = 100;
    static final int MAX_ATTEMPTS = 10;
    static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    static final Duration LONGEST_PAUSE = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(PendingTextChecks.class);

    private final ChatMessageMapper messages;
    private final ConversationWriter writer;
    private final MemberDirectory members;
    private final WeChat weChat;
    private final RedissonClient redisson;
    private final Clock clock;

    PendingTextChecks(ChatMessageMapper messages, ConversationWriter writer, MemberDirectory members, WeChat weChat,
                      RedissonClient redisson, Clock clock) {
        this.messages = messages;
        this.writer = writer;
        this.members = members;
        this.weChat = weChat;
        this.redisson = redisson;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${xf.chat.pending-check-interval:PT1M}",
            fixedDelayString = "${xf.chat.pending-check-interval:PT1M}")
    void scheduledRound() {
        RLock lock = redisson.getLock("chat:pending-checks");
        if (!lock.tryLock()) {
            return;
        }
        try {
            recheck();
        } finally {
            lock.unlock();
        }
    }

    /** One round over the messages that are due, oldest first. Returns how many it settled. */
    int recheck() {
        int settled = 0;
        Instant now = clock.instant();
        for (ChatMessage message : messages.listDueChecks(now, BATCH)) {
            ContentCheck verdict;
            try {
                verdict = verdict(message);
            } catch (WeChatUnavailableException e) {
                int attempts = message.getCheckAttempts() + 1;
                if (e.retryable() && attempts < MAX_ATTEMPTS) {
                    messages.postponeCheck(message.getId(), message.getCheckAttempts(), now.plus(pause(attempts)));
                    log.info("Content check unavailable (attempt {} of message {}); {} settled this round",
                            attempts, message.getId(), settled);
                    return settled;
                }
                log.warn("Content check of message {} gave no verdict (errcode {}, attempt {}); the text is blocked",
                        message.getId(), e.errcode(), attempts);
                verdict = ContentCheck.BLOCKED;
            }
            if (writer.settleCheck(message, verdict)) {
                settled++;
            }
        }
        return settled;
    }

    private ContentCheck verdict(ChatMessage message) {
        Optional<String> openid = members.openid(message.getSenderId());
        // A sender without an openid cannot be checked, so their text is not shown either.
        return openid.isPresent() && weChat.checkText(openid.get(), message.getText()) != TextVerdict.RISKY
                ? ContentCheck.PASSED : ContentCheck.BLOCKED;
    }

    /** 1, 2, 4 … minutes after the first, second, third … failed attempt, never more than an hour. */
    static Duration pause(int attempts) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempts - 1, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }
}
