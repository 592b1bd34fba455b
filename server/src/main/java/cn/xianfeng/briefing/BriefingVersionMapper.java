package cn.xianfeng.briefing;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface BriefingVersionMapper extends BaseMapper<BriefingVersion> {

    default List<BriefingVersion> listByBriefing(long briefingId) {
        return selectList(Wrappers.<BriefingVersion>lambdaQuery().eq(BriefingVersion::getBriefingId, briefingId)
                .orderByDesc(BriefingVersion::getVersion));
    }
}
