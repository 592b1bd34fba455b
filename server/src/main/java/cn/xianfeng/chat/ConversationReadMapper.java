package cn.xianfeng.chat;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ConversationReadMapper extends BaseMapper<ConversationRead> {

    default List<ConversationRead> listByReader(SenderType readerType, long readerId, Collection<Long> conversationIds) {
        return conversationIds.isEmpty() ? List.of() : selectList(Wrappers.<ConversationRead>lambdaQuery()
                .eq(ConversationRead::getReaderType, readerType).eq(ConversationRead::getReaderId, readerId)
                .in(ConversationRead::getConversationId, conversationIds));
    }

    /** Moves the read mark forward only: a late, older "read" from another device never moves it back. */
    @Insert("INSERT INTO conversation_read (conversation_id, reader_type, reader_id, last_read_seq) "
            + "VALUES (#{conversationId}, #{readerType}, #{readerId}, #{seq}) "
            + "ON DUPLICATE KEY UPDATE last_read_seq = GREATEST(last_read_seq, VALUES(last_read_seq))")
    void markRead(long conversationId, SenderType readerType, long readerId, long seq);
}
