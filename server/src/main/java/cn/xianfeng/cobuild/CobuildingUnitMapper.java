package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Update;

@Mapper
interface CobuildingUnitMapper extends BaseMapper<CobuildingUnit> {

    default List<CobuildingUnit> listByCobuilding(long cobuildingId) {
        return selectList(Wrappers.<CobuildingUnit>lambdaQuery()
                .eq(CobuildingUnit::getCobuildingId, cobuildingId).orderByAsc(CobuildingUnit::getId));
    }

    default List<CobuildingUnit> listByUnit(long unitId) {
        return selectList(Wrappers.<CobuildingUnit>lambdaQuery()
                .eq(CobuildingUnit::getUnitId, unitId).orderByDesc(CobuildingUnit::getId));
    }

    default CobuildingUnit findByCobuildingAndUnit(long cobuildingId, long unitId) {
        return selectOne(Wrappers.<CobuildingUnit>lambdaQuery()
                .eq(CobuildingUnit::getCobuildingId, cobuildingId).eq(CobuildingUnit::getUnitId, unitId));
    }

    /** Records the exit of every unit still in the co-building. */
    default void leaveAll(long cobuildingId, Instant at, String reason) {
        update(null, Wrappers.<CobuildingUnit>lambdaUpdate()
                .set(CobuildingUnit::getLeftAt, at).set(CobuildingUnit::getLeftReason, reason)
                .eq(CobuildingUnit::getCobuildingId, cobuildingId).isNull(CobuildingUnit::getLeftAt));
    }

    /** Repoints a merged unit; where the co-building already has the survivor, the duplicate's row stays behind. */
    @Update("UPDATE IGNORE cobuilding_unit SET unit_id = #{survivorId} WHERE unit_id = #{duplicateId}")
    void repointUnit(long duplicateId, long survivorId);

    @Delete("DELETE FROM cobuilding_unit WHERE unit_id = #{duplicateId}")
    void deleteLeftovers(long duplicateId);
}
