package cn.xianfeng.chat;

import cn.xianfeng.chat.ConversationView.LastMessage;
import cn.xianfeng.chat.MessageView.Sender;
import cn.xianfeng.shared.web.ApiTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Conversations as lines of a list for one reader: title, last message, unread count from the read mark. */
@Component
class ConversationViews {

    private final ConversationMapper conversations;
    private final ConversationParticipantMapper participants;
    private final ChatMessageMapper messages;
    private final ConversationReadMapper reads;
    private final ConversationAccess access;
    private final GroupConversations groups;
    private final ChatSenders senders;

    ConversationViews(ConversationMapper conversations, ConversationParticipantMapper participants,
                      ChatMessageMapper messages, ConversationReadMapper reads, ConversationAccess access,
                      GroupConversations groups, ChatSenders senders) {
        this.conversations = conversations;
        this.participants = participants;
        this.messages = messages;
        this.reads = reads;
        this.access = access;
        this.groups = groups;
        this.senders = senders;
    }

    /** Someone's list: the groups of these co-buildings and their own direct conversations. */
    List<ConversationView> listOf(List<Long> groupCobuildingIds, Participant reader) {
        List<Conversation> listed = new ArrayList<>();
        groupCobuildingIds.forEach(id -> listed.add(groups.ensure(id)));
        List<Long> directIds = participants.conversationIdsOf(reader);
        if (!directIds.isEmpty()) {
            listed.addAll(conversations.selectByIds(directIds));
        }
        return of(listed, reader);
    }

    /** Most recent activity first. */
    List<ConversationView> of(List<Conversation> conversations, Participant reader) {
        Map<Long, Long> readUpTo = reads.of(reader.type(), reader.id(),
                        conversations.stream().map(Conversation::getId).toList())
                .stream().collect(Collectors.toMap(ConversationRead::getConversationId,
                        ConversationRead::getLastReadSeq));
        return conversations.stream()
                .sorted(Comparator.comparing(ConversationViews::activeAt).reversed())
                .map(c -> view(c, reader, readUpTo.getOrDefault(c.getId(), 0L)))
                .toList();
    }

    ConversationView of(Conversation conversation, Participant reader) {
        return of(List.of(conversation), reader).get(0);
    }

    private ConversationView view(Conversation c, Participant reader, long lastReadMark) {
        long lastRead = Math.min(lastReadMark, c.getMaxSeq());
        ChatMessage last = c.getMaxSeq() == 0 ? null : messages.findBySeq(c.getId(), c.getMaxSeq());
        Optional<Sender> peer = access.peerOf(c, reader).map(senders::card);
        return new ConversationView(String.valueOf(c.getId()), c.getType(),
                peer.map(Sender::displayName).orElse(c.getTitle()),
                c.getCobuildingId() == null ? null : String.valueOf(c.getCobuildingId()),
                peer.orElse(null),
                last == null ? null : new LastMessage(last.getSeq(), ChatSenders.preview(last, reader),
                        ApiTime.of(last.getCreatedAt())),
                c.getMaxSeq() - lastRead, c.getMaxSeq(), lastRead, access.isOpen(c, reader));
    }

    private static java.time.Instant activeAt(Conversation c) {
        return c.getLastMessageAt() != null ? c.getLastMessageAt() : c.getCreatedAt();
    }
}
