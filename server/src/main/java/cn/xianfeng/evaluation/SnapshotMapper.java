package cn.xianfeng.evaluation;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * The frozen snapshots. Deliberately not a {@code BaseMapper}: it inserts and reads, and there is no statement that
 * could change a snapshot once written.
 */
@Mapper
interface SnapshotMapper {

    String COLUMNS = "id, round_id, cobuilding_id, name, status, lead_unit_type, bureau_liaison_id, metrics";

    @Insert("<script>INSERT INTO evaluation_snapshot (round_id, cobuilding_id, name, status, lead_unit_type,"
            + " bureau_liaison_id, metrics) VALUES <foreach collection='rows' item='s' separator=','>"
            + "(#{s.roundId}, #{s.cobuildingId}, #{s.name}, #{s.status}, #{s.leadUnitType}, #{s.bureauLiaisonId},"
            + " #{s.metrics})</foreach></script>")
    int insertAll(@Param("rows") List<EvaluationSnapshot> rows);

    @Select("SELECT " + COLUMNS + " FROM evaluation_snapshot WHERE round_id = #{roundId} ORDER BY cobuilding_id")
    List<EvaluationSnapshot> listByRound(long roundId);

    /** The key columns only: progress does not need the measures. */
    @Select("SELECT id, round_id, cobuilding_id, name, status, lead_unit_type, bureau_liaison_id"
            + " FROM evaluation_snapshot WHERE round_id = #{roundId} ORDER BY cobuilding_id")
    List<EvaluationSnapshot> listKeysByRound(long roundId);

    @Select("SELECT " + COLUMNS + " FROM evaluation_snapshot WHERE round_id = #{roundId}"
            + " AND cobuilding_id = #{cobuildingId}")
    EvaluationSnapshot findByRoundAndCobuilding(@Param("roundId") long roundId,
                                                @Param("cobuildingId") long cobuildingId);
}
