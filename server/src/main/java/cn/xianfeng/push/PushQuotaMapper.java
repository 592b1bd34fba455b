package cn.xianfeng.push;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Update;

@Mapper
interface PushQuotaMapper extends BaseMapper<PushQuota> {

    /** One more send granted (an "accept"); the row is made on the first. */
    @Insert("INSERT INTO push_quota (user_id, template_id, remaining, last_result) VALUES (#{userId}, #{templateId}, 1,"
            + " 'accept') ON DUPLICATE KEY UPDATE remaining = remaining + 1, last_result = 'accept'")
    int grant(long userId, String templateId);

    /** A refusal kept (reject, ban, filter); {@code zero}: the grants left are gone too. */
    @Insert("INSERT INTO push_quota (user_id, template_id, remaining, last_result) VALUES (#{userId}, #{templateId}, 0,"
            + " #{result}) ON DUPLICATE KEY UPDATE last_result = #{result},"
            + " remaining = IF(#{zero}, 0, remaining)")
    int refuse(long userId, String templateId, String result, boolean zero);

    /** Takes one send if there is one left: 1 when taken, 0 when none was left (never below zero). */
    @Update("UPDATE push_quota SET remaining = remaining - 1 WHERE user_id = #{userId} AND template_id = #{templateId}"
            + " AND remaining > 0")
    int take(long userId, String templateId);

    /** Gives back a send that WeChat did not use (the message was refused or not delivered). */
    @Update("UPDATE push_quota SET remaining = remaining + 1 WHERE user_id = #{userId} AND template_id = #{templateId}")
    int giveBack(long userId, String templateId);

    /** WeChat says none is left (43101), whatever we counted. */
    @Update("UPDATE push_quota SET remaining = 0 WHERE user_id = #{userId} AND template_id = #{templateId}")
    int exhaust(long userId, String templateId);

    default PushQuota findByUserAndTemplate(long userId, String templateId) {
        return selectOne(Wrappers.<PushQuota>lambdaQuery().eq(PushQuota::getUserId, userId)
                .eq(PushQuota::getTemplateId, templateId));
    }
}
