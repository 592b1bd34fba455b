package cn.xianfeng.auth;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface AppUserMapper extends BaseMapper<AppUser> {

    default AppUser findByOpenid(String openid) {
        return selectOne(Wrappers.<AppUser>lambdaQuery().eq(AppUser::getOpenid, openid));
    }

    /** Writes the three profile fields as they are, nulls included (updateById would skip a cleared field). */
    default void updateProfile(AppUser user) {
        update(null, Wrappers.<AppUser>lambdaUpdate()
                .set(AppUser::getNickname, user.getNickname())
                .set(AppUser::getAvatarUrl, user.getAvatarUrl())
                .set(AppUser::getRealName, user.getRealName())
                .eq(AppUser::getId, user.getId()));
    }
}
