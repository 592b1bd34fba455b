package cn.xianfeng.chat;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface ConversationMapper extends BaseMapper<Conversation> {

    default Conversation findGroupByCobuilding(long cobuildingId) {
        return selectOne(Wrappers.<Conversation>lambdaQuery().eq(Conversation::getCobuildingId, cobuildingId));
    }

    /** The co-buildings among these that already have their group conversation. */
    default List<Long> listCobuildingIdsWithGroup(Collection<Long> cobuildingIds) {
        return cobuildingIds.isEmpty() ? List.of() : selectList(Wrappers.<Conversation>lambdaQuery()
                .select(Conversation::getCobuildingId).in(Conversation::getCobuildingId, cobuildingIds))
                .stream().map(Conversation::getCobuildingId).toList();
    }

    /**
     * Someone's conversations, latest activity first: the groups of these co-buildings and the direct conversations
     * they take part in. One page, counted by the pagination interceptor. The two kinds are found through their own
     * indexes and united, not with an OR, which would scan every conversation.
     */
    @Select("<script>SELECT c.* FROM conversation c JOIN ("
            + "SELECT conversation_id AS id FROM conversation_participant "
            + "WHERE participant_type = #{readerType} AND participant_id = #{readerId}"
            + "<if test='cobuildingIds.size() > 0'> UNION SELECT id FROM conversation WHERE cobuilding_id IN "
            + "<foreach collection='cobuildingIds' item='id' open='(' separator=',' close=')'>#{id}</foreach></if>"
            + ") mine ON mine.id = c.id ORDER BY COALESCE(c.last_message_at, c.created_at) DESC, c.id DESC</script>")
    Page<Conversation> pageByReader(Page<Conversation> page, Collection<Long> cobuildingIds, SenderType readerType,
                              long readerId);

    default Conversation findByDirectKey(String directKey) {
        return selectOne(Wrappers.<Conversation>lambdaQuery().eq(Conversation::getDirectKey, directKey));
    }

    /**
     * Takes the next seq. The update locks the conversation row until the sender's transaction ends, so concurrent
     * senders queue here and every seq is used exactly once; a rolled-back send gives its seq back.
     */
    @Update("UPDATE conversation SET max_seq = max_seq + 1, last_message_at = CURRENT_TIMESTAMP(3) WHERE id = #{id}")
    int bumpSeq(long id);

    /** Locks the conversation row until the transaction ends: appends to it queue behind the holder. */
    default Conversation lockById(long id) {
        return selectOne(Wrappers.<Conversation>lambdaQuery().eq(Conversation::getId, id).last("FOR UPDATE"));
    }

    default long findMaxSeq(long id) {
        return selectById(id).getMaxSeq();
    }
}
