package cn.xianfeng.chat;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Update;

@Mapper
interface ChatMessageMapper extends BaseMapper<ChatMessage> {

    /** Sync: the messages after a seq, ascending; served by the (conversation_id, seq) key. */
    default List<ChatMessage> after(long conversationId, long afterSeq, int limit) {
        return selectList(Wrappers.<ChatMessage>lambdaQuery()
                .eq(ChatMessage::getConversationId, conversationId).gt(ChatMessage::getSeq, afterSeq)
                .orderByAsc(ChatMessage::getSeq).last("LIMIT " + limit));
    }

    /** History: the {@code limit} messages before a seq, returned ascending. */
    default List<ChatMessage> before(long conversationId, long beforeSeq, int limit) {
        List<ChatMessage> newestFirst = selectList(Wrappers.<ChatMessage>lambdaQuery()
                .eq(ChatMessage::getConversationId, conversationId).lt(ChatMessage::getSeq, beforeSeq)
                .orderByDesc(ChatMessage::getSeq).last("LIMIT " + limit));
        List<ChatMessage> ascending = new ArrayList<>(newestFirst);
        Collections.reverse(ascending);
        return ascending;
    }

    default ChatMessage findBySeq(long conversationId, long seq) {
        return selectOne(Wrappers.<ChatMessage>lambdaQuery()
                .eq(ChatMessage::getConversationId, conversationId).eq(ChatMessage::getSeq, seq));
    }

    /** Texts waiting for WeChat's content check, oldest first. */
    default List<ChatMessage> pendingChecks(int limit) {
        return selectList(Wrappers.<ChatMessage>lambdaQuery().eq(ChatMessage::getContentCheck, ContentCheck.PENDING)
                .orderByAsc(ChatMessage::getId).last("LIMIT " + limit));
    }

    /** Settles a pending check; 0 when another instance settled it first. */
    @Update("UPDATE message SET content_check = #{check} WHERE id = #{id} AND content_check = 'PENDING'")
    int settleCheck(long id, ContentCheck check);

    default ChatMessage findByClientId(SenderType senderType, long senderId, String clientMsgId) {
        return selectOne(Wrappers.<ChatMessage>lambdaQuery()
                .eq(ChatMessage::getSenderType, senderType).eq(ChatMessage::getSenderId, senderId)
                .eq(ChatMessage::getClientMsgId, clientMsgId));
    }
}
