package cn.xianfeng.evaluation;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/**
 * Which co-buildings a new round evaluates: the open ones (ACTIVE, AWARDED, RECTIFYING). The co-building feature's
 * public facade has no way to list them, so this one read of its table stands in for it, and it is the only one this
 * feature makes; everything else about a participant comes from the statistics' metrics.
 */
@Mapper
interface OpenCobuildingMapper {

    @Select("SELECT id FROM cobuilding WHERE status IN ('ACTIVE', 'AWARDED', 'RECTIFYING') ORDER BY id")
    List<Long> listOpenIds();
}
