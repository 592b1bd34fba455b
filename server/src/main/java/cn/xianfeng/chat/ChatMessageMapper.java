package cn.xianfeng.chat;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface ChatMessageMapper extends BaseMapper<ChatMessage> {

    /**
     * Sync: the messages after a seq, ascending. The index is forced: with ORDER BY … LIMIT, MariaDB picks a "ref"
     * scan over the conversation's first key part and filters seq row by row, which on a conversation of a million
     * messages costs tens of milliseconds (hundreds for history) instead of under one.
     */
    @Select("SELECT * FROM message FORCE INDEX (uk_message_seq) WHERE conversation_id = #{conversationId} "
            + "AND seq > #{afterSeq} ORDER BY seq ASC LIMIT #{limit}")
    List<ChatMessage> listAfterSeq(long conversationId, long afterSeq, int limit);

    @Select("SELECT * FROM message FORCE INDEX (uk_message_seq) WHERE conversation_id = #{conversationId} "
            + "AND seq < #{beforeSeq} ORDER BY seq DESC LIMIT #{limit}")
    List<ChatMessage> listNewestBeforeSeq(long conversationId, long beforeSeq, int limit);

    /** History: the {@code limit} messages before a seq, returned ascending. */
    default List<ChatMessage> listBeforeSeq(long conversationId, long beforeSeq, int limit) {
        List<ChatMessage> ascending = new ArrayList<>(listNewestBeforeSeq(conversationId, beforeSeq, limit));
        Collections.reverse(ascending);
        return ascending;
    }

    /** The last message of each of these conversations (the one at its max_seq), in one statement. */
    @Select("<script>SELECT m.* FROM conversation c JOIN message m ON m.conversation_id = c.id AND m.seq = c.max_seq "
            + "WHERE c.id IN <foreach collection='conversationIds' item='id' open='(' separator=',' close=')'>#{id}"
            + "</foreach></script>")
    List<ChatMessage> listLastByConversations(Collection<Long> conversationIds);

    default ChatMessage lockById(long id) {
        return selectOne(Wrappers.<ChatMessage>lambdaQuery().eq(ChatMessage::getId, id).last("FOR UPDATE"));
    }

    default ChatMessage findBySeq(long conversationId, long seq) {
        return selectOne(Wrappers.<ChatMessage>lambdaQuery()
                .eq(ChatMessage::getConversationId, conversationId).eq(ChatMessage::getSeq, seq));
    }

    /** Texts waiting for WeChat's content check whose pause since the last attempt is over, oldest first. */
    default List<ChatMessage> listDueChecks(Instant now, int limit) {
        return selectList(Wrappers.<ChatMessage>lambdaQuery().eq(ChatMessage::getContentCheck, ContentCheck.PENDING)
                .and(due -> due.isNull(ChatMessage::getCheckDueAt).or().le(ChatMessage::getCheckDueAt, now))
                .orderByAsc(ChatMessage::getId).last("LIMIT " + limit));
    }

    /**
     * Turns a message into a tombstone, touching nothing else: a whole-row write of a message read earlier would put
     * back a content check settled meanwhile. 0 when it was already recalled.
     */
    @Update("UPDATE message SET recalled = TRUE, recalled_by = #{by} WHERE id = #{id} AND recalled = FALSE")
    int recall(long id, RecalledBy by);

    /**
     * Replaces a card's payload if {@code version} is newer than the one it shows: events that arrive out of order
     * never put an older count back. 0 when it already shows this version or a newer one.
     */
    @Update("UPDATE message SET payload = #{payload}, card_version = #{version} "
            + "WHERE id = #{id} AND type = 'CARD' AND card_version < #{version}")
    int updateCardPayload(long id, String payload, long version);

    /** The image messages that show this upload (usually one; a member may send the same upload twice). */
    default List<ChatMessage> listImagesByMedia(long mediaId) {
        return selectList(Wrappers.<ChatMessage>lambdaQuery().select(ChatMessage::getId, ChatMessage::getConversationId)
                .eq(ChatMessage::getMediaId, mediaId).eq(ChatMessage::getType, MessageType.IMAGE));
    }

    /** Blocks an image message whose upload WeChat judged risky; 0 when it was blocked already. */
    @Update("UPDATE message SET content_check = 'BLOCKED' WHERE id = #{id} AND type = 'IMAGE' "
            + "AND content_check <> 'BLOCKED'")
    int blockImage(long id);

    /** Settles a pending check; 0 when another instance settled it first. */
    @Update("UPDATE message SET content_check = #{check} WHERE id = #{id} AND content_check = 'PENDING'")
    int settleCheck(long id, ContentCheck check);

    /**
     * Counts a failed attempt and sets when the next may run; 0 when the message was settled meanwhile or another
     * instance counted this attempt already.
     */
    @Update("UPDATE message SET check_attempts = check_attempts + 1, check_due_at = #{dueAt} "
            + "WHERE id = #{id} AND content_check = 'PENDING' AND check_attempts = #{attemptsBefore}")
    int postponeCheck(long id, int attemptsBefore, Instant dueAt);

    /** Like {@link #findByClientId}, as a locking read: it sees a row another transaction has just committed. */
    default ChatMessage lockByClientId(long conversationId, SenderType senderType, long senderId, String clientMsgId) {
        return selectOne(Wrappers.<ChatMessage>lambdaQuery().eq(ChatMessage::getConversationId, conversationId)
                .eq(ChatMessage::getSenderType, senderType).eq(ChatMessage::getSenderId, senderId)
                .eq(ChatMessage::getClientMsgId, clientMsgId).last("FOR UPDATE"));
    }

    /** The sender's message under this clientMsgId in this conversation (the unique key's columns). */
    default ChatMessage findByClientId(long conversationId, SenderType senderType, long senderId, String clientMsgId) {
        return selectOne(Wrappers.<ChatMessage>lambdaQuery().eq(ChatMessage::getConversationId, conversationId)
                .eq(ChatMessage::getSenderType, senderType).eq(ChatMessage::getSenderId, senderId)
                .eq(ChatMessage::getClientMsgId, clientMsgId));
    }
}
