package cn.xianfeng.admin;

import cn.xianfeng.shared.persistence.LikeText;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface AdminAccountMapper extends BaseMapper<AdminAccount> {

    default AdminAccount findByUsername(String username) {
        return selectOne(Wrappers.<AdminAccount>lambdaQuery().eq(AdminAccount::getUsername, username));
    }

    default boolean anyExists() {
        return exists(Wrappers.<AdminAccount>lambdaQuery());
    }

    /**
     * Accounts whose username or display name contains the text, limited to {@code onlyIds} when given, oldest
     * first.
     */
    default Page<AdminAccount> pageBySearch(String text, Collection<Long> onlyIds, Boolean enabled, Page<AdminAccount> page) {
        boolean hasText = text != null && !text.isBlank();
        String pattern = LikeText.escape(text);
        return selectPage(page, Wrappers.<AdminAccount>lambdaQuery()
                .and(hasText, where -> where.like(AdminAccount::getUsername, pattern)
                        .or().like(AdminAccount::getDisplayName, pattern))
                .in(onlyIds != null, AdminAccount::getId, onlyIds)
                .eq(enabled != null, AdminAccount::getEnabled, enabled)
                .orderByAsc(AdminAccount::getId));
    }

    /** Reads the account and holds its row lock until the transaction ends. */
    default AdminAccount lockById(long id) {
        return selectOne(Wrappers.<AdminAccount>lambdaQuery().eq(AdminAccount::getId, id).last("FOR UPDATE"));
    }

    /** The enabled ones among the accounts, read as committed now (a locking read), not as the snapshot saw them. */
    default List<Long> lockEnabledByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return selectList(Wrappers.<AdminAccount>lambdaQuery().select(AdminAccount::getId)
                .in(AdminAccount::getId, ids).eq(AdminAccount::getEnabled, true).last("FOR UPDATE"))
                .stream().map(AdminAccount::getId).toList();
    }

    default void enable(long id) {
        update(Wrappers.<AdminAccount>lambdaUpdate().set(AdminAccount::getEnabled, true).eq(AdminAccount::getId, id));
    }

    default void disable(long id) {
        update(Wrappers.<AdminAccount>lambdaUpdate().set(AdminAccount::getEnabled, false).eq(AdminAccount::getId, id));
    }

    default void touchLastLogin(long id, Instant at) {
        update(Wrappers.<AdminAccount>lambdaUpdate().set(AdminAccount::getLastLoginAt, at)
                .eq(AdminAccount::getId, id));
    }

    default void setPasswordHash(long id, String passwordHash) {
        update(Wrappers.<AdminAccount>lambdaUpdate().set(AdminAccount::getPasswordHash, passwordHash)
                .eq(AdminAccount::getId, id));
    }
}
