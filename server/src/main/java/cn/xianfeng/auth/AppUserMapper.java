package cn.xianfeng.auth;

import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface AppUserMapper extends BaseMapper<AppUser> {

    default AppUser findByOpenid(String openid) {
        return selectOne(Wrappers.<AppUser>lambdaQuery().eq(AppUser::getOpenid, openid));
    }

    default AppUser lockById(long id) {
        return selectOne(Wrappers.<AppUser>lambdaQuery().eq(AppUser::getId, id).last("FOR UPDATE"));
    }

    /**
     * Writes only the profile fields the member sent, each as it is (null clears it): a field left out is not written
     * back from an earlier read, so an avatar set meanwhile is not undone by a nickname change. The avatar itself is
     * {@link #setAvatarMedia}.
     */
    default void updateProfile(long id, ProfileChange change) {
        LambdaUpdateWrapper<AppUser> update = Wrappers.<AppUser>lambdaUpdate().eq(AppUser::getId, id);
        if (change.nickname() != null) {
            update.set(AppUser::getNickname, ProfileChange.stored(change.nickname()));
        }
        if (change.realName() != null) {
            update.set(AppUser::getRealName, ProfileChange.stored(change.realName()));
        }
        if (change.nickname() != null || change.realName() != null) {
            update(null, update);
        }
    }

    /**
     * The member's uploaded avatar (null: none). Written explicitly, since it may be cleared; a WeChat-supplied
     * {@code avatar_url} stays for when the upload goes.
     */
    default void setAvatarMedia(long id, Long mediaId) {
        update(null, Wrappers.<AppUser>lambdaUpdate().set(AppUser::getAvatarMediaId, mediaId)
                .eq(AppUser::getId, id));
    }
}
