package cn.xianfeng.org;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface UnitMapper extends BaseMapper<Unit> {

    default Unit findByCreditCode(String creditCode) {
        return selectOne(Wrappers.<Unit>lambdaQuery().eq(Unit::getCreditCode, creditCode));
    }

    /** The first live (not merged) unit with exactly this name. */
    default Unit findLiveByName(String name) {
        List<Unit> units = selectList(Wrappers.<Unit>lambdaQuery()
                .eq(Unit::getName, name).isNull(Unit::getMergedIntoId).orderByAsc(Unit::getId).last("LIMIT 1"));
        return units.isEmpty() ? null : units.get(0);
    }

    /** Live units whose name contains the text, shortest names first (the likeliest match). */
    default List<Unit> searchLive(String text, int limit) {
        return selectList(Wrappers.<Unit>lambdaQuery()
                .like(Unit::getName, text).isNull(Unit::getMergedIntoId)
                .last("ORDER BY CHAR_LENGTH(name), id LIMIT " + limit));
    }

    default Page<Unit> pageLive(String text, UnitType type, Page<Unit> page) {
        return selectPage(page, Wrappers.<Unit>lambdaQuery()
                .like(text != null && !text.isBlank(), Unit::getName, text)
                .eq(type != null, Unit::getType, type)
                .isNull(Unit::getMergedIntoId)
                .orderByDesc(Unit::getId));
    }

    default List<Long> liveIdsOfType(UnitType type) {
        return selectList(Wrappers.<Unit>lambdaQuery().select(Unit::getId)
                .eq(Unit::getType, type).isNull(Unit::getMergedIntoId))
                .stream().map(Unit::getId).toList();
    }
}
