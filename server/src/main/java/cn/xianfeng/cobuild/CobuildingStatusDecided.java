package cn.xianfeng.cobuild;

import java.time.LocalDate;

/**
 * A plaque decision was applied (published in its transaction, also when the status stayed the same, as for KEEP).
 * {@code deadline} is the rectification's for RECTIFY, else null; {@code sourceRef} names what decided it ("round:12",
 * "rectification:5"), so a reaction run twice still makes one message per co-building.
 */
public record CobuildingStatusDecided(long cobuildingId, String name, CobuildingStatus from, CobuildingStatus to,
                                      PlaqueDecision decision, LocalDate deadline, String occasion, String sourceRef,
                                      String note) {
}
