package cn.xianfeng.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A co-building's verdict in a round: deadline with RECTIFY only; who set it and when. */
public record VerdictView(String cobuildingId, Verdict verdict, LocalDate deadline, String note, String setBy,
                          String setByName, OffsetDateTime setAt) {
}
