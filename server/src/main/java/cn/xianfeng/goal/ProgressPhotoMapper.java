package cn.xianfeng.goal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ProgressPhotoMapper extends BaseMapper<ProgressPhoto> {

    default List<ProgressPhoto> listByReports(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return selectList(Wrappers.<ProgressPhoto>lambdaQuery().in(ProgressPhoto::getReportId, reportIds)
                .orderByAsc(ProgressPhoto::getReportId).orderByAsc(ProgressPhoto::getPosition));
    }
}
