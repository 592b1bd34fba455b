package cn.xianfeng.chat;

import cn.xianfeng.auth.Members;
import cn.xianfeng.wechat.WeChat;
import cn.xianfeng.wechat.WeChat.TextVerdict;
import cn.xianfeng.wechat.WeChatUnavailableException;
import java.util.Optional;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Texts stored while WeChat's content check was unavailable are checked again until WeChat answers: a pass shows
 * them to everyone, a risky verdict blocks them. Members' sockets get the changed message either way. One instance
 * at a time does the round (a Redis lock); the conditional update keeps a message from being settled twice anyway.
 */
@Component
class PendingTextChecks {

    static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(PendingTextChecks.class);

    private final ChatMessageMapper messages;
    private final ConversationMapper conversations;
    private final Members members;
    private final WeChat weChat;
    private final ChatFanout fanout;
    private final RedissonClient redisson;

    PendingTextChecks(ChatMessageMapper messages, ConversationMapper conversations, Members members, WeChat weChat,
                      ChatFanout fanout, RedissonClient redisson) {
        this.messages = messages;
        this.conversations = conversations;
        this.members = members;
        this.weChat = weChat;
        this.fanout = fanout;
        this.redisson = redisson;
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

    /** One round, oldest first; stops at the first failure, as WeChat is evidently still down. Returns how many settled. */
    int recheck() {
        int settled = 0;
        for (ChatMessage message : messages.pendingChecks(BATCH)) {
            Optional<String> openid = members.openid(message.getSenderId());
            ContentCheck verdict;
            try {
                // A sender without an openid cannot be checked, so their text is not shown either.
                verdict = openid.isPresent() && weChat.checkText(openid.get(), message.getText()) != TextVerdict.RISKY
                        ? ContentCheck.PASSED : ContentCheck.BLOCKED;
            } catch (WeChatUnavailableException e) {
                log.info("Content check still unavailable; {} settled this round", settled);
                return settled;
            }
            if (messages.settleCheck(message.getId(), verdict) == 1) {
                settled++;
                fanout.messageChanged(conversations.selectById(message.getConversationId()),
                        messages.selectById(message.getId()));
            }
        }
        return settled;
    }
}
