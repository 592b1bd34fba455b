package cn.xianfeng.chat;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ConversationParticipantMapper extends BaseMapper<ConversationParticipant> {

    default List<ConversationParticipant> listByConversation(long conversationId) {
        return selectList(Wrappers.<ConversationParticipant>lambdaQuery()
                .eq(ConversationParticipant::getConversationId, conversationId));
    }

    /** The participants of several conversations at once. */
    default List<ConversationParticipant> listByConversations(Collection<Long> conversationIds) {
        return conversationIds.isEmpty() ? List.of() : selectList(Wrappers.<ConversationParticipant>lambdaQuery()
                .in(ConversationParticipant::getConversationId, conversationIds));
    }

}
