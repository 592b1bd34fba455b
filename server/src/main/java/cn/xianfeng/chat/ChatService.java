package cn.xianfeng.chat;

import static cn.xianfeng.shared.persistence.DuplicateKeys.insertOrFind;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.admin.AdminRole;
import cn.xianfeng.auth.MemberDirectory;
import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.cobuild.CobuildingInfo;
import cn.xianfeng.shared.web.ConflictException;
import cn.xianfeng.shared.web.ForbiddenException;
import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.shared.web.PageResponse;
import cn.xianfeng.shared.web.RateLimitedException;
import cn.xianfeng.wechat.WeChat.TextVerdict;
import cn.xianfeng.wechat.WeChat;
import cn.xianfeng.wechat.WeChatUnavailableException;
import java.time.Clock;
import java.time.Duration;
import org.redisson.api.RRateLimiter;
import org.redisson.api.RateType;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** A member's side of chat: their conversations, reading them, writing, marking read, recalling. */
@Service
class ChatService {

    static final int SEND_RATE = 20;
    static final Duration SEND_RATE_WINDOW = Duration.ofSeconds(10);
    static final Duration RECALL_WINDOW = Duration.ofMinutes(2);
    private static final Logger logger = LoggerFactory.getLogger(ChatService.class);

    private final ChatMessageMapper messages;
    private final ConversationAccess access;
    private final ConversationViews views;
    private final DirectConversations directs;
    private final ConversationWriter writer;
    private final ChatSenders senders;
    private final ChatImages images;
    private final CobuildingDirectory cobuildings;
    private final MemberDirectory members;
    private final AdminAccess admins;
    private final WeChat weChat;
    private final RedissonClient redisson;
    private final Clock clock;

    ChatService(ChatMessageMapper messages, ConversationAccess access, ConversationViews views,
                DirectConversations directs, ConversationWriter writer, ChatSenders senders, ChatImages images,
                CobuildingDirectory cobuildings, MemberDirectory members, AdminAccess admins, WeChat weChat, RedissonClient redisson,
                Clock clock) {
        this.messages = messages;
        this.access = access;
        this.views = views;
        this.directs = directs;
        this.writer = writer;
        this.senders = senders;
        this.images = images;
        this.cobuildings = cobuildings;
        this.members = members;
        this.admins = admins;
        this.weChat = weChat;
        this.redisson = redisson;
        this.clock = clock;
    }

    /**
     * The member's conversations, most recent activity first: the groups of the co-buildings they are actively in,
     * and their direct conversations.
     */
    PageResponse<ConversationView> conversationsOf(long userId, int page, int size) {
        return views.pageOf(cobuildings.activeCobuildingIds(userId), Participant.member(userId), page, size);
    }

    /**
     * Opens (or finds) a direct conversation: with the bureau liaison of one of the member's co-buildings, or with
     * another member of a co-building they share.
     */
    DirectConversations.Opened openDirect(long userId, ChatRequests.OpenDirect request) {
        Participant me = Participant.member(userId);
        if (request.userId() != null) {
            return directs.open(me, Participant.member(request.userId()));
        }
        long cobuildingId = request.cobuildingId();
        CobuildingInfo cobuilding = cobuildings.find(cobuildingId)
                .filter(c -> cobuildings.activeRole(c.id(), userId).isPresent())
                .orElseThrow(() -> new NotFoundException("先锋号不存在"));
        if (cobuilding.status().closed()) {
            throw new ConflictException("COBUILDING_CLOSED", "该先锋号已退出或摘牌，不能再发起私聊");
        }
        if (cobuilding.bureauLiaisonId() == null) {
            throw new ConflictException("NO_BUREAU_LIAISON", "该先锋号的局联络员待指派");
        }
        if (!admins.isActiveWithRole(cobuilding.bureauLiaisonId(), AdminRole.LIAISON)) {
            // Assigned, but no longer a LIAISON or disabled: the vacancy is being recorded, treat it as one.
            throw new ConflictException("LIAISON_UNASSIGNED", "该先锋号的局联络员待指派");
        }
        return directs.open(me, Participant.admin(cobuilding.bureauLiaisonId()));
    }

    ConversationView view(long userId, Conversation conversation) {
        return views.of(conversation, Participant.member(userId));
    }

    ConversationView view(long userId, long conversationId) {
        return view(userId, access.readableByMember(userId, conversationId));
    }

    // No transaction: one access check (the membership) and one page query; a read-only transaction would add four
    // round trips to the hottest request of the product (every reconnect syncs).
    MessagePage after(long userId, long conversationId, long afterSeq, int limit) {
        access.requireReadableByMember(userId, conversationId);
        return MessagePage.after(messages, senders, conversationId, afterSeq, limit, Participant.member(userId));
    }

    MessagePage before(long userId, long conversationId, long beforeSeq, int limit) {
        access.requireReadableByMember(userId, conversationId);
        return MessagePage.before(messages, senders, conversationId, beforeSeq, limit, Participant.member(userId));
    }

    /**
     * Sends a text or an image. A resend with the same clientMsgId returns the stored message ({@code created}
     * false), before anything else is checked: the first send was accepted. A text is checked by WeChat first,
     * outside any transaction; if WeChat cannot answer, the message is stored as PENDING for a later check rather
     * than lost. An image must be the member's own chat upload; media checks it with WeChat on its own.
     */
    Sent send(long userId, long conversationId, ChatRequests.Send request) {
        Participant me = Participant.member(userId);
        Conversation conversation = access.writableByMember(userId, conversationId);
        Sent earlier = resent(conversation, me, request.clientMsgId());
        if (earlier != null) {
            return earlier;
        }
        RRateLimiter limiter = redisson.getRateLimiter("chat:send-rate:" + userId);
        limiter.trySetRate(RateType.OVERALL, SEND_RATE, SEND_RATE_WINDOW);
        if (!limiter.tryAcquire()) {
            throw new RateLimitedException("CHAT_RATE_LIMITED", "发送太快了，请稍后再发", SEND_RATE_WINDOW);
        }
        if (request.type() == MessageType.IMAGE) {
            long mediaId = request.media();
            images.requireSendableByMember(userId, mediaId);
            return insertOrFind(() -> new Sent(senders.view(writer.postImage(conversation, me,
                    request.clientMsgId(), mediaId), me), true), () -> resent(conversation, me, request.clientMsgId()));
        }
        ContentCheck check = check(userId, request.text());
        // A resend that raced the first send: the unique key kept one, and this is it.
        return insertOrFind(() -> new Sent(senders.view(writer.postText(conversation, me, request.clientMsgId(),
                request.text(), check), me), true), () -> resent(conversation, me, request.clientMsgId()));
    }

    /** The message this client id already posted, as a resend's answer; null when it is new. */
    private Sent resent(Conversation conversation, Participant me, String clientMsgId) {
        ChatMessage earlier = writer.earlier(conversation, me, clientMsgId);
        return earlier == null ? null : new Sent(senders.view(earlier, me), false);
    }

    void markRead(long userId, long conversationId, long seq) {
        writer.markRead(access.readableByMember(userId, conversationId), Participant.member(userId), seq);
    }

    /** Recalls the caller's own message within two minutes; it stays in the sequence as a tombstone. */
    MessageView recall(long userId, long conversationId, long seq) {
        Participant me = Participant.member(userId);
        Conversation conversation = access.writableByMember(userId, conversationId);
        ChatMessage message = messages.findBySeq(conversationId, seq);
        if (message == null) {
            throw new NotFoundException("消息不存在");
        }
        if (!me.wrote(message)) {
            throw new ForbiddenException("只能撤回自己发送的消息");
        }
        if (!Boolean.TRUE.equals(message.getRecalled())
                && message.getCreatedAt().plus(RECALL_WINDOW).isBefore(clock.instant())) {
            throw new ConflictException("RECALL_WINDOW_PASSED", "消息发出超过 2 分钟，不能撤回");
        }
        return senders.view(writer.recall(conversation, message, RecalledBy.SENDER).message(), me);
    }

    private ContentCheck check(long userId, String text) {
        String openid = members.openid(userId).orElseThrow(() -> new NotFoundException("成员不存在"));
        try {
            if (weChat.checkText(openid, text) == TextVerdict.RISKY) {
                throw new ContentRiskyException();
            }
            return ContentCheck.PASSED;
        } catch (WeChatUnavailableException e) {
            logger.warn("Content check unavailable; the message is stored and queued for a later check");
            return ContentCheck.PENDING;
        }
    }

    record Sent(MessageView message, boolean created) {
    }
}
