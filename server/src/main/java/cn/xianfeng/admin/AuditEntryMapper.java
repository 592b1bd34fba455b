package cn.xianfeng.admin;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface AuditEntryMapper extends BaseMapper<AuditEntry> {
}
