package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface CobuildingHistoryMapper extends BaseMapper<CobuildingHistory> {

    default List<CobuildingHistory> listByCobuilding(long cobuildingId) {
        return selectList(Wrappers.<CobuildingHistory>lambdaQuery()
                .eq(CobuildingHistory::getCobuildingId, cobuildingId).orderByAsc(CobuildingHistory::getId));
    }

    default List<CobuildingHistory> listByCobuildingNewestFirst(long cobuildingId) {
        return selectList(Wrappers.<CobuildingHistory>lambdaQuery()
                .eq(CobuildingHistory::getCobuildingId, cobuildingId).orderByDesc(CobuildingHistory::getId));
    }
}
