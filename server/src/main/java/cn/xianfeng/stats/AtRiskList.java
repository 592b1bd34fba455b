package cn.xianfeng.stats;

import java.time.OffsetDateTime;
import java.util.List;

/** The open co-buildings that need the bureau's attention as of {@code asOf}, the most reasons first. */
public record AtRiskList(OffsetDateTime asOf, String from, String to, List<Item> items) {

    /** A co-building with each reason it is at risk, for its bureau liaison. */
    public record Item(String cobuildingId, String name, String status, String bureauLiaisonId,
                       String bureauLiaisonName, List<Reason> reasons) {
    }

    /** NO_ACTIVITY_30D, LOW_ATTENDANCE, OVERDUE_TASKS, GOALS_BEHIND or LIAISON_SILENT_30D, said in Chinese. */
    public record Reason(String code, String detail) {
    }
}
