package cn.xianfeng.media;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface MediaUseMapper extends BaseMapper<MediaUse> {

    /** A use announced twice (an event redelivered after a crash) is one use. */
    @Insert("INSERT IGNORE INTO media_use (media_id, used_by, used_by_id) VALUES (#{mediaId}, #{usedBy}, #{usedById})")
    int insertIgnoring(@Param("mediaId") long mediaId, @Param("usedBy") String usedBy,
                       @Param("usedById") String usedById);

    default int deleteUse(long mediaId, String usedBy, String usedById) {
        return delete(Wrappers.<MediaUse>lambdaQuery().eq(MediaUse::getMediaId, mediaId)
                .eq(MediaUse::getUsedBy, usedBy).eq(MediaUse::getUsedById, usedById));
    }

    default List<MediaUse> listByMedia(long mediaId) {
        return selectList(Wrappers.<MediaUse>lambdaQuery().eq(MediaUse::getMediaId, mediaId)
                .orderByAsc(MediaUse::getId));
    }

    default int deleteByMedia(long mediaId) {
        return delete(Wrappers.<MediaUse>lambdaQuery().eq(MediaUse::getMediaId, mediaId));
    }
}
