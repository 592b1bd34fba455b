package cn.xianfeng.chat;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Update;

@Mapper
interface ConversationMapper extends BaseMapper<Conversation> {

    default Conversation findGroupOf(long cobuildingId) {
        return selectOne(Wrappers.<Conversation>lambdaQuery().eq(Conversation::getCobuildingId, cobuildingId));
    }

    default Conversation findDirect(String directKey) {
        return selectOne(Wrappers.<Conversation>lambdaQuery().eq(Conversation::getDirectKey, directKey));
    }

    /**
     * Takes the next seq. The update locks the conversation row until the sender's transaction ends, so concurrent
     * senders queue here and every seq is used exactly once; a rolled-back send gives its seq back.
     */
    @Update("UPDATE conversation SET max_seq = max_seq + 1, last_message_at = CURRENT_TIMESTAMP(3) WHERE id = #{id}")
    int bumpSeq(long id);

    default long currentSeq(long id) {
        return selectById(id).getMaxSeq();
    }
}
