package cn.xianfeng.goal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ChecklistPhotoMapper extends BaseMapper<ChecklistPhoto> {

    default List<ChecklistPhoto> listByTicks(Collection<Long> tickIds) {
        if (tickIds.isEmpty()) {
            return List.of();
        }
        return selectList(Wrappers.<ChecklistPhoto>lambdaQuery().in(ChecklistPhoto::getTickId, tickIds)
                .orderByAsc(ChecklistPhoto::getTickId).orderByAsc(ChecklistPhoto::getPosition));
    }

    default void deleteByTick(long tickId) {
        delete(Wrappers.<ChecklistPhoto>lambdaQuery().eq(ChecklistPhoto::getTickId, tickId));
    }
}
