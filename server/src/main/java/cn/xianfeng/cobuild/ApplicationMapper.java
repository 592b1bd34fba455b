package cn.xianfeng.cobuild;

import cn.xianfeng.org.UnitType;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ApplicationMapper extends BaseMapper<Application> {

    default Application lockById(long id) {
        return selectOne(Wrappers.<Application>lambdaQuery().eq(Application::getId, id).last("FOR UPDATE"));
    }

    default Application findByClientId(long userId, String clientId) {
        return selectOne(Wrappers.<Application>lambdaQuery()
                .eq(Application::getApplicantUserId, userId).eq(Application::getClientId, clientId));
    }

    /**
     * Writes every column of the form, nulls included: updateById skips nulls, so a field the applicant cleared
     * would keep its old value and submit would check the stale row.
     */
    default void updateForm(Application application) {
        update(Wrappers.<Application>lambdaUpdate()
                .set(Application::getMode, application.getMode())
                .set(Application::getLeadUnitKey, application.getLeadUnitKey())
                .set(Application::getPioneerName, application.getPioneerName())
                .set(Application::getPioneerTitle, application.getPioneerTitle())
                .set(Application::getPioneerPhone, application.getPioneerPhone())
                .set(Application::getPioneerPartyMember, application.getPioneerPartyMember())
                .set(Application::getMotivation, application.getMotivation())
                .eq(Application::getId, application.getId()));
    }

    default void markSubmitted(long id, Instant at) {
        update(Wrappers.<Application>lambdaUpdate()
                .set(Application::getStatus, ApplicationStatus.SUBMITTED).set(Application::getSubmittedAt, at)
                .eq(Application::getId, id));
    }

    default void markWithdrawn(long id, Instant at) {
        update(Wrappers.<Application>lambdaUpdate()
                .set(Application::getStatus, ApplicationStatus.WITHDRAWN).set(Application::getDecidedAt, at)
                .eq(Application::getId, id));
    }

    /** The bureau's decision; the comment is written even when null, so no earlier comment outlives it. */
    default void recordReview(long id, ApplicationStatus status, String comment, Instant decidedAt) {
        update(Wrappers.<Application>lambdaUpdate()
                .set(Application::getStatus, status).set(Application::getReviewComment, comment)
                .set(Application::getDecidedAt, decidedAt)
                .eq(Application::getId, id));
    }

    default void setCobuilding(long id, long cobuildingId) {
        update(Wrappers.<Application>lambdaUpdate().set(Application::getCobuildingId, cobuildingId)
                .eq(Application::getId, id));
    }

    default Page<Application> pageByApplicant(long userId, Page<Application> page) {
        return selectPage(page, Wrappers.<Application>lambdaQuery()
                .eq(Application::getApplicantUserId, userId).orderByDesc(Application::getId));
    }

    /**
     * The bureau's list. Drafts are the applicant's business and never shown. The unit type is the lead unit's, as
     * entered in the application.
     */
    default Page<Application> pageByReviewFilter(ApplicationStatus status, ApplicationMode mode, UnitType leadUnitType,
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
