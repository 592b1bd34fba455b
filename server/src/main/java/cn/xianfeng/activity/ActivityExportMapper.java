package cn.xianfeng.activity;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultType;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.mapping.ResultSetType;
import org.apache.ibatis.session.ResultHandler;

/** The statements of the spreadsheet exports, which read far more rows than any page. */
@Mapper
interface ActivityExportMapper {

    /**
     * Every check-in at the activities starting in [from, to) (of these co-buildings, when given), activity after
     * activity in start order, handed to {@code rows} one by one while the database sends them: Connector/J streams a
     * forward-only result whose fetch size is Integer.MIN_VALUE instead of reading it all first. STRAIGHT_JOIN keeps
     * the activities' start index as the driving order, so no sort has to finish before the first row.
     */
    @Select("<script>SELECT STRAIGHT_JOIN c.id, c.activity_id, a.title AS activity_title,"
            + " a.start_at AS activity_start_at, c.user_id, c.method, c.checked_in_at, c.flags, c.on_behalf_by_type,"
            + " c.on_behalf_by_id, c.on_behalf_reason, c.review_decision"
            + " FROM activity a JOIN checkin c ON c.activity_id = a.id"
            + " WHERE a.start_at &gt;= #{from} AND a.start_at &lt; #{to}"
            + "<if test='cobuildingIds != null'> AND a.id IN (SELECT activity_id FROM activity_cobuilding"
            + " WHERE start_at &gt;= #{from} AND start_at &lt; #{to} AND cobuilding_id IN "
            + "<foreach collection='cobuildingIds' item='id' open='(' separator=',' close=')'>#{id}</foreach>)</if>"
            + " ORDER BY a.start_at, a.id</script>")
    @Options(fetchSize = Integer.MIN_VALUE, resultSetType = ResultSetType.FORWARD_ONLY)
    @ResultType(CheckinExportRow.class)
    void streamCheckins(@Param("from") Instant from, @Param("to") Instant to,
                        @Param("cobuildingIds") Collection<Long> cobuildingIds, ResultHandler<CheckinExportRow> rows);

    /**
     * The next activities starting in [from, to) after (afterStart, afterId), in start order: the activity list is
     * read a bounded page at a time, without holding a connection while the file is written.
     */
    @Select("<script>SELECT * FROM activity WHERE start_at &gt;= #{from} AND start_at &lt; #{to}"
            + "<if test='afterStart != null'> AND (start_at &gt; #{afterStart} OR (start_at = #{afterStart}"
            + " AND id &gt; #{afterId}))</if>"
            + "<if test='cobuildingIds != null'> AND id IN (SELECT activity_id FROM activity_cobuilding"
            + " WHERE start_at &gt;= #{from} AND start_at &lt; #{to} AND cobuilding_id IN "
            + "<foreach collection='cobuildingIds' item='id' open='(' separator=',' close=')'>#{id}</foreach>)</if>"
            + " ORDER BY start_at, id LIMIT #{limit}</script>")
    List<Activity> listStartingBetween(@Param("from") Instant from, @Param("to") Instant to,
                                       @Param("cobuildingIds") Collection<Long> cobuildingIds,
                                       @Param("afterStart") Instant afterStart, @Param("afterId") long afterId,
                                       @Param("limit") int limit);

    @Select("<script>SELECT activity_id AS activityId, COUNT(*) AS n FROM checkin WHERE activity_id IN "
            + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>"
            + " AND (review_decision IS NULL OR review_decision &lt;&gt; 'OVERRULED') GROUP BY activity_id</script>")
    List<Map<String, Object>> countAttendedRows(@Param("ids") Collection<Long> activityIds);

    /** 实到 per activity: check-ins nobody overruled (补签 included), as the attendance list counts them. */
    default Map<Long, Integer> countAttended(Collection<Long> activityIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!activityIds.isEmpty()) {
            countAttendedRows(activityIds).forEach(row -> counts.put(((Number) row.get("activityId")).longValue(),
                    ((Number) row.get("n")).intValue()));
        }
        return counts;
    }
}
