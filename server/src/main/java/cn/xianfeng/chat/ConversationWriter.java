package cn.xianfeng.chat;

import cn.xianfeng.admin.AuditLog;
import cn.xianfeng.media.MediaUsed;
import cn.xianfeng.shared.security.AdminCaller;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of conversations: texts, images, cards, card payloads, recalls, content-check verdicts and read
 * marks. Each
 * write is a transaction that publishes what changed ({@link MessagePosted}, {@link MessageChanged},
 * {@link MessageRecalled}, {@link ReadMoved}); sockets hear of it from listeners that run only
 * after the commit (see {@link ChatFrames}), so a frame never announces a row that a sync could not find. Access is
 * checked by the callers.
 * <p>
 * A resend racing the first send fails here on the unique key ({@code DuplicateKeyException}, after rollback);
 * callers answer it with the stored message.
 */
@Component
class ConversationWriter {

    private final ConversationMapper conversations;
    private final ChatMessageMapper messages;
    private final ConversationLog log;
    private final ConversationReadMapper reads;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ConversationWriter(ConversationMapper conversations, ChatMessageMapper messages, ConversationLog log,
                       ConversationReadMapper reads, AuditLog audit, ApplicationEventPublisher events) {
        this.conversations = conversations;
        this.messages = messages;
        this.log = log;
        this.reads = reads;
        this.audit = audit;
        this.events = events;
    }

    /**
     * The message this sender already stored in this conversation under the clientMsgId, if a resend brings it
     * again. The same id in another conversation is another message.
     */
    ChatMessage earlier(Conversation conversation, Participant sender, String clientMsgId) {
        return messages.findByClientId(conversation.getId(), sender.type(), sender.id(), clientMsgId);
    }

    /** Appends a text; the sender has read what they wrote. */
    @Transactional
    ChatMessage postText(Conversation conversation, Participant sender, String clientMsgId, String text,
                         ContentCheck check) {
        ChatMessage message = new ChatMessage();
        message.setType(MessageType.TEXT);
        message.setText(text);
        message.setContentCheck(check);
        ChatMessage appended = post(conversation, sender, clientMsgId, message);
        if (conversation.getType() == ConversationType.ASSISTANT && sender.type() == SenderType.MEMBER) {
            events.publishEvent(new AssistantQuestionAsked(conversation.getId(), appended.getId()));
        }
        return appended;
    }

    /**
     * Appends an image (an upload the caller has checked is the sender's own); the upload is in use from now on, so
     * media keeps it. Not sent to WeChat's text check: media's own asynchronous check covers the image, and a risky
     * verdict blocks the message later ({@link #blockImages}).
     */
    @Transactional
    ChatMessage postImage(Conversation conversation, Participant sender, String clientMsgId, long mediaId) {
        ChatMessage message = new ChatMessage();
        message.setType(MessageType.IMAGE);
        message.setMediaId(mediaId);
        message.setContentCheck(ContentCheck.PASSED);
        ChatMessage appended = post(conversation, sender, clientMsgId, message);
        events.publishEvent(new MediaUsed(List.of(mediaId), "chat-message", String.valueOf(appended.getId())));
        return appended;
    }

    private ChatMessage post(Conversation conversation, Participant sender, String clientMsgId, ChatMessage message) {
        message.setSenderType(sender.type());
        message.setSenderId(sender.id());
        message.setClientMsgId(clientMsgId);
        ChatMessage appended = log.append(conversation.getId(), message);
        reads.markRead(conversation.getId(), sender.type(), sender.id(), appended.getSeq());
        events.publishEvent(new MessagePosted(conversation.getId(), appended.getId()));
        if (conversation.getType() == ConversationType.GROUP) {
            events.publishEvent(new GroupMessagePosted(conversation.getCobuildingId(), appended.getId(),
                    sender.type().name(), sender.id(), appended.getCreatedAt()));
        }
        return appended;
    }

    /** A text posted as the bureau, with its audit entry in the same transaction: both are stored, or neither. */
    @Transactional
    ChatMessage postByBureau(AdminCaller caller, Conversation conversation, String clientMsgId, String text) {
        ChatMessage appended = postText(conversation, Participant.admin(caller.adminId()), clientMsgId, text,
                ContentCheck.PASSED);
        audit.record(caller, "chat.post", "conversation", conversation.getId(), "seq " + appended.getSeq());
        return appended;
    }

    /** An image posted as the bureau (one of the admin's own uploads), audited like its texts. */
    @Transactional
    ChatMessage postImageByBureau(AdminCaller caller, Conversation conversation, String clientMsgId, long mediaId) {
        ChatMessage appended = postImage(conversation, Participant.admin(caller.adminId()), clientMsgId, mediaId);
        audit.record(caller, "chat.post", "conversation", conversation.getId(),
                "seq " + appended.getSeq() + " image " + mediaId);
        return appended;
    }

    /**
     * Appends a system card unless this source record already has one here: {@code clientMsgId} is derived from the
     * source. The conversation row is locked first, so a second post of the same source waits, then finds the card
     * (the locking read sees it committed) instead of failing on the unique key. Null when the card existed.
     */
    @Transactional
    ChatMessage postCard(Conversation conversation, CardType cardType, String payload, String refType, String refId,
                         String clientMsgId) {
        long conversationId = conversation.getId();
        conversations.lockById(conversationId);
        if (messages.lockByClientId(conversationId, SenderType.SYSTEM, conversationId, clientMsgId) != null) {
            return null;
        }
        ChatMessage card = new ChatMessage();
        card.setSenderType(SenderType.SYSTEM);
        // System cards are unique per conversation and source: the conversation stands in as their "sender".
        card.setSenderId(conversationId);
        card.setType(MessageType.CARD);
        card.setCardType(cardType);
        card.setPayload(payload);
        card.setCardVersion(0L);
        card.setRefType(refType);
        card.setRefId(refId);
        card.setClientMsgId(clientMsgId);
        ChatMessage appended = log.append(conversationId, card);
        events.publishEvent(new MessagePosted(conversationId, appended.getId()));
        return appended;
    }

    /**
     * Replaces a card's payload in place if {@code version} is newer than the one it holds (the conversation row is
     * not touched: no seq, no lock on it), and returns the card as it now stands. A transaction of its own, committed
     * before {@link CardUpdates} announces it even when called from a listener's transaction, whose older snapshot
     * would not show the change. A null payload only reads the card.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    ChatMessage updateCard(long cardId, String payload, long version) {
        if (payload != null) {
            messages.updateCardPayload(cardId, payload, version);
        }
        return messages.selectById(cardId);
    }

    /**
     * Turns the message into a tombstone (it keeps its seq); recalling twice changes nothing. {@code now} is true
     * for the one call that recalled it: the update's row lock makes concurrent recalls wait, then find it done.
     */
    @Transactional
    Recalled recall(Conversation conversation, ChatMessage message, RecalledBy by) {
        boolean now = messages.recall(message.getId(), by) == 1;
        // A locking read sees the latest row even where the caller's transaction read the message earlier.
        ChatMessage recalled = messages.lockById(message.getId());
        if (now) {
            events.publishEvent(new MessageRecalled(conversation.getId(), recalled.getId()));
        }
        return new Recalled(recalled, now);
    }

    /** Settles a pending content check; false when another instance settled it first. */
    @Transactional
    boolean settleCheck(ChatMessage message, ContentCheck verdict) {
        if (messages.settleCheck(message.getId(), verdict) != 1) {
            return false;
        }
        events.publishEvent(new MessageChanged(message.getConversationId(), message.getId()));
        return true;
    }

    /**
     * Blocks every image message showing this upload (WeChat judged it risky): the sender sees it was blocked, the
     * others no longer see it. Targeted updates, so a recall or anything else written meanwhile stays; each message
     * blocked now is announced as changed. Returns how many.
     */
    @Transactional
    int blockImages(long mediaId) {
        List<ChatMessage> blocked = new ArrayList<>();
        for (ChatMessage message : messages.listImagesByMedia(mediaId)) {
            if (messages.blockImage(message.getId()) == 1) {
                blocked.add(message);
            }
        }
        blocked.forEach(m -> events.publishEvent(new MessageChanged(m.getConversationId(), m.getId())));
        return blocked.size();
    }

    /** Moves the reader's mark forward (never back) up to the conversation's last seq. */
    @Transactional
    long markRead(Conversation conversation, Participant reader, long seq) {
        long upTo = Math.min(seq, conversation.getMaxSeq());
        reads.markRead(conversation.getId(), reader.type(), reader.id(), upTo);
        if (reader.type() == SenderType.MEMBER) {
            events.publishEvent(new ReadMoved(conversation.getId(), reader.id(), upTo));
        }
        return upTo;
    }

    record Recalled(ChatMessage message, boolean now) {
    }
}
