package cn.xianfeng.push;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface PushDeliveryMapper extends BaseMapper<PushDelivery> {

    /** A new PENDING delivery, or nothing when the dedupe key (scene, ref_id, user_id) has one: 1 or 0. */
    @Insert("INSERT INTO push_delivery (scene, ref_id, user_id, template_id, page, data, status, next_attempt_at)"
            + " VALUES (#{scene}, #{refId}, #{userId}, #{templateId}, #{page}, #{data}, 'PENDING', #{at})"
            + " ON DUPLICATE KEY UPDATE id = id")
    int insertIfAbsent(PushScene scene, String refId, long userId, String templateId, String page, String data,
                       Instant at);

    /**
     * Due rows, locked, skipping those another worker holds: PENDING and unclaimed with their time come, or claimed
     * longer ago than {@code staleBefore} (the worker that claimed them died before recording an outcome).
     */
    @Select("SELECT * FROM push_delivery WHERE status = 'PENDING' AND ((claim_token IS NULL AND next_attempt_at <= #{now})"
            + " OR (claim_token IS NOT NULL AND claimed_at < #{staleBefore})) ORDER BY next_attempt_at, id"
            + " LIMIT #{limit} FOR UPDATE SKIP LOCKED")
    List<PushDelivery> lockDue(Instant now, Instant staleBefore, int limit);

    @Update("UPDATE push_delivery SET claim_token = #{token}, claimed_at = #{at}, claims = claims + 1 WHERE id = #{id}")
    int claim(long id, String token, Instant at);

    /** A final outcome, recorded only by the holder of the claim. */
    @Update("UPDATE push_delivery SET status = #{status}, last_errcode = #{errcode}, sent_at = #{sentAt},"
            + " attempts = attempts + 1, claim_token = NULL WHERE id = #{id} AND claim_token = #{token}")
    int finish(long id, String token, DeliveryStatus status, Integer errcode, Instant sentAt);

    /** Back to waiting after a "not now" from WeChat, until {@code next}; a fresh claim count for the next attempt. */
    @Update("UPDATE push_delivery SET attempts = attempts + 1, last_errcode = #{errcode}, next_attempt_at = #{next},"
            + " claim_token = NULL, claimed_at = NULL, claims = 0 WHERE id = #{id} AND claim_token = #{token}")
    int postpone(long id, String token, Integer errcode, Instant next);

    /** A stale claim that was already taken over once: it is not sent a third time. */
    @Update("UPDATE push_delivery SET status = 'FAILED', claim_token = NULL WHERE id = #{id}")
    int abandon(long id);

    /** FAILED or NO_QUOTA back to PENDING, due now, with fresh attempts: 0 when it is in another state. */
    @Update("UPDATE push_delivery SET status = 'PENDING', attempts = 0, claims = 0, claim_token = NULL,"
            + " claimed_at = NULL, next_attempt_at = #{at} WHERE id = #{id} AND status IN ('FAILED', 'NO_QUOTA')")
    int retry(long id, Instant at);

    default boolean existsByRef(PushScene scene, String refId) {
        return exists(Wrappers.<PushDelivery>lambdaQuery().eq(PushDelivery::getScene, scene)
                .eq(PushDelivery::getRefId, refId));
    }

    default Page<PushDelivery> pageByFilter(PushScene scene, DeliveryStatus status, Instant from, Instant to,
                                            Page<PushDelivery> page) {
        LambdaQueryWrapper<PushDelivery> query = Wrappers.<PushDelivery>lambdaQuery()
                .eq(scene != null, PushDelivery::getScene, scene)
                .eq(status != null, PushDelivery::getStatus, status)
                .ge(from != null, PushDelivery::getCreatedAt, from)
                .lt(to != null, PushDelivery::getCreatedAt, to)
                .orderByDesc(PushDelivery::getId);
        return selectPage(page, query);
    }

    @Select("<script>SELECT scene, status, COUNT(*) AS n FROM push_delivery WHERE 1 = 1"
            + "<if test='from != null'> AND created_at &gt;= #{from}</if><if test='to != null'> AND created_at &lt; #{to}</if>"
            + " GROUP BY scene, status</script>")
    List<Map<String, Object>> countBySceneAndStatus(Instant from, Instant to);

    /** {@code ref} and its sub-references ({@code ref:…}); {@code subLike}: {@code ref + ":%"}, escaped for LIKE. */
    @Select("SELECT status, COUNT(*) AS n FROM push_delivery WHERE scene = #{scene}"
            + " AND (ref_id = #{ref} OR ref_id LIKE #{subLike}) GROUP BY status")
    List<Map<String, Object>> countByRef(PushScene scene, String ref, String subLike);

    default List<Long> listSentTo(PushScene scene, String ref, String subLike, Collection<Long> userIds) {
        return selectList(Wrappers.<PushDelivery>lambdaQuery().select(PushDelivery::getUserId)
                .eq(PushDelivery::getScene, scene)
                .and(q -> q.eq(PushDelivery::getRefId, ref).or().apply("ref_id LIKE {0}", subLike))
                .eq(PushDelivery::getStatus, DeliveryStatus.SENT).in(PushDelivery::getUserId, userIds))
                .stream().map(PushDelivery::getUserId).distinct().toList();
    }
}
