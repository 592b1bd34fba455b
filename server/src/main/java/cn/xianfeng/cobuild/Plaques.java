package cn.xianfeng.cobuild;

import cn.xianfeng.shared.web.ApiTime;
import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.shared.web.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plaque lifecycle (授牌, 整改, 摘牌): applies the bureau's decisions on a co-building inside the caller's
 * transaction (an evaluation round's close applies all its verdicts in one), so a refused decision undoes them all.
 */
@Component
public class Plaques {

    private static final int REASON_MAX = 500;
    private static final int OCCASION_MAX = 100;

    private final CobuildingMapper cobuildings;
    private final RectificationMapper rectifications;
    private final CobuildingStatusChanges statusChanges;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Plaques(CobuildingMapper cobuildings, RectificationMapper rectifications, CobuildingStatusChanges statusChanges,
            ApplicationEventPublisher events, Clock clock) {
        this.cobuildings = cobuildings;
        this.rectifications = rectifications;
        this.statusChanges = statusChanges;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Applies one decision: status + plaque_date + cobuilding_history (KEEP writes history with from = to) + for
     * RECTIFY an open rectification with the deadline; publishes {@link CobuildingStatusDecided}. Throws
     * {@link PlaqueTransitionException} (409 PLAQUE_TRANSITION_INVALID) when the status does not allow it.
     *
     * @param occasion  e.g. "2027年3月集中评估"
     * @param sourceRef what decided it, e.g. "round:12"
     * @return the status the co-building is in afterwards
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CobuildingStatus decide(long cobuildingId, PlaqueDecision decision, LocalDate rectifyDeadline,
                                   String occasion, String sourceRef, String note, long adminId) {
        if (sourceRef == null || sourceRef.isBlank()) {
            // It keys the members' card and notice: without it two decisions would pass for one.
            throw new IllegalArgumentException("sourceRef is required");
        }
        Cobuilding cobuilding = cobuildings.lockById(cobuildingId);
        if (cobuilding == null) {
            throw new NotFoundException("先锋号不存在");
        }
        CobuildingStatus from = cobuilding.getStatus();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.ofInstant(now, ApiTime.DISPLAY_ZONE);
        Rectification open = from == CobuildingStatus.RECTIFYING ? rectifications.findOpenByCobuilding(cobuildingId)
                : null;
        CobuildingStatus to = switch (decision) {
            case AWARD -> from == CobuildingStatus.ACTIVE || from == CobuildingStatus.AWARDED
                    ? CobuildingStatus.AWARDED : null;
            case KEEP -> from.closed() ? null : from;
            case RECTIFY -> from == CobuildingStatus.ACTIVE || from == CobuildingStatus.AWARDED
                    ? CobuildingStatus.RECTIFYING : null;
            case DELIST -> from.closed() ? null : CobuildingStatus.DELISTED;
            case RECTIFICATION_PASSED -> open == null ? null
                    : cobuilding.getPlaqueDate() != null ? CobuildingStatus.AWARDED : CobuildingStatus.ACTIVE;
            case RECTIFICATION_FAILED -> open == null ? null : CobuildingStatus.DELISTED;
        };
        if (to == null) {
            throw new PlaqueTransitionException(cobuildingId, cobuilding.getName(), from, decision);
        }
        LocalDate deadline = null;
        if (decision == PlaqueDecision.RECTIFY) {
            if (rectifyDeadline == null || !rectifyDeadline.isAfter(today)) {
                throw new RuleViolationException("RECTIFY_DEADLINE_INVALID", "整改期限须晚于今天",
                        Map.of("deadline", "整改期限须晚于今天"));
            }
            deadline = rectifyDeadline;
            rectifications.insert(order(cobuildingId, occasion, sourceRef, note, adminId, now, deadline));
        } else if (open != null && to != CobuildingStatus.RECTIFYING) {
            // Whatever ends the rectifying (its re-check, a later round's 摘牌) closes the rectification too; a KEEP
            // leaves it open.
            rectifications.close(open.getId(), decision == PlaqueDecision.RECTIFICATION_PASSED
                    ? RectificationStatus.PASSED : RectificationStatus.FAILED, clip(note), adminId, now);
        }
        if (decision == PlaqueDecision.AWARD && from == CobuildingStatus.ACTIVE) {
            cobuildings.setPlaqueDate(cobuildingId, today);
        }
        statusChanges.apply(CobuildingHistory.byDecision(cobuildingId, from, to, adminId, decision, sourceRef,
                reason(decision, deadline, occasion, note)));
        events.publishEvent(new CobuildingStatusDecided(cobuildingId, cobuilding.getName(), from, to, decision,
                deadline, occasion, sourceRef, note));
        return to;
    }

    private static Rectification order(long cobuildingId, String occasion, String sourceRef, String note,
                                       long adminId, Instant now, LocalDate deadline) {
        Rectification row = new Rectification();
        row.setCobuildingId(cobuildingId);
        row.setSourceRef(sourceRef);
        row.setOccasion(occasion == null ? "" : clip(occasion.strip(), OCCASION_MAX));
        row.setOrderNote(clip(note));
        row.setOrderedBy(adminId);
        row.setOrderedAt(now);
        row.setDeadline(deadline);
        row.setStatus(RectificationStatus.OPEN);
        return row;
    }

    /** Why, as the history shows it: "2027年3月集中评估：整改，截止 2027-05-31（说明）". */
    private static String reason(PlaqueDecision decision, LocalDate deadline, String occasion, String note) {
        StringBuilder reason = new StringBuilder();
        if (occasion != null && !occasion.isBlank()) {
            reason.append(occasion.strip()).append('：');
        }
        reason.append(decision.label());
        if (deadline != null) {
            reason.append("，截止 ").append(deadline);
        }
        if (note != null && !note.isBlank()) {
            reason.append('（').append(note.strip()).append('）');
        }
        return clip(reason.toString());
    }

    private static String clip(String text) {
        return clip(text, REASON_MAX);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
