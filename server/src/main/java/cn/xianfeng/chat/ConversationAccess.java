package cn.xianfeng.chat;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.admin.AdminRole;
import cn.xianfeng.admin.AdminScope;
import cn.xianfeng.admin.Permission;
import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.cobuild.CobuildingInfo;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.ConflictException;
import cn.xianfeng.shared.web.ForbiddenException;
import cn.xianfeng.shared.web.NotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who may read and write which conversation. A group follows its co-building: its active members read it, and write
 * while the co-building is open; the bureau reads every group it can see and writes as BUREAU_ADMIN or as the
 * co-building's own liaison. A direct conversation is read by its two people only, and written while they are still
 * connected through an open co-building (sharing one, or one's liaison being the other). A member's ASSISTANT
 * conversation (with the policy assistant) is theirs alone: read and written by its one member, whatever their
 * co-buildings, and never shown to the bureau. Not readable is 404, so an id never tells an outsider that a
 * conversation exists.
 */
@Component
class ConversationAccess {

    /** Far more conversations than one instance syncs in a while; past it the map starts over. */
    private static final int MAX_SHAPES = 100_000;

    private final ConversationMapper conversations;
    private final ConversationParticipantMapper participants;
    private final CobuildingDirectory cobuildings;
    private final AdminAccess admins;
    /**
     * What never changes about a conversation once made — its type, its co-building, a direct one's two people — kept
     * in memory: every sync asks who may read, and need not read the conversation row for it. Nothing to invalidate.
     */
    private final Map<Long, Shape> shapes = new ConcurrentHashMap<>();

    private record Shape(ConversationType type, Long cobuildingId, Set<Participant> participants) {
    }

    ConversationAccess(ConversationMapper conversations, ConversationParticipantMapper participants,
                       CobuildingDirectory cobuildings, AdminAccess admins) {
        this.conversations = conversations;
        this.participants = participants;
        this.cobuildings = cobuildings;
        this.admins = admins;
    }

    // --- members ----------------------------------------------------------------------------------------

    Conversation readableByMember(long userId, long conversationId) {
        Conversation conversation = conversations.selectById(conversationId);
        boolean readable = conversation != null && switch (conversation.getType()) {
            case GROUP -> cobuildings.activeRole(conversation.getCobuildingId(), userId).isPresent();
            case DIRECT, ASSISTANT -> isParticipant(conversation, Participant.member(userId));
        };
        if (!readable) {
            throw new NotFoundException("会话不存在");
        }
        return conversation;
    }

    /**
     * The same rule as {@link #readableByMember} without reading the conversation row (the sync path: it needs no
     * more than the answer). One query for a group (the membership), none for a direct conversation seen before.
     */
    void requireReadableByMember(long userId, long conversationId) {
        Shape shape = shapes.get(conversationId);
        if (shape == null) {
            Conversation conversation = conversations.selectById(conversationId);
            if (conversation == null) {
                throw new NotFoundException("会话不存在");
            }
            shape = new Shape(conversation.getType(), conversation.getCobuildingId(),
                    conversation.getType() == ConversationType.GROUP ? Set.of()
                            : participants.listByConversation(conversationId).stream()
                                    .map(ConversationParticipant::participant).collect(Collectors.toUnmodifiableSet()));
            if (shapes.size() >= MAX_SHAPES) {
                shapes.clear();
            }
            shapes.put(conversationId, shape);
        }
        boolean readable = switch (shape.type()) {
            case GROUP -> cobuildings.activeRole(shape.cobuildingId(), userId).isPresent();
            case DIRECT, ASSISTANT -> shape.participants().contains(Participant.member(userId));
        };
        if (!readable) {
            throw new NotFoundException("会话不存在");
        }
    }

    Conversation writableByMember(long userId, long conversationId) {
        Conversation conversation = readableByMember(userId, conversationId);
        requireOpen(conversation, Participant.member(userId));
        return conversation;
    }

    // --- the bureau -------------------------------------------------------------------------------------

    /** Any group the admin can see (a LIAISON: those assigned to them); direct conversations they are in. */
    Conversation readableByAdmin(AdminCaller caller, long conversationId) {
        admins.require(caller, Permission.READ_CHATS);
        Conversation conversation = conversations.selectById(conversationId);
        if (conversation != null && conversation.getType() == ConversationType.GROUP) {
            cobuildings.visibleToAdmin(caller, conversation.getCobuildingId());
            return conversation;
        }
        if (conversation != null && conversation.getType() == ConversationType.DIRECT
                && isParticipant(conversation, Participant.admin(caller.adminId()))) {
            return conversation;
        }
        throw new NotFoundException("会话不存在");
    }

    Conversation writableByAdmin(AdminCaller caller, long conversationId) {
        Conversation conversation = readableByAdmin(caller, conversationId);
        if (conversation.getType() == ConversationType.GROUP) {
            AdminScope scope = admins.require(caller, Permission.WRITE_GROUP_CHATS);
            Long liaison = cobuildings.find(conversation.getCobuildingId()).map(CobuildingInfo::bureauLiaisonId)
                    .orElse(null);
            if (!scope.reaches(liaison)) {
                throw new ForbiddenException("只有局管理员或该先锋号的局联络员可以在群里发言和撤回消息");
            }
        }
        requireOpen(conversation, Participant.admin(caller.adminId()));
        return conversation;
    }

    // --- both ---------------------------------------------------------------------------------------------

    /** Whether {@code who} (already able to read it) may still write to the conversation. */
    boolean isOpen(Conversation conversation, Participant who) {
        return switch (conversation.getType()) {
            case GROUP -> cobuildings.find(conversation.getCobuildingId()).map(c -> !c.status().closed())
                    .orElse(false);
            case DIRECT -> peerOf(conversation, who).map(peer -> connected(who, peer)).orElse(false);
            // Its member may always ask: the answers come from what they may see at the moment of asking.
            case ASSISTANT -> who.type() == SenderType.MEMBER;
        };
    }

    private void requireOpen(Conversation conversation, Participant who) {
        if (isOpen(conversation, who)) {
            return;
        }
        if (conversation.getType() == ConversationType.GROUP) {
            throw new ConflictException("COBUILDING_CLOSED", "该先锋号已退出或摘牌，会话只能查看");
        }
        Optional<Participant> peer = peerOf(conversation, who);
        Participant admin = who.type() == SenderType.ADMIN ? who
                : peer.filter(p -> p.type() == SenderType.ADMIN).orElse(null);
        Participant member = who.type() == SenderType.MEMBER ? who : peer.orElse(null);
        if (admin != null && member != null && !assignedLiaisonOf(admin, member)) {
            throw new ConflictException("LIAISON_UNASSIGNED", "对方已不是你所在先锋号的局联络员，会话只能查看");
        }
        throw new ConflictException("DIRECT_CLOSED", "你们已不在同一个先锋号中，会话只能查看");
    }

    /**
     * Whether the admin is an enabled LIAISON still assigned to one of the member's co-buildings (open or not): when
     * not, the conversation closed because the liaison went, not because the member did.
     */
    private boolean assignedLiaisonOf(Participant admin, Participant member) {
        return admins.isActiveWithRole(admin.id(), AdminRole.LIAISON)
                && cobuildings.activeCobuildingIds(member.id()).stream().map(cobuildings::find)
                .flatMap(Optional::stream).anyMatch(c -> Long.valueOf(admin.id()).equals(c.bureauLiaisonId()));
    }

    /** The other person of a direct conversation. */
    Optional<Participant> peerOf(Conversation conversation, Participant me) {
        if (conversation.getType() != ConversationType.DIRECT) {
            return Optional.empty();
        }
        return participants.listByConversation(conversation.getId()).stream().map(ConversationParticipant::participant)
                .filter(p -> !p.equals(me)).findFirst();
    }

    /**
     * Whether two people are connected through an open co-building: two members sharing one, or a member and the
     * bureau liaison of one of theirs who is still an enabled LIAISON (an assignment does not outlive the role, even
     * for the moment before it is vacated). Opening and writing a direct conversation need it.
     */
    boolean connected(Participant a, Participant b) {
        return connectedPeers(a, List.of(b)).contains(b);
    }

    /**
     * The peers among these that {@code me} is connected to (see {@link #connected}), in at most four queries
     * whatever their number: the conversation list asks for a whole page at once.
     */
    Set<Participant> connectedPeers(Participant me, Collection<Participant> peers) {
        if (peers.isEmpty()) {
            return Set.of();
        }
        List<Participant> everyone = new ArrayList<>(peers);
        everyone.add(me);
        Map<Long, List<Long>> cobuildingsOf = cobuildings.activeCobuildingIdsOf(idsOf(everyone, SenderType.MEMBER));
        Map<Long, CobuildingInfo> open = new HashMap<>();
        cobuildings.findAll(cobuildingsOf.values().stream().flatMap(List::stream).collect(Collectors.toSet()))
                .forEach((id, c) -> {
                    if (!c.status().closed()) {
                        open.put(id, c);
                    }
                });
        Set<Long> liaisons = admins.activeWithRole(idsOf(everyone, SenderType.ADMIN), AdminRole.LIAISON);
        Set<Participant> connected = new HashSet<>();
        for (Participant peer : peers) {
            if (linked(me, peer, cobuildingsOf, open, liaisons)) {
                connected.add(peer);
            }
        }
        return connected;
    }

    private static boolean linked(Participant a, Participant b, Map<Long, List<Long>> cobuildingsOf,
                                  Map<Long, CobuildingInfo> open, Set<Long> liaisons) {
        if (a.type() == SenderType.MEMBER && b.type() == SenderType.MEMBER) {
            Set<Long> shared = new HashSet<>(cobuildingsOf.getOrDefault(a.id(), List.of()));
            shared.retainAll(cobuildingsOf.getOrDefault(b.id(), List.of()));
            return shared.stream().anyMatch(open::containsKey);
        }
        Participant member = a.type() == SenderType.MEMBER ? a : b;
        Participant admin = a.type() == SenderType.ADMIN ? a : b;
        if (member.type() != SenderType.MEMBER || admin.type() != SenderType.ADMIN || !liaisons.contains(admin.id())) {
            return false;
        }
        return cobuildingsOf.getOrDefault(member.id(), List.of()).stream().map(open::get).filter(Objects::nonNull)
                .anyMatch(c -> Long.valueOf(admin.id()).equals(c.bureauLiaisonId()));
    }

    private static Set<Long> idsOf(Collection<Participant> participants, SenderType type) {
        return participants.stream().filter(p -> p.type() == type).map(Participant::id).collect(Collectors.toSet());
    }

    /** The members whose sockets hear about the conversation's changes (the bureau has none). */
    List<Long> memberRecipients(Conversation conversation) {
        return switch (conversation.getType()) {
            case GROUP -> cobuildings.activeMemberIds(conversation.getCobuildingId());
            case DIRECT, ASSISTANT -> participants.listByConversation(conversation.getId()).stream()
                    .map(ConversationParticipant::participant).filter(p -> p.type() == SenderType.MEMBER)
                    .map(Participant::id).toList();
        };
    }

    private boolean isParticipant(Conversation conversation, Participant who) {
        return participants.listByConversation(conversation.getId()).stream().anyMatch(p -> p.participant().equals(who));
    }
}
