package cn.xianfeng.briefing;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface BriefingIntentMapper extends BaseMapper<BriefingIntent> {

    @Insert("INSERT IGNORE INTO briefing_intent (briefing_id, user_id) VALUES (#{briefingId}, #{userId})")
    int insertIgnore(long briefingId, long userId);

    default void deleteByBriefingAndUser(long briefingId, long userId) {
        delete(Wrappers.<BriefingIntent>lambdaQuery().eq(BriefingIntent::getBriefingId, briefingId)
                .eq(BriefingIntent::getUserId, userId));
    }

    /** Which of these briefings the member intends to apply for. */
    default Set<Long> intendedAmong(long userId, Collection<Long> briefingIds) {
        return briefingIds.isEmpty() ? Set.of() : selectList(Wrappers.<BriefingIntent>lambdaQuery()
                .select(BriefingIntent::getBriefingId).eq(BriefingIntent::getUserId, userId)
                .in(BriefingIntent::getBriefingId, briefingIds)).stream().map(BriefingIntent::getBriefingId)
                .collect(Collectors.toSet());
    }
}
