package cn.xianfeng.briefing;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface BriefingAttachmentMapper extends BaseMapper<BriefingAttachment> {

    default List<BriefingAttachment> listByBriefing(long briefingId) {
        return selectList(Wrappers.<BriefingAttachment>lambdaQuery()
                .eq(BriefingAttachment::getBriefingId, briefingId).orderByAsc(BriefingAttachment::getPosition));
    }

    default void deleteByBriefing(long briefingId) {
        delete(Wrappers.<BriefingAttachment>lambdaQuery().eq(BriefingAttachment::getBriefingId, briefingId));
    }
}
