package cn.xianfeng.chat;

import static cn.xianfeng.shared.persistence.DuplicateKeys.insertOrFind;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.admin.AdminRole;
import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.cobuild.CobuildingInfo;
import cn.xianfeng.shared.web.ConflictException;
import cn.xianfeng.shared.web.NotFoundException;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Forwards a question the assistant could not answer (or whose answer was not enough) to a person: a text from the
 * member in their direct conversation with the bureau liaison of their first co-building that is open and has one.
 * Forwarding the same question again finds the message already forwarded.
 */
@Service
class AssistantForwarding {

    static final String PREFIX = "【政策咨询】";

    private final ConversationMapper conversations;
    private final ChatMessageMapper messages;
    private final ConversationAccess access;
    private final DirectConversations directs;
    private final ConversationWriter writer;
    private final ConversationViews views;
    private final ChatSenders senders;
    private final CobuildingDirectory cobuildings;
    private final AdminAccess admins;

    AssistantForwarding(ConversationMapper conversations, ChatMessageMapper messages, ConversationAccess access,
                        DirectConversations directs, ConversationWriter writer, ConversationViews views,
                        ChatSenders senders, CobuildingDirectory cobuildings, AdminAccess admins) {
        this.conversations = conversations;
        this.messages = messages;
        this.access = access;
        this.directs = directs;
        this.writer = writer;
        this.views = views;
        this.senders = senders;
        this.cobuildings = cobuildings;
        this.admins = admins;
    }

    /**
     * {@code messageId}: the question (the member's text in their assistant conversation) or its ANSWER card. 404 for
     * anything else; 409 NO_LIAISON when none of the member's open co-buildings has a bureau liaison now.
     */
    Forwarded forward(long userId, long messageId) {
        Participant me = Participant.member(userId);
        ChatMessage question = questionOf(userId, messageId);
        CobuildingInfo cobuilding = liaisonCobuilding(userId)
                .orElseThrow(() -> new ConflictException("NO_LIAISON", "你所在先锋号的局联络员待指派，暂时无法转交"));
        Conversation direct = directs.open(me, Participant.admin(cobuilding.bureauLiaisonId())).conversation();
        String clientMsgId = "assistant-forward-" + question.getId();
        ChatMessage earlier = writer.earlier(direct, me, clientMsgId);
        if (earlier != null) {
            return new Forwarded(assistantView(userId, direct, earlier), false);
        }
        String text = PREFIX + question.getText();
        if (text.length() > ChatRequests.MAX_TEXT) {
            text = text.substring(0, ChatRequests.MAX_TEXT - 1) + "…";
        }
        String body = text;
        // The question passed WeChat's check when it was asked (or waits for it): the copy carries the same state.
        return insertOrFind(() -> new Forwarded(assistantView(userId, direct,
                        writer.postText(direct, me, clientMsgId, body, question.getContentCheck())), true),
                () -> new Forwarded(assistantView(userId, direct, writer.earlier(direct, me, clientMsgId)), false));
    }

    private ChatMessage questionOf(long userId, long messageId) {
        ChatMessage message = messages.selectById(messageId);
        if (message == null) {
            throw new NotFoundException("消息不存在");
        }
        Conversation conversation = access.readableByMember(userId, message.getConversationId());
        if (conversation.getType() != ConversationType.ASSISTANT) {
            throw new NotFoundException("消息不存在");
        }
        Long questionId = AssistantAnswers.questionOf(message);
        ChatMessage question = questionId == null ? message : messages.selectById(questionId);
        if (question == null || question.getType() != MessageType.TEXT
                || !Participant.member(userId).wrote(question) || Boolean.TRUE.equals(question.getRecalled())) {
            throw new NotFoundException("消息不存在");
        }
        if (question.getContentCheck() == ContentCheck.BLOCKED) {
            throw new ConflictException("QUESTION_BLOCKED", "该问题未通过内容审核，不能转交");
        }
        return question;
    }

    /** The first of the member's co-buildings (in the order the directory gives them) that is open with a liaison. */
    private Optional<CobuildingInfo> liaisonCobuilding(long userId) {
        return cobuildings.activeCobuildingIds(userId).stream().map(cobuildings::find).flatMap(Optional::stream)
                .filter(c -> !c.status().closed() && c.bureauLiaisonId() != null
                        && admins.isActiveWithRole(c.bureauLiaisonId(), AdminRole.LIAISON))
                .findFirst();
    }

    private AssistantForwarded assistantView(long userId, Conversation direct, ChatMessage message) {
        Participant me = Participant.member(userId);
        Conversation current = conversations.selectById(direct.getId());
        return new AssistantForwarded(views.of(current, me), senders.view(message, me));
    }

    record Forwarded(AssistantForwarded view, boolean created) {
    }
}
