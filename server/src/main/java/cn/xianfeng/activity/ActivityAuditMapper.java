package cn.xianfeng.activity;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ActivityAuditMapper extends BaseMapper<ActivityAudit> {
}
