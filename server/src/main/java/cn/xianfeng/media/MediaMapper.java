package cn.xianfeng.media;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface MediaMapper extends BaseMapper<Media> {

    default List<Media> listByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : selectList(Wrappers.<Media>lambdaQuery().in(Media::getId, ids));
    }

    default Media findByTraceId(String traceId) {
        return selectOne(Wrappers.<Media>lambdaQuery().eq(Media::getCheckTraceId, traceId).last("LIMIT 1"));
    }

    default long countByBlob(long blobId) {
        return selectCount(Wrappers.<Media>lambdaQuery().eq(Media::getBlobId, blobId));
    }

    /** Uploads nothing has used since {@code before}, oldest first. */
    default List<Media> listOrphans(Instant before, int limit) {
        return selectList(Wrappers.<Media>lambdaQuery().eq(Media::getAttached, false)
                .lt(Media::getOrphanSince, before).orderByAsc(Media::getOrphanSince).last("LIMIT " + limit));
    }

    @Select("SELECT * FROM media WHERE id = #{id} FOR UPDATE")
    Media lockById(@Param("id") long id);

    @Update("UPDATE media SET attached = 1, orphan_since = NULL WHERE id = #{id}")
    int updateAttached(@Param("id") long id);

    /** Detached only when no record uses it any more; the 24 h start again from now. */
    @Update("UPDATE media SET attached = 0, orphan_since = #{now} WHERE id = #{id}"
            + " AND NOT EXISTS (SELECT 1 FROM media_use u WHERE u.media_id = #{id})")
    int updateDetachedIfUnused(@Param("id") long id, @Param("now") Instant now);

    @Update("UPDATE media SET check_trace_id = #{traceId}, check_attempts = check_attempts + 1, next_check_at = NULL"
            + " WHERE id = #{id}")
    int updateSubmitted(@Param("id") long id, @Param("traceId") String traceId);

    @Update("UPDATE media SET check_attempts = check_attempts + 1, next_check_at = #{next} WHERE id = #{id}")
    int updatePostponed(@Param("id") long id, @Param("next") Instant next);

    /** A verdict settles a pending check once; a second push of the same verdict changes nothing. */
    @Update("UPDATE media SET check_status = #{status}, hidden = #{hidden}, next_check_at = NULL"
            + " WHERE id = #{id} AND check_status = 'PENDING'")
    int updateVerdict(@Param("id") long id, @Param("status") MediaCheckStatus status,
                      @Param("hidden") boolean hidden);

    @Update("UPDATE media SET check_status = 'NOT_CHECKED', next_check_at = NULL WHERE id = #{id}"
            + " AND check_status = 'PENDING'")
    int updateNotChecked(@Param("id") long id);

    /** Claims a due submission for this instance for {@code until}; 0 when another instance has it or it is done. */
    @Update("UPDATE media SET next_check_at = #{until} WHERE id = #{id} AND check_status = 'PENDING'"
            + " AND check_trace_id IS NULL AND next_check_at <= #{now}")
    int claimCheck(@Param("id") long id, @Param("now") Instant now, @Param("until") Instant until);

    default List<Long> listDueChecks(Instant now, int limit) {
        return selectList(Wrappers.<Media>lambdaQuery().select(Media::getId)
                .eq(Media::getCheckStatus, MediaCheckStatus.PENDING).isNull(Media::getCheckTraceId)
                .le(Media::getNextCheckAt, now).orderByAsc(Media::getNextCheckAt).last("LIMIT " + limit))
                .stream().map(Media::getId).toList();
    }

    default List<Media> listByBlob(long blobId) {
        return selectList(Wrappers.<Media>lambdaQuery().eq(Media::getBlobId, blobId));
    }

    /** WeChat could not download the image (-1008): submitted again later under a new trace id. */
    @Update("UPDATE media SET check_trace_id = NULL, next_check_at = #{next} WHERE id = #{id}"
            + " AND check_status = 'PENDING'")
    int updateResubmit(@Param("id") long id, @Param("next") Instant next);

    @Update("UPDATE media SET hidden = 1 WHERE id = #{id} AND hidden = 0")
    int updateHidden(@Param("id") long id);
}
