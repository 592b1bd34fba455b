package cn.xianfeng.chat;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.auth.Members;
import cn.xianfeng.auth.Members.MemberCard;
import cn.xianfeng.chat.MessageView.Sender;
import cn.xianfeng.shared.web.ApiTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Turns message rows into views, with the senders' names looked up once per page. */
@Component
class ChatSenders {

    private final Members members;
    private final AdminAccess admins;
    private final JsonMapper json;

    ChatSenders(Members members, AdminAccess admins, JsonMapper json) {
        this.members = members;
        this.admins = admins;
        this.json = json;
    }

    List<MessageView> views(List<ChatMessage> messages) {
        Map<Long, MemberCard> cards = members.cards(messages.stream()
                .filter(m -> m.getSenderType() == SenderType.MEMBER).map(ChatMessage::getSenderId).distinct().toList());
        return messages.stream().map(m -> view(m, sender(m, cards))).toList();
    }

    MessageView view(ChatMessage message) {
        return views(List.of(message)).get(0);
    }

    private Sender sender(ChatMessage message, Map<Long, MemberCard> cards) {
        return switch (message.getSenderType()) {
            case MEMBER -> {
                MemberCard card = cards.get(message.getSenderId());
                yield new Sender(SenderType.MEMBER, String.valueOf(message.getSenderId()),
                        card == null ? "成员" : card.displayName(), card == null ? null : card.avatarUrl());
            }
            case ADMIN -> new Sender(SenderType.ADMIN, String.valueOf(message.getSenderId()),
                    admins.displayName(message.getSenderId()).orElse("市科技局"), null);
            case SYSTEM -> new Sender(SenderType.SYSTEM, null, "系统消息", null);
        };
    }

    private MessageView view(ChatMessage m, Sender sender) {
        boolean recalled = Boolean.TRUE.equals(m.getRecalled());
        return new MessageView(String.valueOf(m.getId()), String.valueOf(m.getConversationId()), m.getSeq(), sender,
                m.getType(), recalled ? null : m.getText(), m.getCardType(),
                recalled || m.getPayload() == null ? null : json.readTree(m.getPayload()), m.getClientMsgId(),
                recalled, ApiTime.of(m.getCreatedAt()));
    }

    static String preview(ChatMessage m) {
        if (Boolean.TRUE.equals(m.getRecalled())) {
            return "消息已撤回";
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
