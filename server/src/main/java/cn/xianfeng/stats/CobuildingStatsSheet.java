package cn.xianfeng.stats;

import cn.xianfeng.shared.web.RowSource;
import java.util.List;

/** The per co-building table as a spreadsheet: Chinese headers and labels, rates as percents. */
final class CobuildingStatsSheet {

    static final List<String> HEADERS = List.of("先锋号", "状态", "牵头单位类型", "局联络员", "成员数", "活跃成员数",
            "活动次数", "应到人次", "实到人次", "出勤率(%)", "最近活动日期", "进展数", "进展照片数", "逾期任务数",
            "党建阵地完成度(%)", "技术攻关完成度(%)", "学科技术带头人完成度(%)", "高层次人才完成度(%)",
            "成果转化完成度(%)", "综合完成度(%)", "简报送达人数", "简报已读人数", "简报阅读率(%)", "群消息数", "签到数");

    private CobuildingStatsSheet() {
    }

    static RowSource of(List<CobuildingStatsRow> rows) {
        return writer -> {
            for (CobuildingStatsRow r : rows) {
                writer.row(r.name(), status(r.status()), unitType(r.leadUnitType()), r.bureauLiaisonName(),
                        r.members(), r.activeMembers(), r.activities(), r.expected(), r.attended(),
                        percent(r.attendanceRate()), r.lastActivityDate(), r.progressReports(), r.photos(),
                        r.overdueTasks(), r.completionByCategory().get("BASE"),
                        r.completionByCategory().get("PROBLEMS"), r.completionByCategory().get("LEADERS"),
                        r.completionByCategory().get("TALENT"), r.completionByCategory().get("ACHIEVEMENTS"),
                        r.completion(), r.briefingsTargeted(), r.briefingsRead(), percent(r.briefingReadRate()),
                        r.messages(), r.checkins());
            }
        };
    }

    /** A rate as a percent with one decimal; empty without a denominator. */
    static Double percent(Double rate) {
        return rate == null ? null : Math.round(rate * 1000) / 10.0;
    }

    static String status(String status) {
        return switch (status) {
            case "ACTIVE" -> "共建中";
            case "AWARDED" -> "已授牌";
            case "RECTIFYING" -> "整改中";
            case "DELISTED" -> "已摘牌";
            case "WITHDRAWN" -> "已退出";
            default -> status;
        };
    }

    static String unitType(String type) {
        return switch (type) {
            case "UNIVERSITY" -> "高校";
            case "INSTITUTE" -> "科研院所";
            case "ENTERPRISE" -> "企业";
            case "OTHER" -> "其他";
            default -> type;
        };
    }
}
