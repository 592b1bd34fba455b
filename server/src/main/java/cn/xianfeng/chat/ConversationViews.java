package cn.xianfeng.chat;

import cn.xianfeng.chat.ConversationView.LastMessage;
import cn.xianfeng.chat.MessageView.Sender;
import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.cobuild.CobuildingInfo;
import cn.xianfeng.cobuild.GroupInfo;
import cn.xianfeng.shared.web.ApiTime;
import cn.xianfeng.shared.web.PageResponse;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Conversations as lines of a list for one reader: title, last message, unread count from the read mark, whether it
 * is still writable. A page costs a fixed number of queries whatever its length: last messages, read marks, peers,
 * their names and what connects them are each fetched for the whole page at once.
 */
@Component
class ConversationViews {

    /** A conversation between two: no announcement. */
    private static final GroupInfo DIRECT_DETAIL = new GroupInfo(2, null);

    private final ConversationMapper conversations;
    private final ConversationParticipantMapper participants;
    private final ChatMessageMapper messages;
    private final ConversationReadMapper reads;
    private final ConversationAccess access;
    private final GroupConversations groups;
    private final ChatSenders senders;
    private final CobuildingDirectory cobuildings;

    ConversationViews(ConversationMapper conversations, ConversationParticipantMapper participants,
                      ChatMessageMapper messages, ConversationReadMapper reads, ConversationAccess access,
                      GroupConversations groups, ChatSenders senders, CobuildingDirectory cobuildings) {
        this.conversations = conversations;
        this.participants = participants;
        this.messages = messages;
        this.reads = reads;
        this.access = access;
        this.groups = groups;
        this.senders = senders;
        this.cobuildings = cobuildings;
    }

    /** Someone's list, latest activity first: the groups of these co-buildings and their own direct conversations. */
    PageResponse<ConversationView> pageOf(List<Long> groupCobuildingIds, Participant reader, int page, int size) {
        // A group is made when its co-building is; one missing (that reaction not run yet) is made here.
        Set<Long> withGroup = new HashSet<>(conversations.listCobuildingIdsWithGroup(groupCobuildingIds));
        groupCobuildingIds.stream().filter(id -> !withGroup.contains(id)).forEach(groups::ensure);
        Page<Conversation> found = conversations.pageByReader(Page.of(page, size), groupCobuildingIds, reader.type(),
                reader.id());
        return PageResponse.all(found, views(found.getRecords(), reader));
    }

    ConversationView of(Conversation conversation, Participant reader) {
        return views(List.of(conversation), reader).get(0);
    }

    /** The lines of these conversations, in their order. */
    private List<ConversationView> views(List<Conversation> rows, Participant reader) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Conversation::getId).toList();
        Map<Long, ChatMessage> last = messages.listLastByConversations(ids).stream()
                .collect(Collectors.toMap(ChatMessage::getConversationId, m -> m));
        Map<Long, Long> readUpTo = reads.listByReader(reader.type(), reader.id(), ids).stream()
                .collect(Collectors.toMap(ConversationRead::getConversationId, ConversationRead::getLastReadSeq));

        List<Long> directIds = rows.stream().filter(c -> c.getType() == ConversationType.DIRECT)
                .map(Conversation::getId).toList();
        Map<Long, Participant> peers = new HashMap<>();
        participants.listByConversations(directIds).stream().filter(p -> !p.participant().equals(reader))
                .forEach(p -> peers.put(p.getConversationId(), p.participant()));
        Map<Participant, Sender> peerSenders = senders.asSenders(peers.values());
        Set<Participant> connected = access.connectedPeers(reader, new HashSet<>(peers.values()));
        Set<Long> openCobuildings = cobuildings.findAll(rows.stream().map(Conversation::getCobuildingId)
                        .filter(Objects::nonNull).collect(Collectors.toSet()))
                .values().stream().filter(c -> !c.status().closed()).map(CobuildingInfo::id)
                .collect(Collectors.toSet());
        Map<Long, GroupInfo> details = cobuildings.findGroupInfos(rows.stream()
                .filter(c -> c.getType() == ConversationType.GROUP).map(Conversation::getCobuildingId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));

        return rows.stream().map(c -> {
            Participant peer = peers.get(c.getId());
            boolean writable = switch (c.getType()) {
                case GROUP -> openCobuildings.contains(c.getCobuildingId());
                case DIRECT -> peer != null && connected.contains(peer);
                case ASSISTANT -> true;
            };
            GroupInfo group = c.getType() != ConversationType.GROUP ? DIRECT_DETAIL
                    : details.getOrDefault(c.getCobuildingId(), new GroupInfo(0, null));
            return view(c, reader, readUpTo.getOrDefault(c.getId(), 0L), last.get(c.getId()),
                    peer == null ? null : peerSenders.get(peer), writable, group);
        }).toList();
    }

    private static ConversationView view(Conversation c, Participant reader, long lastReadMark, ChatMessage last,
                                         Sender peer, boolean writable, GroupInfo group) {
        long lastRead = Math.min(lastReadMark, c.getMaxSeq());
        return new ConversationView(String.valueOf(c.getId()), c.getType(),
                peer == null ? c.getTitle() : peer.displayName(),
                c.getCobuildingId() == null ? null : String.valueOf(c.getCobuildingId()),
                peer,
                last == null ? null : new LastMessage(last.getSeq(), ChatSenders.preview(last, reader),
                        ApiTime.of(last.getCreatedAt())),
                c.getMaxSeq() - lastRead, c.getMaxSeq(), lastRead, writable,
                group.memberCount(), group.announcement());
    }
}
