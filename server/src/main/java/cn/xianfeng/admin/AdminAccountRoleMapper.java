package cn.xianfeng.admin;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface AdminAccountRoleMapper extends BaseMapper<AdminAccountRole> {

    default Set<AdminRole> listRolesByAdmin(long adminId) {
        Set<AdminRole> roles = EnumSet.noneOf(AdminRole.class);
        selectList(Wrappers.<AdminAccountRole>lambdaQuery().eq(AdminAccountRole::getAdminId, adminId))
                .forEach(row -> roles.add(row.getRole()));
        return roles;
    }

    /** Roles of several accounts at once (a page of the account list); accounts without roles are left out. */
    default Map<Long, Set<AdminRole>> listRolesByAdmin(Collection<Long> adminIds) {
        Map<Long, Set<AdminRole>> byAdmin = new HashMap<>();
        if (adminIds.isEmpty()) {
            return byAdmin;
        }
        selectList(Wrappers.<AdminAccountRole>lambdaQuery().in(AdminAccountRole::getAdminId, adminIds))
                .forEach(row -> byAdmin.computeIfAbsent(row.getAdminId(), id -> EnumSet.noneOf(AdminRole.class))
                        .add(row.getRole()));
        return byAdmin;
    }

    default List<Long> listAdminIdsByRole(AdminRole role) {
        return selectList(Wrappers.<AdminAccountRole>lambdaQuery().select(AdminAccountRole::getAdminId)
                .eq(AdminAccountRole::getRole, role))
                .stream().map(AdminAccountRole::getAdminId).toList();
    }

    /**
     * The holders of a role, read with a lock held until the transaction ends. Every change that could take the
     * last SUPER_ADMIN away starts here, so two of them queue up instead of each seeing the other's victim still
     * standing.
     */
    default List<Long> lockAdminIdsByRole(AdminRole role) {
        return selectList(Wrappers.<AdminAccountRole>lambdaQuery().select(AdminAccountRole::getAdminId)
                .eq(AdminAccountRole::getRole, role).last("FOR UPDATE"))
                .stream().map(AdminAccountRole::getAdminId).toList();
    }

    /** The account's roles as committed now (a locking read). */
    default Set<AdminRole> lockRolesByAdmin(long adminId) {
        Set<AdminRole> roles = EnumSet.noneOf(AdminRole.class);
        selectList(Wrappers.<AdminAccountRole>lambdaQuery().eq(AdminAccountRole::getAdminId, adminId)
                .last("FOR UPDATE"))
                .forEach(row -> roles.add(row.getRole()));
        return roles;
    }

    default void removeRoles(long adminId, Collection<AdminRole> removed) {
        if (!removed.isEmpty()) {
            delete(Wrappers.<AdminAccountRole>lambdaQuery().eq(AdminAccountRole::getAdminId, adminId)
                    .in(AdminAccountRole::getRole, removed));
        }
    }
}
