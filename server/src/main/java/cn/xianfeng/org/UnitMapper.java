package cn.xianfeng.org;

import cn.xianfeng.shared.persistence.LikeText;
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

    /** A locking read: it sees a row another transaction committed after this one's snapshot was taken. */
    default Unit lockByCreditCode(String creditCode) {
        return selectOne(Wrappers.<Unit>lambdaQuery().eq(Unit::getCreditCode, creditCode).last("LOCK IN SHARE MODE"));
    }

    /** The first live (not merged) unit with exactly this name. */
    default Unit findLiveByName(String name) {
        List<Unit> units = selectList(Wrappers.<Unit>lambdaQuery()
                .eq(Unit::getName, name).isNull(Unit::getMergedIntoId).orderByAsc(Unit::getId).last("LIMIT 1"));
        return units.isEmpty() ? null : units.get(0);
    }

    /** Live units whose name contains the text, shortest names first (the likeliest match). */
    default List<Unit> listLiveByText(String text, int limit) {
        return selectList(Wrappers.<Unit>lambdaQuery()
                .like(Unit::getName, LikeText.escape(text)).isNull(Unit::getMergedIntoId)
                .last("ORDER BY CHAR_LENGTH(name), id LIMIT " + limit));
    }

    default Page<Unit> pageLiveBySearch(String text, UnitType type, Page<Unit> page) {
        return selectPage(page, Wrappers.<Unit>lambdaQuery()
                .like(text != null && !text.isBlank(), Unit::getName, LikeText.escape(text))
                .eq(type != null, Unit::getType, type)
                .isNull(Unit::getMergedIntoId)
                .orderByDesc(Unit::getId));
    }

    default List<Long> listLiveIdsByType(UnitType type) {
        return selectList(Wrappers.<Unit>lambdaQuery().select(Unit::getId)
                .eq(Unit::getType, type).isNull(Unit::getMergedIntoId))
                .stream().map(Unit::getId).toList();
    }

    /** Reads the unit and holds its row lock until the transaction ends (edits and merges of one unit queue up). */
    default Unit lockById(long id) {
        return selectOne(Wrappers.<Unit>lambdaQuery().eq(Unit::getId, id).last("FOR UPDATE"));
    }

    /** Writes every editable column, nulls included (updateById would skip the nulls and never clear a field). */
    default void updateDetails(Unit unit) {
        update(Wrappers.<Unit>lambdaUpdate()
                .set(Unit::getName, unit.getName())
                .set(Unit::getType, unit.getType())
                .set(Unit::getPartyOrgName, unit.getPartyOrgName())
                .set(Unit::getCreditCode, unit.getCreditCode())
                .set(Unit::getAddress, unit.getAddress())
                .set(Unit::getContactName, unit.getContactName())
                .set(Unit::getContactPhone, unit.getContactPhone())
                .eq(Unit::getId, unit.getId()));
    }

    default void setCreditCode(long id, String creditCode) {
        update(Wrappers.<Unit>lambdaUpdate().set(Unit::getCreditCode, creditCode).eq(Unit::getId, id));
    }

    default void setMergedInto(long id, long survivorId) {
        update(Wrappers.<Unit>lambdaUpdate().set(Unit::getMergedIntoId, survivorId).eq(Unit::getId, id));
    }

    /** Units merged earlier into {@code fromId} now point at {@code toId}, so no chain is ever longer than one. */
    default void repointMerged(long fromId, long toId) {
        update(Wrappers.<Unit>lambdaUpdate().set(Unit::getMergedIntoId, toId).eq(Unit::getMergedIntoId, fromId));
    }
}
