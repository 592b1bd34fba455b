package cn.xianfeng.cobuild;

import cn.xianfeng.shared.web.ApiException;
import cn.xianfeng.shared.web.ConflictException;
import cn.xianfeng.shared.web.NotFoundException;
import org.springframework.http.HttpStatus;

/** The rectification flow's business errors, one type each. */
final class RectificationExceptions {

    private RectificationExceptions() {
    }

    static final class NotFound extends NotFoundException {
        NotFound() {
            super("RECTIFICATION_NOT_FOUND", "没有整改记录");
        }
    }

    static final class DeadlinePassed extends ConflictException {
        DeadlinePassed() {
            super("RECTIFICATION_DEADLINE_PASSED", "整改期限已过，不能再提交整改报告");
        }
    }

    /** Reviewed already (passed or failed): its report can no longer change. */
    static final class Closed extends ConflictException {
        Closed() {
            super("RECTIFICATION_CLOSED", "整改已复查，不能再提交整改报告");
        }
    }

    static final class NotReviewable extends ConflictException {
        NotReviewable(String detail) {
            super("RECTIFICATION_NOT_REVIEWABLE", detail);
        }
    }

    /** The code is chat's and the announcement's, so the mini-program has one rule for it. */
    static final class ContentRisky extends ApiException {
        ContentRisky() {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "CONTENT_RISKY", "整改报告包含不当内容，请修改后再提交");
        }
    }
}
