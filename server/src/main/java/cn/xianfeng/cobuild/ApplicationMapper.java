package cn.xianfeng.cobuild;

import cn.xianfeng.org.UnitType;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ApplicationMapper extends BaseMapper<Application> {

    default Application selectByIdForUpdate(long id) {
        return selectOne(Wrappers.<Application>lambdaQuery().eq(Application::getId, id).last("FOR UPDATE"));
    }

    default Application findByClientId(long userId, String clientId) {
        return selectOne(Wrappers.<Application>lambdaQuery()
                .eq(Application::getApplicantUserId, userId).eq(Application::getClientId, clientId));
    }

    default Page<Application> pageOfApplicant(long userId, Page<Application> page) {
        return selectPage(page, Wrappers.<Application>lambdaQuery()
                .eq(Application::getApplicantUserId, userId).orderByDesc(Application::getId));
    }

    /**
     * The bureau's list. Drafts are the applicant's business and never shown. The unit type is the lead unit's, as
     * entered in the application.
     */
    default Page<Application> pageForReview(ApplicationStatus status, ApplicationMode mode, UnitType leadUnitType,
                                            Instant submittedFrom, Instant submittedTo, Page<Application> page) {
        return selectPage(page, Wrappers.<Application>lambdaQuery()
                .ne(Application::getStatus, ApplicationStatus.DRAFT)
                .eq(status != null, Application::getStatus, status)
                .eq(mode != null, Application::getMode, mode)
                .ge(submittedFrom != null, Application::getSubmittedAt, submittedFrom)
                .lt(submittedTo != null, Application::getSubmittedAt, submittedTo)
                .inSql(leadUnitType != null, Application::getId,
                        "SELECT application_id FROM application_unit WHERE position = 0 AND type = '"
                                + (leadUnitType == null ? "" : leadUnitType.name()) + "'")
                .orderByDesc(Application::getSubmittedAt).orderByDesc(Application::getId));
    }
}
