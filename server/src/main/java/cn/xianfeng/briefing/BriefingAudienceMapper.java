package cn.xianfeng.briefing;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface BriefingAudienceMapper extends BaseMapper<BriefingAudience> {

    String UNREAD = "SELECT 1 FROM briefing_read r WHERE r.briefing_id = briefing_audience.briefing_id"
            + " AND r.user_id = briefing_audience.user_id";

    /** Many rows in one statement; the unique key keeps a person once however often it runs. */
    @Insert("<script>INSERT IGNORE INTO briefing_audience (briefing_id, user_id, cobuilding_id) VALUES"
            + "<foreach collection='rows' item='r' separator=','>(#{r.briefingId}, #{r.userId}, #{r.cobuildingId})"
            + "</foreach></script>")
    int insertAll(@Param("rows") List<BriefingAudience> rows);

    /** Any number of rows, a statement per 500 (an audience of the whole city is thousands of people). */
    default void insertInChunks(List<BriefingAudience> rows) {
        for (int i = 0; i < rows.size(); i += 500) {
            insertAll(rows.subList(i, Math.min(rows.size(), i + 500)));
        }
    }

    default List<Long> listBriefingIdsOf(long userId, List<Long> briefingIds) {
        return selectList(Wrappers.<BriefingAudience>lambdaQuery().select(BriefingAudience::getBriefingId)
                .eq(BriefingAudience::getUserId, userId).in(BriefingAudience::getBriefingId, briefingIds))
                .stream().map(BriefingAudience::getBriefingId).toList();
    }

    @Select("SELECT COUNT(*) FROM briefing_audience WHERE briefing_id = #{briefingId} AND user_id = #{userId}")
    int countByBriefingAndUser(long briefingId, long userId);

    default List<Long> listUserIds(long briefingId) {
        return selectList(Wrappers.<BriefingAudience>lambdaQuery().select(BriefingAudience::getUserId)
                .eq(BriefingAudience::getBriefingId, briefingId).orderByAsc(BriefingAudience::getId))
                .stream().map(BriefingAudience::getUserId).toList();
    }

    default List<Long> listUnreadUserIds(long briefingId) {
        return selectList(Wrappers.<BriefingAudience>lambdaQuery().select(BriefingAudience::getUserId)
                .eq(BriefingAudience::getBriefingId, briefingId).notExists(UNREAD)
                .orderByAsc(BriefingAudience::getId)).stream().map(BriefingAudience::getUserId).toList();
    }

    default Page<BriefingAudience> pageUnread(long briefingId, Page<BriefingAudience> page) {
        return selectPage(page, Wrappers.<BriefingAudience>lambdaQuery()
                .eq(BriefingAudience::getBriefingId, briefingId).notExists(UNREAD)
                .orderByAsc(BriefingAudience::getId));
    }

    /** Per co-building through which people were reached: targeted, read and intending, in one statement. */
    @Select("SELECT a.cobuilding_id AS cobuildingId, COUNT(*) AS targeted, COUNT(r.id) AS readers,"
            + " COUNT(i.id) AS intending FROM briefing_audience a"
            + " LEFT JOIN briefing_read r ON r.briefing_id = a.briefing_id AND r.user_id = a.user_id"
            + " LEFT JOIN briefing_intent i ON i.briefing_id = a.briefing_id AND i.user_id = a.user_id"
            + " WHERE a.briefing_id = #{briefingId} GROUP BY a.cobuilding_id ORDER BY a.cobuilding_id")
    List<Map<String, Object>> reachByCobuilding(long briefingId);
}
