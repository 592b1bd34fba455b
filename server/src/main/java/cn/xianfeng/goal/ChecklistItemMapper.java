package cn.xianfeng.goal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ChecklistItemMapper extends BaseMapper<ChecklistItem> {

    /** The items in checklist order; retired ones only when asked for. */
    default List<ChecklistItem> listInOrder(boolean includeRetired) {
        return selectList(Wrappers.<ChecklistItem>lambdaQuery()
                .eq(!includeRetired, ChecklistItem::getRetired, false)
                .orderByAsc(ChecklistItem::getPosition).orderByAsc(ChecklistItem::getId));
    }

    default ChecklistItem findCurrent(long id) {
        return selectOne(Wrappers.<ChecklistItem>lambdaQuery().eq(ChecklistItem::getId, id)
                .eq(ChecklistItem::getRetired, false));
    }

    default long countCurrent() {
        return selectCount(Wrappers.<ChecklistItem>lambdaQuery().eq(ChecklistItem::getRetired, false));
    }

    /** A new item goes last unless given a place. */
    default int nextPosition() {
        ChecklistItem last = selectOne(Wrappers.<ChecklistItem>lambdaQuery().orderByDesc(ChecklistItem::getPosition)
                .last("LIMIT 1"));
        return last == null ? 1 : last.getPosition() + 1;
    }

    /** Every editable column written as given: a description may be cleared. */
    default void updateDetails(ChecklistItem item) {
        update(Wrappers.<ChecklistItem>lambdaUpdate().set(ChecklistItem::getName, item.getName())
                .set(ChecklistItem::getDescription, item.getDescription())
                .set(ChecklistItem::getPosition, item.getPosition()).eq(ChecklistItem::getId, item.getId()));
    }

    default void retire(long id) {
        update(Wrappers.<ChecklistItem>lambdaUpdate().set(ChecklistItem::getRetired, true)
                .eq(ChecklistItem::getId, id));
    }
}
