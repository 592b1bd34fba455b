package cn.xianfeng.admin;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface AdminAccountMapper extends BaseMapper<AdminAccount> {

    default AdminAccount findByUsername(String username) {
        return selectOne(Wrappers.<AdminAccount>lambdaQuery().eq(AdminAccount::getUsername, username));
    }

    default boolean anyExists() {
        return exists(Wrappers.<AdminAccount>lambdaQuery());
    }
}
