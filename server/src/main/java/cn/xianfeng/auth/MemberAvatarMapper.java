package cn.xianfeng.auth;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface MemberAvatarMapper extends BaseMapper<MemberAvatar> {

    default MemberAvatar findByKey(String avatarKey) {
        return selectOne(Wrappers.<MemberAvatar>lambdaQuery().eq(MemberAvatar::getAvatarKey, avatarKey));
    }

    /** Who uploaded the avatar with this key, without reading its bytes; null if there is none. */
    default Long findOwnerByKey(String avatarKey) {
        MemberAvatar found = selectOne(Wrappers.<MemberAvatar>lambdaQuery().select(MemberAvatar::getUserId)
                .eq(MemberAvatar::getAvatarKey, avatarKey));
        return found == null ? null : found.getUserId();
    }

    /** The member's earlier uploads: only the newest one is ever shown or can be set again. */
    default void deleteOthersByUser(long userId, String keptKey) {
        delete(Wrappers.<MemberAvatar>lambdaQuery().eq(MemberAvatar::getUserId, userId)
                .ne(MemberAvatar::getAvatarKey, keptKey));
    }
}
