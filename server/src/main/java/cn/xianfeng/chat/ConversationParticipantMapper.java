package cn.xianfeng.chat;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ConversationParticipantMapper extends BaseMapper<ConversationParticipant> {

    default List<ConversationParticipant> of(long conversationId) {
        return selectList(Wrappers.<ConversationParticipant>lambdaQuery()
                .eq(ConversationParticipant::getConversationId, conversationId));
    }

    /** The direct conversations someone is in. */
    default List<Long> conversationIdsOf(Participant participant) {
        return selectList(Wrappers.<ConversationParticipant>lambdaQuery()
                .eq(ConversationParticipant::getParticipantType, participant.type())
                .eq(ConversationParticipant::getParticipantId, participant.id()))
                .stream().map(ConversationParticipant::getConversationId).toList();
    }
}
