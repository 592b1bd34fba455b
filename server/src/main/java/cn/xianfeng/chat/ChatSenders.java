package cn.xianfeng.chat;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.auth.MemberDirectory;
import cn.xianfeng.auth.MemberInfo;
import cn.xianfeng.chat.MessageView.Sender;
import cn.xianfeng.media.MediaLinks;
import cn.xianfeng.shared.web.ApiTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns message rows into views as one reader sees them, with the senders' names looked up once per page, and the
 * page's images (IMAGE messages, cards naming {@code mediaIds}) signed in one more query, made only when the page
 * shows an image. A recalled or blocked message keeps its place but loses its content; a pending one shows its text
 * to its sender and to the bureau only, until WeChat's check passes it.
 */
@Component
class ChatSenders {

    private static final String BUREAU = "市科技局";

    /** The payload key naming a card's uploads, and the one chat adds with their links when the card is read. */
    static final String MEDIA_IDS = "mediaIds";
    static final String IMAGES = "images";

    private final MemberDirectory members;
    private final AdminAccess admins;
    private final ChatImages images;
    private final JsonMapper json;

    ChatSenders(MemberDirectory members, AdminAccess admins, ChatImages images, JsonMapper json) {
        this.members = members;
        this.admins = admins;
        this.images = images;
        this.json = json;
    }

    List<MessageView> views(List<ChatMessage> messages, Participant reader) {
        Map<Long, MemberInfo> people = members.findAll(senderIds(messages, SenderType.MEMBER));
        Map<Long, String> bureau = bureauNames(messages);
        // Payloads the reader may see, parsed once; their uploads and the page's images signed together.
        Map<ChatMessage, JsonNode> payloads = new IdentityHashMap<>();
        Set<Long> mediaIds = new LinkedHashSet<>();
        for (ChatMessage m : messages) {
            if (!visible(m, reader)) {
                continue;
            }
            if (m.getType() == MessageType.IMAGE && m.getMediaId() != null) {
                mediaIds.add(m.getMediaId());
            }
            if (m.getPayload() != null) {
                JsonNode payload = json.readTree(m.getPayload());
                payloads.put(m, payload);
                mediaIds.addAll(cardMediaIds(payload));
            }
        }
        Map<Long, MediaLinks> links = images.linksOf(mediaIds);
        return messages.stream().map(m -> view(m, sender(m, people, bureau), reader, payloads.get(m), links))
                .toList();
    }

    /** The uploads a card's payload names (ids as strings, as every id in JSON; numbers are taken too). */
    private static List<Long> cardMediaIds(JsonNode payload) {
        JsonNode ids = payload.path(MEDIA_IDS);
        if (!ids.isArray()) {
            return List.of();
        }
        List<Long> found = new ArrayList<>();
        for (JsonNode id : ids) {
            String text = id.asString("");
            if (text.matches("[1-9][0-9]{0,17}")) {
                found.add(Long.parseLong(text));
            }
        }
        return found;
    }

    /**
     * The payload with the links of its uploads under {@link #IMAGES}, in the order named; hidden or missing uploads
     * are left out. The stored payload keeps only the ids: links expire.
     */
    private JsonNode withImages(JsonNode payload, Map<Long, MediaLinks> links) {
        if (!(payload instanceof ObjectNode card) || !payload.path(MEDIA_IDS).isArray()) {
            return payload;
        }
        ArrayNode shown = card.putArray(IMAGES);
        cardMediaIds(payload).stream().map(links::get).filter(Objects::nonNull)
                .forEach(link -> shown.add(json.valueToTree(link)));
        return card;
    }

    /** The bureau's names on the page, in one query. */
    private Map<Long, String> bureauNames(List<ChatMessage> messages) {
        return admins.displayNames(senderIds(messages, SenderType.ADMIN));
    }

    private static List<Long> senderIds(List<ChatMessage> messages, SenderType type) {
        return messages.stream().filter(m -> m.getSenderType() == type).map(ChatMessage::getSenderId).distinct()
                .toList();
    }

    MessageView view(ChatMessage message, Participant reader) {
        return views(List.of(message), reader).get(0);
    }

    /** How participants appear as the other side of direct conversations: two queries, whatever their number. */
    Map<Participant, Sender> asSenders(Collection<Participant> participants) {
        List<ChatMessage> stands = participants.stream().distinct().map(p -> {
            ChatMessage stand = new ChatMessage();
            stand.setSenderType(p.type());
            stand.setSenderId(p.id());
            return stand;
        }).toList();
        Map<Long, MemberInfo> people = members.findAll(senderIds(stands, SenderType.MEMBER));
        Map<Long, String> bureau = bureauNames(stands);
        Map<Participant, Sender> found = new HashMap<>();
        stands.forEach(stand -> found.put(new Participant(stand.getSenderType(), stand.getSenderId()),
                sender(stand, people, bureau)));
        return found;
    }

    /** Whether the reader may see the message's content. */
    static boolean visible(ChatMessage m, Participant reader) {
        if (Boolean.TRUE.equals(m.getRecalled()) || m.getContentCheck() == ContentCheck.BLOCKED) {
            return false;
        }
        return m.getContentCheck() != ContentCheck.PENDING
                || reader.type() == SenderType.ADMIN || reader.wrote(m);
    }

    private Sender sender(ChatMessage message, Map<Long, MemberInfo> people, Map<Long, String> bureau) {
        return switch (message.getSenderType()) {
            case MEMBER -> {
                MemberInfo person = people.get(message.getSenderId());
                yield new Sender(SenderType.MEMBER, String.valueOf(message.getSenderId()),
                        person == null ? "成员" : person.displayName(), person == null ? null : person.avatarUrl());
            }
            case ADMIN -> new Sender(SenderType.ADMIN, String.valueOf(message.getSenderId()),
                    bureau.getOrDefault(message.getSenderId(), BUREAU), null);
            case SYSTEM -> new Sender(SenderType.SYSTEM, null, "系统消息", null);
        };
    }

    private MessageView view(ChatMessage m, Sender sender, Participant reader, JsonNode payload,
                             Map<Long, MediaLinks> links) {
        boolean recalled = Boolean.TRUE.equals(m.getRecalled());
        boolean visible = visible(m, reader);
        MediaLinks image = visible && m.getType() == MessageType.IMAGE && m.getMediaId() != null
                ? links.get(m.getMediaId()) : null;
        return new MessageView(String.valueOf(m.getId()), String.valueOf(m.getConversationId()), m.getSeq(), sender,
                m.getType(), visible ? m.getText() : null, image, m.getCardType(),
                !visible || payload == null ? null : withImages(payload, links),
                m.getType() == MessageType.CARD ? m.getCardVersion() : null, m.getClientMsgId(),
                recalled, recalled ? m.getRecalledBy() : null, m.getContentCheck(), ApiTime.of(m.getCreatedAt()));
    }

    static String preview(ChatMessage m, Participant reader) {
        if (Boolean.TRUE.equals(m.getRecalled())) {
            return m.getRecalledBy() == RecalledBy.BUREAU ? "消息已被管理员撤回" : "消息已撤回";
        }
        if (m.getContentCheck() == ContentCheck.BLOCKED) {
            return "消息未通过内容审核";
        }
        if (!visible(m, reader)) {
            return "消息审核中";
        }
        return switch (m.getType()) {
            case TEXT -> m.getText().length() > 40 ? m.getText().substring(0, 40) + "…" : m.getText();
            case IMAGE -> "[图片]";
            case CARD -> "[" + switch (Objects.requireNonNullElse(m.getCardType(), CardType.SYSTEM)) {
                case ACTIVITY -> "活动";
                case CHECKIN -> "签到";
                case PROGRESS -> "进展";
                case BRIEFING -> "政策解读";
                case ANSWER -> "政策助手";
                case SYSTEM -> "通知";
            } + "]";
        };
    }
}
