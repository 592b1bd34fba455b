package cn.xianfeng.briefing;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface BriefingReadMapper extends BaseMapper<BriefingReadReceipt> {

    /** The first read only: the unique key ignores every later one (and a burst of retries). */
    @Insert("INSERT IGNORE INTO briefing_read (briefing_id, user_id, first_read_at) VALUES (#{briefingId}, #{userId},"
            + " #{at})")
    int insertIgnore(long briefingId, long userId, Instant at);

    /** Which of these briefings the member has read. */
    default Set<Long> readAmong(long userId, Collection<Long> briefingIds) {
        return briefingIds.isEmpty() ? Set.of() : selectList(Wrappers.<BriefingReadReceipt>lambdaQuery()
                .select(BriefingReadReceipt::getBriefingId).eq(BriefingReadReceipt::getUserId, userId)
                .in(BriefingReadReceipt::getBriefingId, briefingIds)).stream().map(BriefingReadReceipt::getBriefingId)
                .collect(Collectors.toSet());
    }

    default List<BriefingReadReceipt> listByBriefing(long briefingId) {
        return selectList(Wrappers.<BriefingReadReceipt>lambdaQuery().eq(BriefingReadReceipt::getBriefingId, briefingId));
    }
}
