package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface RectificationPhotoMapper extends BaseMapper<RectificationPhoto> {

    default List<RectificationPhoto> listByRectification(long rectificationId) {
        return selectList(Wrappers.<RectificationPhoto>lambdaQuery()
                .eq(RectificationPhoto::getRectificationId, rectificationId).orderByAsc(RectificationPhoto::getPosition));
    }

    default void deleteByRectification(long rectificationId) {
        delete(Wrappers.<RectificationPhoto>lambdaQuery().eq(RectificationPhoto::getRectificationId, rectificationId));
    }
}
