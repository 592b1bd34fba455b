package cn.xianfeng.evaluation;

import java.time.OffsetDateTime;
import java.time.YearMonth;

/** A round in the list: what it evaluates, where it stands, how many co-buildings and verdicts it has. */
public record RoundSummary(String id, int year, RoundTerm term, String title, RoundStatus status, YearMonth periodFrom,
                           YearMonth periodTo, int participants, long verdictsSet, OffsetDateTime createdAt,
                           OffsetDateTime openedAt, OffsetDateTime closedAt) {
}
