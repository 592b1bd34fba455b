package cn.xianfeng.cobuild;

import cn.xianfeng.shared.web.ConflictException;

/** One lead unit, one application under review at a time (a database constraint). */
class LeadUnitUnderReviewException extends ConflictException {

    LeadUnitUnderReviewException() {
        super("LEAD_UNIT_UNDER_REVIEW", "该牵头单位已有一份申报正在审核中，请等待审核结果");
    }
}
