package cn.xianfeng.chat;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.auth.MemberDirectory;
import cn.xianfeng.auth.MemberInfo;
import cn.xianfeng.chat.MessageView.Sender;
import cn.xianfeng.shared.web.ApiTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns message rows into views as one reader sees them, with the senders' names looked up once per page. A recalled
 * or blocked message keeps its place but loses its content; a pending one shows its text to its sender and to the
 * bureau only, until WeChat's check passes it.
 */
@Component
class ChatSenders {

    private static final String BUREAU = "市科技局";

    private final MemberDirectory members;
    private final AdminAccess admins;
    private final JsonMapper json;

    ChatSenders(MemberDirectory members, AdminAccess admins, JsonMapper json) {
        this.members = members;
        this.admins = admins;
        this.json = json;
    }

    List<MessageView> views(List<ChatMessage> messages, Participant reader) {
        Map<Long, MemberInfo> people = members.findAll(senderIds(messages, SenderType.MEMBER));
        Map<Long, String> bureau = bureauNames(messages);
        return messages.stream().map(m -> view(m, sender(m, people, bureau), reader)).toList();
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

    private MessageView view(ChatMessage m, Sender sender, Participant reader) {
        boolean recalled = Boolean.TRUE.equals(m.getRecalled());
        boolean visible = visible(m, reader);
        return new MessageView(String.valueOf(m.getId()), String.valueOf(m.getConversationId()), m.getSeq(), sender,
                m.getType(), visible ? m.getText() : null, m.getCardType(),
                !visible || m.getPayload() == null ? null : json.readTree(m.getPayload()),
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
                case SYSTEM -> "通知";
            } + "]";
        };
    }
}
