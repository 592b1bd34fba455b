package cn.xianfeng.evaluation;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface VerdictMapper extends BaseMapper<EvaluationVerdict> {

    /** Sets or replaces the verdict; every column is written, so a RECTIFY's deadline goes when the verdict changes. */
    @Insert("INSERT INTO evaluation_verdict (round_id, cobuilding_id, verdict, deadline, note, set_by, set_at)"
            + " VALUES (#{roundId}, #{cobuildingId}, #{verdict}, #{deadline}, #{note}, #{setBy}, #{setAt})"
            + " ON DUPLICATE KEY UPDATE verdict = #{verdict}, deadline = #{deadline}, note = #{note},"
            + " set_by = #{setBy}, set_at = #{setAt}")
    void upsert(@Param("roundId") long roundId, @Param("cobuildingId") long cobuildingId,
                @Param("verdict") Verdict verdict, @Param("deadline") LocalDate deadline, @Param("note") String note,
                @Param("setBy") long setBy, @Param("setAt") Instant setAt);

    default EvaluationVerdict findByRoundAndCobuilding(long roundId, long cobuildingId) {
        return selectOne(Wrappers.<EvaluationVerdict>lambdaQuery().eq(EvaluationVerdict::getRoundId, roundId)
                .eq(EvaluationVerdict::getCobuildingId, cobuildingId));
    }

    default List<EvaluationVerdict> listByRound(long roundId) {
        return selectList(Wrappers.<EvaluationVerdict>lambdaQuery().eq(EvaluationVerdict::getRoundId, roundId)
                .orderByAsc(EvaluationVerdict::getCobuildingId));
    }

    default long countByRound(long roundId) {
        return selectCount(Wrappers.<EvaluationVerdict>lambdaQuery().eq(EvaluationVerdict::getRoundId, roundId));
    }

    @Select("<script>SELECT round_id AS roundId, COUNT(*) AS verdicts FROM evaluation_verdict WHERE round_id IN"
            + "<foreach collection='roundIds' item='id' open='(' separator=',' close=')'>#{id}</foreach>"
            + " GROUP BY round_id</script>")
    List<Map<String, Object>> countRows(@Param("roundIds") Collection<Long> roundIds);

    /** Verdicts set per round, in one statement; rounds with none are left out. */
    default Map<Long, Long> countByRounds(Collection<Long> roundIds) {
        if (roundIds.isEmpty()) {
            return Map.of();
        }
        return countRows(roundIds).stream().collect(Collectors.toMap(r -> ((Number) r.get("roundId")).longValue(),
                r -> ((Number) r.get("verdicts")).longValue()));
    }
}
