package cn.xianfeng.activity;

import java.util.List;
import java.util.stream.Collectors;

/** The Chinese names people read in exported spreadsheets; the same words the mini-program shows. */
final class ActivityLabels {

    private ActivityLabels() {
    }

    static String type(ActivityType type) {
        return switch (type) {
            case PARTY_ACTIVITY -> "党组织活动";
            case BUSINESS_SHARING -> "业务分享会";
            case RESEARCH_MEETING -> "科研对接会";
            case TRAINING -> "培训";
            case LECTURE -> "讲座";
            case SALON -> "沙龙";
            case COMPETITION -> "创新竞赛";
            case POLICY_SESSION -> "送政策上门";
        };
    }

    static String status(ActivityStatus status) {
        return switch (status) {
            case SCHEDULED -> "未开始";
            case ONGOING -> "进行中";
            case ENDED -> "已结束";
            case CANCELLED -> "已取消";
        };
    }

    static String method(CheckinMethod method) {
        return switch (method) {
            case LOCATION -> "定位签到";
            case ROTATING_CODE -> "签到码签到";
            case MINIPROGRAM_CODE -> "扫码签到";
            case ON_BEHALF -> "补签";
        };
    }

    static String flags(List<CheckinFlag> flags) {
        return flags.stream().map(ActivityLabels::flag).collect(Collectors.joining("、"));
    }

    private static String flag(CheckinFlag flag) {
        return switch (flag) {
            case OUT_OF_RANGE -> "超出范围";
            case LATE -> "迟到";
            case NO_LOCATION -> "未定位";
            case CODE_MISMATCH -> "签到码不符";
            case STALE_PHOTO -> "照片非现场拍摄";
        };
    }

    static String attendance(AttendanceView.Status status) {
        return switch (status) {
            case ATTENDED -> "已签到";
            case LATE -> "迟到";
            case ABSENT -> "缺席";
        };
    }

    /** A decision, or 待审核 for anomalies nobody has looked at yet; empty for a check-in with nothing to review. */
    static String review(ReviewDecision decision, boolean flagged) {
        if (decision == null) {
            return flagged ? "待审核" : null;
        }
        return switch (decision) {
            case CONFIRMED -> "已确认";
            case OVERRULED -> "已驳回";
        };
    }
}
