package cn.xianfeng.activity;

import static cn.xianfeng.shared.persistence.DuplicateKeys.insertOrFind;

import cn.xianfeng.auth.MemberDirectory;
import cn.xianfeng.auth.MemberInfo;
import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.media.MediaInfo;
import cn.xianfeng.shared.web.ApiException;
import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.shared.web.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 签到: a member's own check-in, and what organisers do to check-ins (补签, review).
 *
 * <p>The member's path is kept lean because everyone checks in at once when an activity starts: the activity comes
 * from the near cache, "is this person expected" from a roster of the activity read every few seconds
 * ({@link Activities#admits}), and the write is ONE insert guarded by the (activity, user) unique key, in autocommit unless photos come with it. Nothing keeps a
 * count: counts are read from the unique key's index when someone asks. A retry, or a second request racing the
 * first, finds the original and answers it with 200.
 */
@Service
class CheckinService {

    /** A check-in later than this after the start is flagged LATE. */
    static final Duration LATE_GRACE = Duration.ofMinutes(10);
    private static final double EARTH_RADIUS_METERS = 6_371_008.8;
    private static final long PERSON_KEPT_MILLIS = 60_000;
    private static final int PEOPLE_KEPT = 20_000;

    private final ConcurrentMap<Long, ShownAs> people = new ConcurrentHashMap<>();
    private final MemberDirectory members;

    private final CheckinMapper checkins;
    private final Activities reads;
    private final ActivityWrites writes;
    private final CheckinCodes codes;
    private final CheckinPhotos photos;
    private final CobuildingDirectory cobuildings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    CheckinService(CheckinMapper checkins, Activities reads, ActivityWrites writes, CheckinCodes codes,
                   CheckinPhotos photos, CobuildingDirectory cobuildings, MemberDirectory members,
                   ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.members = members;
        this.checkins = checkins;
        this.reads = reads;
        this.writes = writes;
        this.codes = codes;
        this.photos = photos;
        this.cobuildings = cobuildings;
        this.events = events;
        this.transaction = transaction;
    }

    Created<CheckinView> checkin(long userId, long activityId, ActivityRequests.Checkin request) {
        ActivityState a = reads.find(activityId);
        if (a == null || !reads.admits(a, userId)) {
            throw Activities.notFound();
        }
        if (request.method() == CheckinMethod.ON_BEHALF) {
            throw new RuleViolationException("VALIDATION_FAILED", "签到方式不正确", Map.of("method", "补签只能由组织者添加"));
        }
        Instant now = reads.now().truncatedTo(ChronoUnit.MILLIS);
        List<Long> photoIds = request.photoMediaIds() == null ? List.of()
                : request.photoMediaIds().stream().map(Long::valueOf).distinct().toList();
        Map<Long, MediaInfo> photoInfos = new HashMap<>();
        ApiException refusal = refusal(a, userId, now, photoIds, photoInfos);
        if (refusal != null) {
            // A retry that arrives after the window closed (or after anything else changed) still gets the original.
            Checkin original = checkins.findByActivityAndUser(activityId, userId);
            if (original != null) {
                return new Created<>(view(original), false);
            }
            throw refusal;
        }

        Checkin c = new Checkin();
        c.setActivityId(activityId);
        c.setUserId(userId);
        c.setClientId(request.clientId());
        c.setMethod(request.method());
        c.setCheckedInAt(now);
        Set<CheckinFlag> flags = EnumSet.noneOf(CheckinFlag.class);
        if (request.location() != null) {
            c.setLatitude(request.location().latitude());
            c.setLongitude(request.location().longitude());
            c.setAccuracy(request.location().accuracy());
        }
        if (a.hasPlace()) {
            if (request.location() == null) {
                flags.add(CheckinFlag.NO_LOCATION);
            } else {
                double distance = haversineMeters(a.latitude(), a.longitude(), c.getLatitude(), c.getLongitude());
                c.setDistanceMeters((int) Math.round(distance));
                double accuracy = c.getAccuracy() == null ? 0 : c.getAccuracy();
                if (distance > a.radiusMeters() + accuracy) {
                    flags.add(CheckinFlag.OUT_OF_RANGE);
                }
            }
        }
        if (now.isAfter(a.startAt().plus(LATE_GRACE))) {
            flags.add(CheckinFlag.LATE);
        }
        if (request.method() == CheckinMethod.ROTATING_CODE && !codes.rotatingCodeMatches(activityId, request.code(), now)
                || request.method() == CheckinMethod.MINIPROGRAM_CODE
                && !codes.miniProgramKeyMatches(activityId, request.code())) {
            flags.add(CheckinFlag.CODE_MISMATCH);
        }
        if (CheckinPhotos.stale(photoInfos.values(), now)) {
            flags.add(CheckinFlag.STALE_PHOTO);
        }
        c.setFlags(flags.stream().map(Enum::name).collect(Collectors.joining(",")));
        c.setPhotoMediaIds(photoIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        return insertOrFind(() -> {
            if (photoIds.isEmpty()) {
                // The burst path (300 people as a lecture starts): one statement in autocommit, no transaction's
                // round trips. The event follows the durable row; what reacts to it (the live count) is derived
                // from the table and needs no record of its own.
                checkins.insertNew(c);
                events.publishEvent(recorded(a, c, flags, photoIds));
            } else {
                // The photos' use and the CHECKIN card's event commit with the row, so neither can be lost.
                transaction.executeWithoutResult(status -> {
                    checkins.insertNew(c);
                    events.publishEvent(recorded(a, c, flags, photoIds));
                    photos.used(photoIds, c.getId());
                });
            }
            return new Created<>(view(c), true);
        }, () -> {
            Checkin original = checkins.findByActivityAndUser(activityId, userId);
            return original == null ? null : new Created<>(view(original), false);
        });
    }

    private static CheckinRecorded recorded(ActivityState a, Checkin c, Set<CheckinFlag> flags, List<Long> photoIds) {
        return new CheckinRecorded(a.id(), c.getId(), c.getUserId(), a.cobuildingIds(), List.copyOf(flags), photoIds,
                c.getCheckedInAt(), false);
    }

    /** What refuses the check-in outright, in the order a member can do something about it; null: nothing. */
    private ApiException refusal(ActivityState a, long userId, Instant now, List<Long> photoIds,
                                 Map<Long, MediaInfo> photoInfos) {
        if (a.cancelledAt() != null) {
            return new ActivityExceptions.Cancelled();
        }
        if (!reads.expectsAdmitted(a, userId)) {
            return new ActivityExceptions.NotExpected();
        }
        if (now.isBefore(a.checkinOpensAt()) || now.isAfter(a.checkinClosesAt())) {
            return new ActivityExceptions.CheckinClosed();
        }
        if (a.photoRequired() && photoIds.isEmpty()) {
            return new RuleViolationException("VALIDATION_FAILED", "本次活动签到需要拍照",
                    Map.of("photoMediaIds", "请拍摄现场照片"));
        }
        if (!photoIds.isEmpty()) {
            try {
                photoInfos.putAll(photos.requireOwn(userId, photoIds));
            } catch (RuleViolationException notOwn) {
                return notOwn;
            }
        }
        return null;
    }

    /** 补签 by an organiser: counts as attended, flagged with nothing, audited. A retry answers the original. */
    Created<CheckinView> onBehalf(Actor actor, ActivityState a, ActivityRequests.OnBehalf request) {
        if (a.cancelledAt() != null) {
            throw new ActivityExceptions.Cancelled();
        }
        long userId = Long.parseLong(request.userId());
        Checkin existing = checkins.findByActivityAndUser(a.id(), userId);
        if (existing != null) {
            return new Created<>(view(existing), false);
        }
        if (!reads.expects(a, userId, cobuildings.activeCobuildingIds(userId))) {
            throw new RuleViolationException("VALIDATION_FAILED", "该成员不在应到人员中",
                    Map.of("userId", "该成员不在本次活动的应到人员中"));
        }
        Instant now = reads.now().truncatedTo(ChronoUnit.MILLIS);
        Checkin c = new Checkin();
        c.setActivityId(a.id());
        c.setUserId(userId);
        c.setClientId(request.clientId());
        c.setMethod(CheckinMethod.ON_BEHALF);
        c.setCheckedInAt(now);
        c.setFlags("");
        c.setPhotoMediaIds("");
        c.setOnBehalfByType(actor.type());
        c.setOnBehalfById(actor.id());
        c.setOnBehalfReason(request.reason().strip());
        return insertOrFind(() -> {
            transaction.executeWithoutResult(status -> {
                checkins.insertNew(c);
                writes.record(actor, a.id(), c.getId(), "checkin.on-behalf", c.getOnBehalfReason());
                events.publishEvent(new CheckinRecorded(a.id(), c.getId(), userId, a.cobuildingIds(), List.of(),
                        List.of(), now, true));
            });
            return new Created<>(view(c), true);
        }, () -> {
            Checkin original = checkins.findByActivityAndUser(a.id(), userId);
            return original == null ? null : new Created<>(view(original), false);
        });
    }

    /** An organiser confirms or overrules a check-in (usually a flagged one); the latest decision stands. */
    CheckinView review(Actor actor, ActivityState a, long checkinId, ActivityRequests.Review request) {
        Checkin c = checkins.findByActivityAndId(a.id(), checkinId);
        if (c == null) {
            throw new NotFoundException("CHECKIN_NOT_FOUND", "签到记录不存在");
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        Instant now = reads.now().truncatedTo(ChronoUnit.MILLIS);
        transaction.executeWithoutResult(status -> {
            checkins.review(c.getId(), request.decision(), note, actor.type(), actor.id(), now);
            writes.record(actor, a.id(), c.getId(), "checkin.review",
                    request.decision() + (note == null ? "" : ": " + note));
        });
        return view(checkins.selectById(c.getId()));
    }

    private CheckinView view(Checkin c) {
        return reads.checkinViews(List.of(c), Map.of(c.getUserId(), person(c.getUserId()))).get(0);
    }

    /**
     * How the person is shown, from this instance's short-lived copy: everyone at an activity checks in at once, and
     * the answer need not read their profile each time; a name changed a minute ago may show the old one here.
     */
    private MemberInfo person(long userId) {
        long now = System.currentTimeMillis();
        ShownAs cached = people.get(userId);
        if (cached != null && cached.until() > now) {
            return cached.info();
        }
        MemberInfo info = members.findAll(List.of(userId)).get(userId);
        if (info == null) {
            info = new MemberInfo(userId, "成员", null);
        }
        if (people.size() > PEOPLE_KEPT) {
            people.clear();
        }
        people.put(userId, new ShownAs(info, now + PERSON_KEPT_MILLIS));
        return info;
    }

    private record ShownAs(MemberInfo info, long until) {
    }

    /** Great-circle distance on a sphere of the Earth's mean radius: metres are all a geofence needs. */
    static double haversineMeters(double lat1, double lng1, double lat2, double lng2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLng / 2), 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
