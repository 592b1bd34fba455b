package cn.xianfeng.media;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface MediaBlobMapper extends BaseMapper<MediaBlob> {

    default MediaBlob findBySha256(String sha256) {
        return selectOne(Wrappers.<MediaBlob>lambdaQuery().eq(MediaBlob::getSha256, sha256));
    }

    /**
     * The blob, locked: an upload that reuses it and a deletion that removes it take turns here, so a blob is never
     * removed under an upload that has just chosen it.
     */
    @Select("SELECT * FROM media_blob WHERE sha256 = #{sha256} FOR UPDATE")
    MediaBlob lockBySha256(@Param("sha256") String sha256);

    @Select("SELECT * FROM media_blob WHERE id = #{id} FOR UPDATE")
    MediaBlob lockById(@Param("id") long id);

    /** Two identical uploads at once: the second one's insert is a no-op and both use the row that is there. */
    @Insert("INSERT IGNORE INTO media_blob (sha256, content_type, size_bytes, width, height, has_thumb)"
            + " VALUES (#{sha256}, #{contentType}, #{sizeBytes}, #{width}, #{height}, #{hasThumb})")
    int insertIgnoring(MediaBlob blob);
}
