package cn.xianfeng.briefing;

import cn.xianfeng.shared.web.ConflictException;
import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.shared.web.RuleViolationException;
import java.util.Map;

/** The briefing feature's business errors, one type each. */
final class BriefingExceptions {

    private BriefingExceptions() {
    }

    /** 404 also for a briefing that exists but is not (or no longer) for the member. */
    static final class NotFound extends NotFoundException {
        NotFound() {
            super("BRIEFING_NOT_FOUND", "政策解读不存在");
        }
    }

    static final class NotDraft extends ConflictException {
        NotDraft() {
            super("BRIEFING_NOT_DRAFT", "政策解读已发布，只能通过更正修改");
        }
    }

    static final class NotPublished extends ConflictException {
        NotPublished() {
            super("BRIEFING_NOT_PUBLISHED", "政策解读未在发布中");
        }
    }

    static final class NothingToRemind extends ConflictException {
        NothingToRemind() {
            super("NOTHING_TO_REMIND", "所有人都已阅读，无需提醒");
        }
    }

    static final class AttachmentInvalid extends RuleViolationException {
        AttachmentInvalid(String detail) {
            super("ATTACHMENT_INVALID", detail, Map.of("attachments", detail));
        }
    }

    static final class TargetingInvalid extends RuleViolationException {
        TargetingInvalid(String field, String detail) {
            super("TARGETING_INVALID", detail, Map.of(field, detail));
        }
    }
}
