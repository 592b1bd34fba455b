package cn.xianfeng.evaluation;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * A round in full: its half-year (periodFrom..periodTo), criteria, progress and status history. participants: the
 * co-buildings snapshot when it was created.
 */
public record RoundView(String id, int year, RoundTerm term, String title, RoundStatus status, YearMonth periodFrom,
                        YearMonth periodTo, int participants, List<CriterionView> criteria, RoundProgress progress,
                        List<History> history, OffsetDateTime createdAt, OffsetDateTime openedAt,
                        OffsetDateTime closedAt) {

    /** One status change: from (null on creation), to, by whom, when. */
    public record History(RoundStatus from, RoundStatus to, String adminId, String adminName, OffsetDateTime at) {
    }
}
