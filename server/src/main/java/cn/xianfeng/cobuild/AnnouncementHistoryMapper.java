package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface AnnouncementHistoryMapper extends BaseMapper<AnnouncementHistory> {
}
