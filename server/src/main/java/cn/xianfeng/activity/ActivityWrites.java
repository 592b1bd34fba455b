package cn.xianfeng.activity;

import static cn.xianfeng.shared.persistence.DuplicateKeys.insertOrFind;

import cn.xianfeng.activity.ActivityRequests.CreateActivity;
import cn.xianfeng.activity.ActivityRequests.UpdateActivity;
import cn.xianfeng.admin.AuditLog;
import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.shared.web.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creating, changing and cancelling activities, for members and the bureau alike once each side has checked who may.
 * Each write keeps an audit row of its own (and the bureau's audit log for admins) and publishes its event inside
 * its transaction.
 */
@Component
class ActivityWrites {

    static final int DEFAULT_RADIUS = 200;
    static final Duration DEFAULT_OPENS_BEFORE = Duration.ofMinutes(30);
    private static final Duration EARLIEST_START = Duration.ofDays(7);
    private static final Duration LATEST_START = Duration.ofDays(366);
    private static final Duration LONGEST = Duration.ofDays(7);
    private static final Duration WINDOW_SLACK = Duration.ofDays(1);

    private final ActivityMapper activities;
    private final ActivityCobuildingMapper links;
    private final ActivityExpectedMapper expected;
    private final ActivityAuditMapper audit;
    private final Activities reads;
    private final CobuildingDirectory cobuildings;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    ActivityWrites(ActivityMapper activities, ActivityCobuildingMapper links, ActivityExpectedMapper expected,
                   ActivityAuditMapper audit, Activities reads, CobuildingDirectory cobuildings, AuditLog auditLog,
                   ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.activities = activities;
        this.links = links;
        this.expected = expected;
        this.audit = audit;
        this.reads = reads;
        this.cobuildings = cobuildings;
        this.auditLog = auditLog;
        this.events = events;
        this.transaction = transaction;
    }

    /** The new activity's id, or the one an earlier request with the same client id made. */
    Created<Long> create(Actor actor, List<Long> cobuildingIds, CreateActivity request) {
        Activity existing = activities.findByClient(actor.type(), actor.id(), request.clientId());
        if (existing != null) {
            return new Created<>(existing.getId(), false);
        }
        Instant now = reads.now();
        Activity a = new Activity();
        a.setOrganizerType(actor.type());
        a.setOrganizerId(actor.id());
        a.setClientId(request.clientId());
        a.setType(request.type());
        a.setTitle(request.title().strip());
        a.setDescription(blankToNull(request.description()));
        a.setStartAt(instant(request.startAt()));
        a.setEndAt(instant(request.endAt()));
        setPlace(a, request.place());
        a.setCheckinOpensAt(request.checkinOpensAt() == null ? a.getStartAt().minus(DEFAULT_OPENS_BEFORE)
                : instant(request.checkinOpensAt()));
        a.setCheckinClosesAt(request.checkinClosesAt() == null ? a.getEndAt() : instant(request.checkinClosesAt()));
        a.setPhotoRequired(Boolean.TRUE.equals(request.photoRequired()));
        Map<String, String> errors = new LinkedHashMap<>();
        checkTitle(a.getTitle(), errors);
        checkSchedule(a, now, errors);
        List<Long> listed = listed(request.expectedUserIds(), cobuildingIds, errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException("VALIDATION_FAILED", "活动信息不正确", errors);
        }
        a.setExpectedScope(listed.isEmpty() ? ExpectedScope.ALL : ExpectedScope.LISTED);
        a.setRevision(0);
        return insertOrFind(() -> new Created<>(transaction.execute(status -> {
            activities.insert(a);
            for (long cobuildingId : cobuildingIds) {
                ActivityCobuilding link = new ActivityCobuilding();
                link.setActivityId(a.getId());
                link.setCobuildingId(cobuildingId);
                link.setStartAt(a.getStartAt());
                links.insert(link);
            }
            insertListed(a.getId(), listed);
            record(actor, a.getId(), null, "activity.create", a.getTitle());
            events.publishEvent(new ActivityScheduled(a.getId(), List.copyOf(cobuildingIds)));
            return a.getId();
        }), true), () -> {
            Activity raced = activities.findByClient(actor.type(), actor.id(), request.clientId());
            return raced == null ? null : new Created<>(raced.getId(), false);
        });
    }

    void update(Actor actor, ActivityState current, UpdateActivity request) {
        refuseSettled(current);
        transaction.executeWithoutResult(status -> {
            Activity a = activities.lockById(current.id());
            refuseSettled(ActivityState.of(a, current.cobuildingIds()));
            Instant now = reads.now();
            boolean timesMoved = request.startAt() != null || request.endAt() != null;
            if (request.type() != null) {
                a.setType(request.type());
            }
            if (request.title() != null) {
                a.setTitle(request.title().strip());
            }
            if (request.description() != null) {
                a.setDescription(blankToNull(request.description()));
            }
            if (request.startAt() != null) {
                a.setStartAt(instant(request.startAt()));
            }
            if (request.endAt() != null) {
                a.setEndAt(instant(request.endAt()));
            }
            if (Boolean.TRUE.equals(request.online())) {
                clearPlace(a);
            } else if (request.place() != null) {
                setPlace(a, request.place());
            }
            if (request.checkinOpensAt() != null) {
                a.setCheckinOpensAt(instant(request.checkinOpensAt()));
            } else if (timesMoved) {
                a.setCheckinOpensAt(a.getStartAt().minus(DEFAULT_OPENS_BEFORE));
            }
            if (request.checkinClosesAt() != null) {
                a.setCheckinClosesAt(instant(request.checkinClosesAt()));
            } else if (timesMoved) {
                a.setCheckinClosesAt(a.getEndAt());
            }
            if (request.photoRequired() != null) {
                a.setPhotoRequired(request.photoRequired());
            }
            Map<String, String> errors = new LinkedHashMap<>();
            checkTitle(a.getTitle(), errors);
            if (timesMoved || request.checkinOpensAt() != null || request.checkinClosesAt() != null) {
                checkSchedule(a, now, errors);
            }
            List<Long> listed = request.expectedUserIds() == null ? null
                    : listed(request.expectedUserIds(), current.cobuildingIds(), errors);
            if (!errors.isEmpty()) {
                throw new RuleViolationException("VALIDATION_FAILED", "活动信息不正确", errors);
            }
            if (listed != null) {
                expected.deleteByActivity(a.getId());
                insertListed(a.getId(), listed);
                a.setExpectedScope(listed.isEmpty() ? ExpectedScope.ALL : ExpectedScope.LISTED);
            }
            activities.applyChange(a);
            if (request.startAt() != null) {
                links.setStartAt(a.getId(), a.getStartAt());
            }
            record(actor, a.getId(), null, "activity.update", a.getTitle());
            events.publishEvent(new ActivityChanged(a.getId(), current.cobuildingIds(), a.getRevision() + 1));
            reads.forgetAfterCommit(a.getId());
        });
    }

    void cancel(Actor actor, ActivityState current, String reason) {
        refuseSettled(current);
        transaction.executeWithoutResult(status -> {
            Activity a = activities.lockById(current.id());
            refuseSettled(ActivityState.of(a, current.cobuildingIds()));
            activities.cancel(a.getId(), reason.strip(), reads.now().truncatedTo(ChronoUnit.MILLIS));
            record(actor, a.getId(), null, "activity.cancel", reason.strip());
            events.publishEvent(new ActivityCancelled(a.getId(), current.cobuildingIds(), reason.strip()));
            reads.forgetAfterCommit(a.getId());
        });
    }

    /** The activity's own audit row, and for an admin also the bureau's audit log; inside the caller's transaction. */
    void record(Actor actor, long activityId, Long checkinId, String action, String note) {
        ActivityAudit row = new ActivityAudit();
        row.setActivityId(activityId);
        row.setCheckinId(checkinId);
        row.setAction(action);
        row.setActorType(actor.type());
        row.setActorId(actor.id());
        row.setNote(note == null || note.length() <= 500 ? note : note.substring(0, 500));
        audit.insert(row);
        if (actor.admin() != null) {
            auditLog.record(actor.admin(), action, checkinId == null ? "activity" : "checkin",
                    checkinId == null ? activityId : checkinId, note);
        }
    }

    private void refuseSettled(ActivityState state) {
        ActivityStatus status = state.status(reads.now());
        if (status == ActivityStatus.CANCELLED) {
            throw new ActivityExceptions.Cancelled();
        }
        if (status == ActivityStatus.ENDED) {
            throw new ActivityExceptions.Ended();
        }
    }

    private void insertListed(long activityId, List<Long> userIds) {
        for (long userId : userIds) {
            ActivityExpected row = new ActivityExpected();
            row.setActivityId(activityId);
            row.setUserId(userId);
            expected.insert(row);
        }
    }

    /** The listed people, each an active member of one of the co-buildings (422 otherwise); empty: everyone. */
    private List<Long> listed(List<String> userIds, List<Long> cobuildingIds, Map<String, String> errors) {
        if (userIds == null || userIds.isEmpty()) {
            return List.of();
        }
        Set<Long> members = new HashSet<>();
        cobuildingIds.forEach(c -> members.addAll(cobuildings.activeMemberIds(c)));
        Set<Long> listed = new LinkedHashSet<>();
        for (String id : userIds) {
            long userId = Long.parseLong(id);
            if (!members.contains(userId)) {
                errors.put("expectedUserIds", "应到人员须是本先锋号的在册成员");
                return List.of();
            }
            listed.add(userId);
        }
        return new ArrayList<>(listed);
    }

    private static void checkTitle(String title, Map<String, String> errors) {
        if (title.isEmpty()) {
            errors.put("title", "请填写活动标题");
        }
    }

    private static void checkSchedule(Activity a, Instant now, Map<String, String> errors) {
        if (!a.getEndAt().isAfter(a.getStartAt())) {
            errors.put("endAt", "结束时间应晚于开始时间");
        } else if (Duration.between(a.getStartAt(), a.getEndAt()).compareTo(LONGEST) > 0) {
            errors.put("endAt", "活动最长 7 天");
        }
        if (a.getStartAt().isBefore(now.minus(EARLIEST_START))) {
            errors.put("startAt", "开始时间不能早于 7 天前");
        } else if (a.getStartAt().isAfter(now.plus(LATEST_START))) {
            errors.put("startAt", "开始时间不能晚于一年后");
        }
        if (!a.getCheckinClosesAt().isAfter(a.getCheckinOpensAt())) {
            errors.put("checkinClosesAt", "签到截止时间应晚于签到开始时间");
        } else if (a.getCheckinOpensAt().isBefore(a.getStartAt().minus(WINDOW_SLACK))) {
            errors.put("checkinOpensAt", "签到最早在活动开始前 1 天开放");
        } else if (a.getCheckinClosesAt().isAfter(a.getEndAt().plus(WINDOW_SLACK))) {
            errors.put("checkinClosesAt", "签到最晚在活动结束后 1 天截止");
        }
    }

    private static void setPlace(Activity a, ActivityRequests.Place place) {
        if (place == null) {
            return;
        }
        a.setPlaceName(place.name().strip());
        a.setLatitude(place.latitude());
        a.setLongitude(place.longitude());
        a.setRadiusMeters(place.radiusMeters() == null ? DEFAULT_RADIUS : place.radiusMeters());
    }

    /** Online from now on: no place, so no geofence and no NO_LOCATION flag (the row's columns are written null). */
    private static void clearPlace(Activity a) {
        a.setPlaceName(null);
        a.setLatitude(null);
        a.setLongitude(null);
        a.setRadiusMeters(null);
    }

    private static Instant instant(OffsetDateTime time) {
        return time.toInstant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
