package cn.xianfeng.chat;

import cn.xianfeng.auth.Members;
import cn.xianfeng.cobuild.Cobuildings;
import cn.xianfeng.chat.ConversationView.LastMessage;
import cn.xianfeng.shared.web.ApiTime;
import cn.xianfeng.shared.web.ConflictException;
import cn.xianfeng.shared.web.ForbiddenException;
import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.shared.web.RateLimitedException;
import cn.xianfeng.wechat.WeChat;
import cn.xianfeng.wechat.WeChat.TextVerdict;
import cn.xianfeng.wechat.WeChatUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.redisson.api.RRateLimiter;
import org.redisson.api.RateType;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** A member's side of chat: their conversations, reading them, writing, marking read, recalling. */
@Service
class ChatService {

    static final int SEND_RATE = 20;
    static final Duration SEND_RATE_WINDOW = Duration.ofSeconds(10);
    static final Duration RECALL_WINDOW = Duration.ofMinutes(2);
    private static final Logger logger = LoggerFactory.getLogger(ChatService.class);

    private final ConversationMapper conversations;
    private final ChatMessageMapper messages;
    private final ConversationLog log;
    private final ConversationReadMapper reads;
    private final GroupConversations groups;
    private final ChatSenders senders;
    private final ChatFanout fanout;
    private final Cobuildings cobuildings;
    private final Members members;
    private final WeChat weChat;
    private final RedissonClient redisson;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ChatService(ConversationMapper conversations, ChatMessageMapper messages, ConversationLog log,
                ConversationReadMapper reads,
                GroupConversations groups, ChatSenders senders, ChatFanout fanout, Cobuildings cobuildings,
                Members members,
                WeChat weChat, RedissonClient redisson, TransactionTemplate transaction, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.log = log;
        this.reads = reads;
        this.groups = groups;
        this.senders = senders;
        this.fanout = fanout;
        this.cobuildings = cobuildings;
        this.members = members;
        this.weChat = weChat;
        this.redisson = redisson;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The member's conversations, most recent activity first, with unread counts from the read marks. */
    List<ConversationView> conversationsOf(long userId) {
        List<Conversation> mine = new ArrayList<>();
        for (long cobuildingId : cobuildings.activeCobuildingIds(userId)) {
            mine.add(groups.ensure(cobuildingId));
        }
        Map<Long, Long> readUpTo = reads.of(SenderType.MEMBER, userId, mine.stream().map(Conversation::getId).toList())
                .stream().collect(Collectors.toMap(ConversationRead::getConversationId,
                        ConversationRead::getLastReadSeq));
        List<ConversationView> views = new ArrayList<>();
        mine.stream()
                .sorted(Comparator.comparing((Conversation c) -> c.getLastMessageAt() != null
                        ? c.getLastMessageAt() : c.getCreatedAt()).reversed())
                .forEach(c -> {
                    long lastRead = Math.min(readUpTo.getOrDefault(c.getId(), 0L), c.getMaxSeq());
                    ChatMessage last = c.getMaxSeq() == 0 ? null : messages.findBySeq(c.getId(), c.getMaxSeq());
                    views.add(new ConversationView(String.valueOf(c.getId()), c.getType(), c.getTitle(),
                            c.getCobuildingId() == null ? null : String.valueOf(c.getCobuildingId()),
                            last == null ? null : new LastMessage(last.getSeq(), ChatSenders.preview(last),
                                    ApiTime.of(last.getCreatedAt())),
                            c.getMaxSeq() - lastRead, c.getMaxSeq(), lastRead));
                });
        return views;
    }

    @Transactional(readOnly = true)
    MessagePage after(long userId, long conversationId, long afterSeq, int limit) {
        readable(userId, conversationId);
        List<ChatMessage> page = messages.after(conversationId, afterSeq, limit + 1);
        return MessagePage.of(senders.views(page.subList(0, Math.min(limit, page.size()))), page.size() > limit);
    }

    @Transactional(readOnly = true)
    MessagePage before(long userId, long conversationId, long beforeSeq, int limit) {
        readable(userId, conversationId);
        List<ChatMessage> page = messages.before(conversationId, beforeSeq, limit + 1);
        boolean more = page.size() > limit;
        return MessagePage.of(senders.views(more ? page.subList(1, page.size()) : page), more);
    }

    /**
     * Sends a text. A resend with the same clientMsgId returns the stored message ({@code created} false). The text
     * is checked by WeChat first, outside any transaction; if WeChat cannot answer, the message is stored as
     * PENDING for a later check rather than lost.
     */
    Sent sendText(long userId, long conversationId, ChatRequests.Send request) {
        Conversation conversation = writable(userId, conversationId);
        ChatMessage earlier = messages.findByClientId(SenderType.MEMBER, userId, request.clientMsgId());
        if (earlier != null) {
            return new Sent(senders.view(earlier), false);
        }
        RRateLimiter limiter = redisson.getRateLimiter("chat:send-rate:" + userId);
        limiter.trySetRate(RateType.OVERALL, SEND_RATE, SEND_RATE_WINDOW);
        if (!limiter.tryAcquire()) {
            throw new RateLimitedException("CHAT_RATE_LIMITED", "发送太快了，请稍后再发", SEND_RATE_WINDOW);
        }
        String contentCheck = check(userId, request.text());
        try {
            ChatMessage stored = transaction.execute(status -> {
                ChatMessage message = new ChatMessage();
                message.setSenderType(SenderType.MEMBER);
                message.setSenderId(userId);
                message.setType(MessageType.TEXT);
                message.setText(request.text());
                message.setClientMsgId(request.clientMsgId());
                message.setContentCheck(contentCheck);
                ChatMessage appended = log.append(conversation.getId(), message);
                // The sender has read what they wrote.
                reads.markRead(conversation.getId(), SenderType.MEMBER, userId, appended.getSeq());
                return appended;
            });
            MessageView view = senders.view(stored);
            fanout.messagePosted(conversation, view);
            return new Sent(view, true);
        } catch (DuplicateKeyException raced) {
            // The same message sent twice at once: the first one stored is the answer to both.
            return new Sent(senders.view(messages.findByClientId(SenderType.MEMBER, userId, request.clientMsgId())),
                    false);
        }
    }

    @Transactional
    void markRead(long userId, long conversationId, long seq) {
        Conversation conversation = readable(userId, conversationId);
        long upTo = Math.min(seq, conversation.getMaxSeq());
        reads.markRead(conversationId, SenderType.MEMBER, userId, upTo);
        ChatFanout.afterCommit(() -> fanout.readMoved(conversation, userId, upTo));
    }

    /** Recalls the caller's own message within two minutes; it stays in the sequence as a tombstone. */
    @Transactional
    MessageView recall(long userId, long conversationId, long seq) {
        Conversation conversation = writable(userId, conversationId);
        ChatMessage message = messages.findBySeq(conversationId, seq);
        if (message == null) {
            throw new NotFoundException("消息不存在");
        }
        if (message.getSenderType() != SenderType.MEMBER || message.getSenderId() != userId) {
            throw new ForbiddenException("只能撤回自己发送的消息");
        }
        if (!Boolean.TRUE.equals(message.getRecalled())) {
            if (message.getCreatedAt().plus(RECALL_WINDOW).isBefore(clock.instant())) {
                throw new ConflictException("RECALL_WINDOW_PASSED", "消息发出超过 2 分钟，不能撤回");
            }
            message.setRecalled(true);
            messages.updateById(message);
            ChatFanout.afterCommit(() -> fanout.messageRecalled(conversation, seq));
        }
        return senders.view(messages.selectById(message.getId()));
    }

    private String check(long userId, String text) {
        String openid = members.openid(userId).orElseThrow(() -> new NotFoundException("成员不存在"));
        try {
            if (weChat.checkText(openid, text) == TextVerdict.RISKY) {
                throw new ContentRiskyException();
            }
            return "PASSED";
        } catch (WeChatUnavailableException e) {
            logger.warn("Content check unavailable; the message is stored and queued for a later check");
            return "PENDING";
        }
    }

    /** A conversation the member may read: the group of a co-building they are actively in. */
    private Conversation readable(long userId, long conversationId) {
        Conversation conversation = conversations.selectById(conversationId);
        if (conversation == null || conversation.getCobuildingId() == null
                || cobuildings.activeRole(conversation.getCobuildingId(), userId).isEmpty()) {
            throw new NotFoundException("会话不存在");
        }
        return conversation;
    }

    private Conversation writable(long userId, long conversationId) {
        Conversation conversation = readable(userId, conversationId);
        boolean closed = cobuildings.find(conversation.getCobuildingId())
                .map(c -> c.status().closed()).orElse(true);
        if (closed) {
            throw new ConflictException("COBUILDING_CLOSED", "该先锋号已退出或摘牌，会话只能查看");
        }
        return conversation;
    }

    record Sent(MessageView message, boolean created) {
    }

    record MessagePage(List<MessageView> items, boolean hasMore) {

        static MessagePage of(List<MessageView> items, boolean hasMore) {
            return new MessagePage(items, hasMore);
        }
    }
}
