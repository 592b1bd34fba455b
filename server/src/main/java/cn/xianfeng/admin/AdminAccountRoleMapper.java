package cn.xianfeng.admin;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.EnumSet;
import java.util.Set;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface AdminAccountRoleMapper extends BaseMapper<AdminAccountRole> {

    default Set<AdminRole> rolesOf(long adminId) {
        Set<AdminRole> roles = EnumSet.noneOf(AdminRole.class);
        selectList(Wrappers.<AdminAccountRole>lambdaQuery().eq(AdminAccountRole::getAdminId, adminId))
                .forEach(row -> roles.add(row.getRole()));
        return roles;
    }
}
