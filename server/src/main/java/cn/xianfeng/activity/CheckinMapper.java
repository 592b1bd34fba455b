package cn.xianfeng.activity;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Select;

@Mapper
interface CheckinMapper extends BaseMapper<Checkin> {

    /**
     * A new check-in, every column written: the statement is fixed, where BaseMapper's insert builds its column list
     * from the entity's non-null fields on every call (an OGNL test per field), a cost the check-in burst pays 2,000
     * times a minute.
     */
    @Insert("INSERT INTO checkin (activity_id, user_id, client_id, method, checked_in_at, latitude, longitude, accuracy,"
            + " distance_meters, flags, photo_media_ids, on_behalf_by_type, on_behalf_by_id, on_behalf_reason)"
            + " VALUES (#{activityId}, #{userId}, #{clientId}, #{method}, #{checkedInAt}, #{latitude}, #{longitude},"
            + " #{accuracy}, #{distanceMeters}, #{flags}, #{photoMediaIds}, #{onBehalfByType}, #{onBehalfById},"
            + " #{onBehalfReason})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insertNew(Checkin checkin);

    default Checkin findByActivityAndUser(long activityId, long userId) {
        return selectOne(Wrappers.<Checkin>lambdaQuery().eq(Checkin::getActivityId, activityId)
                .eq(Checkin::getUserId, userId));
    }

    default Checkin findByActivityAndId(long activityId, long id) {
        return selectOne(Wrappers.<Checkin>lambdaQuery().eq(Checkin::getActivityId, activityId).eq(Checkin::getId, id));
    }

    default List<Checkin> listByActivity(long activityId) {
        return selectList(Wrappers.<Checkin>lambdaQuery().eq(Checkin::getActivityId, activityId)
                .orderByAsc(Checkin::getId));
    }

    /** Counted on the (activity, user) unique key: no counter row for 50 writers to queue on. */
    @Select("SELECT COUNT(*) FROM checkin WHERE activity_id = #{activityId}")
    int countByActivity(long activityId);

    @Select("<script>SELECT activity_id AS activityId, COUNT(*) AS n FROM checkin WHERE activity_id IN "
            + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach> "
            + "GROUP BY activity_id</script>")
    List<Map<String, Object>> countRowsByActivities(Collection<Long> ids);

    default Map<Long, Integer> countByActivities(Collection<Long> activityIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!activityIds.isEmpty()) {
            countRowsByActivities(activityIds).forEach(row -> counts.put(((Number) row.get("activityId")).longValue(),
                    ((Number) row.get("n")).intValue()));
        }
        return counts;
    }

    /** Of these activities, the ones the person has checked in at. */
    default Set<Long> listActivityIdsCheckedInBy(long userId, Collection<Long> activityIds) {
        return activityIds.isEmpty() ? Set.of() : new HashSet<>(selectList(Wrappers.<Checkin>lambdaQuery()
                .select(Checkin::getActivityId).eq(Checkin::getUserId, userId).in(Checkin::getActivityId, activityIds))
                .stream().map(Checkin::getActivityId).toList());
    }

    default void review(long id, ReviewDecision decision, String note, ActorType byType, long byId, Instant at) {
        update(Wrappers.<Checkin>lambdaUpdate().set(Checkin::getReviewDecision, decision)
                .set(Checkin::getReviewNote, note).set(Checkin::getReviewedByType, byType)
                .set(Checkin::getReviewedById, byId).set(Checkin::getReviewedAt, at).eq(Checkin::getId, id));
    }
}
