package cn.xianfeng.chat;

import static cn.xianfeng.shared.persistence.DuplicateKeys.insertOrFind;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.admin.AuditLog;
import cn.xianfeng.admin.Permission;
import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.shared.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bureau's side of chat: oversight of every group it can see, posting as the bureau, moderating by recall, and
 * a liaison's own direct conversations. Every write is audited, and so is every read of a group (see
 * {@link ChatViewAudit}).
 */
@Service
class AdminChatService {

    private final ChatMessageMapper messages;
    private final ConversationAccess access;
    private final ConversationViews views;
    private final GroupConversations groups;
    private final ConversationWriter writer;
    private final ChatSenders senders;
    private final ChatImages images;
    private final CobuildingDirectory cobuildings;
    private final AuditLog audit;
    private final ChatViewAudit viewAudit;
    private final AdminAccess admins;

    AdminChatService(ChatMessageMapper messages, ConversationAccess access, ConversationViews views,
                     GroupConversations groups, ConversationWriter writer, ChatSenders senders, ChatImages images,
                     CobuildingDirectory cobuildings,
                     AuditLog audit, ChatViewAudit viewAudit, AdminAccess admins) {
        this.messages = messages;
        this.access = access;
        this.views = views;
        this.groups = groups;
        this.writer = writer;
        this.senders = senders;
        this.images = images;
        this.cobuildings = cobuildings;
        this.audit = audit;
        this.viewAudit = viewAudit;
        this.admins = admins;
    }

    /** The admin's direct conversations and the groups of the co-buildings they are the liaison of. */
    PageResponse<ConversationView> mine(AdminCaller caller, int page, int size) {
        admins.require(caller, Permission.READ_CHATS);
        return views.pageOf(cobuildings.assignedToLiaison(caller.adminId()), Participant.admin(caller.adminId()),
                page, size);
    }

    /** A co-building's group conversation, for oversight (its line shows the last message: audited too). */
    ConversationView groupOf(AdminCaller caller, long cobuildingId) {
        cobuildings.visibleToAdmin(caller, cobuildingId);
        Conversation group = groups.ensure(cobuildingId);
        viewAudit.viewed(caller, group);
        return views.of(group, Participant.admin(caller.adminId()));
    }

    MessagePage after(AdminCaller caller, long conversationId, long afterSeq, int limit) {
        viewAudit.viewed(caller, access.readableByAdmin(caller, conversationId));
        return MessagePage.after(messages, senders, conversationId, afterSeq, limit,
                Participant.admin(caller.adminId()));
    }

    MessagePage before(AdminCaller caller, long conversationId, Long beforeSeq, int limit) {
        viewAudit.viewed(caller, access.readableByAdmin(caller, conversationId));
        return MessagePage.before(messages, senders, conversationId, beforeSeq == null ? Long.MAX_VALUE : beforeSeq,
                limit, Participant.admin(caller.adminId()));
    }

    /**
     * Posts a text, or an image the admin uploaded (purpose CHAT), as the bureau. Texts are not sent to WeChat's
     * content check: that check judges a mini-program user by openid, and the bureau's staff answer for their words
     * through the audit log instead.
     */
    ChatService.Sent send(AdminCaller caller, long conversationId, ChatRequests.Send request) {
        Participant me = Participant.admin(caller.adminId());
        Conversation conversation = access.writableByAdmin(caller, conversationId);
        ChatService.Sent earlier = resent(conversation, me, request.clientMsgId());
        if (earlier != null) {
            return earlier;
        }
        if (request.type() == MessageType.IMAGE) {
            long mediaId = request.media();
            images.requireSendableByAdmin(caller.adminId(), mediaId);
            return insertOrFind(() -> new ChatService.Sent(senders.view(writer.postImageByBureau(caller, conversation,
                    request.clientMsgId(), mediaId), me), true),
                    () -> resent(conversation, me, request.clientMsgId()));
        }
        // A resend that raced the first send: the unique key kept one (with its one audit entry), and this is it.
        return insertOrFind(() -> new ChatService.Sent(senders.view(writer.postByBureau(caller, conversation,
                request.clientMsgId(), request.text()), me), true),
                () -> resent(conversation, me, request.clientMsgId()));
    }

    /** The message this client id already posted, as a resend's answer; null when it is new. */
    private ChatService.Sent resent(Conversation conversation, Participant me, String clientMsgId) {
        ChatMessage earlier = writer.earlier(conversation, me, clientMsgId);
        return earlier == null ? null : new ChatService.Sent(senders.view(earlier, me), false);
    }

    void markRead(AdminCaller caller, long conversationId, long seq) {
        writer.markRead(access.readableByAdmin(caller, conversationId), Participant.admin(caller.adminId()), seq);
    }

    /** Moderation: any message, at any age; it stays in the sequence as a tombstone. */
    @Transactional
    MessageView recall(AdminCaller caller, long conversationId, long seq, String reason) {
        Conversation conversation = access.writableByAdmin(caller, conversationId);
        ChatMessage message = messages.findBySeq(conversationId, seq);
        if (message == null) {
            throw new NotFoundException("消息不存在");
        }
        ConversationWriter.Recalled recalled = writer.recall(conversation, message,
                Participant.admin(caller.adminId()).wrote(message) ? RecalledBy.SENDER : RecalledBy.BUREAU);
        // Audited by the one call that recalled it, not by every moderator who clicked at the same moment.
        if (recalled.now()) {
            audit.record(caller, "chat.recall", "conversation", conversationId,
                    "seq " + seq + (reason == null || reason.isBlank() ? "" : "：" + reason.strip()));
        }
        return senders.view(recalled.message(), Participant.admin(caller.adminId()));
    }
}
