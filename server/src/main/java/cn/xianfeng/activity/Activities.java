package cn.xianfeng.activity;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.admin.AdminScope;
import cn.xianfeng.admin.Permission;
import cn.xianfeng.auth.MemberDirectory;
import cn.xianfeng.auth.MemberInfo;
import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.cobuild.CobuildingInfo;
import cn.xianfeng.cobuild.GroupInfo;
import cn.xianfeng.cobuild.MemberRole;
import cn.xianfeng.media.MediaLinks;
import cn.xianfeng.shared.cache.NearCache;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.ApiTime;
import cn.xianfeng.shared.web.ForbiddenException;
import cn.xianfeng.shared.web.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.redisson.api.RedissonClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Activities as both audiences read them: the activity (from this instance's near cache), who may see and manage it,
 * who it expects, and its views. No transaction of its own: each question is one statement.
 */
@Component
class Activities {

    /** How long a roster of who may check in is believed (see {@link #admits}). */
    static final Duration ROSTER_FRESH = Duration.ofSeconds(5);
    private static final int MAX_ROSTERS = 1_000;

    private final ActivityMapper activities;
    private final ActivityCobuildingMapper links;
    private final ActivityExpectedMapper expected;
    private final CheckinMapper checkins;
    private final CobuildingDirectory cobuildings;
    private final MemberDirectory members;
    private final AdminAccess admins;
    private final CheckinPhotos photos;
    private final Clock clock;
    private final NearCache<ActivityState> cache;
    private final ConcurrentMap<Long, Roster> rosters = new ConcurrentHashMap<>();

    Activities(ActivityMapper activities, ActivityCobuildingMapper links, ActivityExpectedMapper expected,
               CheckinMapper checkins, CobuildingDirectory cobuildings, MemberDirectory members, AdminAccess admins,
               CheckinPhotos photos, Clock clock, RedissonClient redisson) {
        this.activities = activities;
        this.links = links;
        this.expected = expected;
        this.checkins = checkins;
        this.cobuildings = cobuildings;
        this.members = members;
        this.admins = admins;
        this.photos = photos;
        this.clock = clock;
        // Every change invalidates on every instance; the time to live only bounds a lost invalidation.
        this.cache = new NearCache<>(redisson, "activity:state", Duration.ofSeconds(30), 20_000);
    }

    Instant now() {
        return clock.instant();
    }

    /** The activity, or null. */
    ActivityState find(long id) {
        return cache.get(String.valueOf(id), key -> {
            Activity row = activities.selectById(id);
            return row == null ? null : ActivityState.of(row,
                    links.listByActivity(id).stream().map(ActivityCobuilding::getCobuildingId).toList());
        });
    }

    /** Every instance forgets its copy once the change is committed (a rolled-back change leaves it). */
    void forgetAfterCommit(long id) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cache.invalidate(String.valueOf(id));
            }
        });
    }

    // --- who may see and manage -------------------------------------------------------------------------------

    /** A member's view of an activity: their roles in its co-buildings (at least one, or 404). */
    record MemberAccess(ActivityState activity, Map<Long, MemberRole> roles) {
        /** 科技党建先锋 or 共建联络员 of one of its co-buildings. */
        boolean canManage() {
            return roles.values().stream().anyMatch(r -> r == MemberRole.PIONEER || r == MemberRole.UNIT_LIAISON);
        }
    }

    MemberAccess forMember(long id, long userId) {
        ActivityState activity = find(id);
        if (activity == null) {
            throw notFound();
        }
        Map<Long, MemberRole> roles = rolesIn(activity, userId);
        if (roles.isEmpty()) {
            throw notFound();
        }
        return new MemberAccess(activity, roles);
    }

    MemberAccess forMemberManaging(long id, long userId) {
        MemberAccess access = forMember(id, userId);
        if (!access.canManage()) {
            throw new ForbiddenException("只有科技党建先锋或共建联络员可以管理活动");
        }
        return access;
    }

    /** The member's roles in those of the activity's co-buildings they are active in. */
    Map<Long, MemberRole> rolesIn(ActivityState activity, long userId) {
        Set<Long> mine = new HashSet<>(cobuildings.activeCobuildingIds(userId));
        Map<Long, MemberRole> roles = new HashMap<>();
        for (long cobuildingId : activity.cobuildingIds()) {
            if (mine.contains(cobuildingId)) {
                cobuildings.activeRole(cobuildingId, userId).ifPresent(role -> roles.put(cobuildingId, role));
            }
        }
        return roles;
    }

    /** The activity if the admin's permission reaches one of its co-buildings; 404 otherwise. */
    ActivityState forAdmin(AdminCaller caller, long id, Permission permission) {
        AdminScope scope = admins.require(caller, permission);
        ActivityState activity = find(id);
        if (activity == null || !reaches(scope, activity.cobuildingIds())) {
            throw notFound();
        }
        return activity;
    }

    boolean reaches(AdminScope scope, Collection<Long> cobuildingIds) {
        if (scope.seesAll()) {
            return true;
        }
        return cobuildings.findAll(cobuildingIds).values().stream()
                .anyMatch(c -> scope.reaches(c.bureauLiaisonId()));
    }

    /** Whether the admin may manage the activity (a permission that reaches it); never throws 403. */
    boolean adminCanManage(AdminCaller caller, ActivityState activity) {
        try {
            return reaches(admins.require(caller, Permission.MANAGE_ACTIVITIES), activity.cobuildingIds());
        } catch (ForbiddenException noPermission) {
            return false;
        }
    }

    static NotFoundException notFound() {
        return new NotFoundException("ACTIVITY_NOT_FOUND", "活动不存在");
    }

    // --- who is expected ---------------------------------------------------------------------------------------

    /** Everyone the activity expects now: the active members of its co-buildings, or its list. */
    List<Long> expectedIds(ActivityState activity) {
        if (activity.expectedScope() == ExpectedScope.LISTED) {
            return expected.listUserIds(activity.id());
        }
        return new ArrayList<>(activeMembersOf(activity));
    }

    private Set<Long> activeMembersOf(ActivityState activity) {
        Set<Long> all = new LinkedHashSet<>();
        activity.cobuildingIds().forEach(c -> all.addAll(cobuildings.activeMemberIds(c)));
        return all;
    }

    /**
     * How many the activity expects now, counted rather than listed where it can be (a card asks after each check-in):
     * a list's rows, or a single co-building's active members; several co-buildings are listed, since someone may be
     * in two of them.
     */
    int expectedCount(ActivityState activity) {
        if (activity.expectedScope() == ExpectedScope.LISTED) {
            return expected.countByActivity(activity.id());
        }
        if (activity.cobuildingIds().size() == 1) {
            long cobuildingId = activity.cobuildingIds().get(0);
            GroupInfo group = cobuildings.findGroupInfos(List.of(cobuildingId)).get(cobuildingId);
            return group == null ? 0 : group.memberCount();
        }
        return expectedIds(activity).size();
    }

    /**
     * Whether the person is an active member of one of the activity's co-buildings, answered from this instance's
     * roster of the activity: everyone at a lecture checks in within a minute or two, and asking the membership table
     * for each of them was half the statements of a check-in. Someone who joined after the roster was read is not in
     * it and is asked about; someone removed since may still check in until the roster is read again (at most
     * {@link #ROSTER_FRESH} later) — the organiser can overrule that check-in.
     */
    boolean admits(ActivityState activity, long userId) {
        if (roster(activity).members().contains(userId)) {
            return true;
        }
        List<Long> theirs = cobuildings.activeCobuildingIds(userId);
        return activity.cobuildingIds().stream().anyMatch(theirs::contains);
    }

    /**
     * Whether an admitted person ({@link #admits}) is expected: everyone for an ALL activity; for a LISTED one, the
     * list as the roster read it. The list changes only with the activity, and a changed activity is another
     * {@link ActivityState} (compared by value: requests that loaded the same state at once share one roster), which
     * reads a new roster.
     */
    boolean expectsAdmitted(ActivityState activity, long userId) {
        return activity.expectedScope() != ExpectedScope.LISTED || roster(activity).listed().contains(userId);
    }

    private Roster roster(ActivityState activity) {
        Roster held = rosters.get(activity.id());
        if (held != null && held.activity().equals(activity)) {
            // An aging roster is read again by one request while the others go on with it.
            if (!held.fresh() && held.refreshing().compareAndSet(false, true)) {
                Roster read = read(activity);
                rosters.put(activity.id(), read);
                return read;
            }
            return held;
        }
        if (rosters.size() > MAX_ROSTERS) {
            rosters.clear();
        }
        // None for this state of the activity yet: the burst's first requests wait for one read, not fifty.
        return rosters.compute(activity.id(), (id, current) -> current != null && current.activity().equals(activity)
                ? current : read(activity));
    }

    private Roster read(ActivityState activity) {
        return new Roster(activity, Set.copyOf(activeMembersOf(activity)),
                activity.expectedScope() == ExpectedScope.LISTED
                        ? Set.copyOf(expected.listUserIds(activity.id())) : Set.of(),
                System.nanoTime(), new AtomicBoolean());
    }

    /**
     * The active members of an activity's co-buildings and its list, as read at {@code readAt} (nanoTime) for one
     * state of the activity; {@code refreshing} is set once a request has started reading it again.
     */
    private record Roster(ActivityState activity, Set<Long> members, Set<Long> listed, long readAt,
                          AtomicBoolean refreshing) {
        boolean fresh() {
            return System.nanoTime() - readAt < ROSTER_FRESH.toNanos();
        }
    }

    /** One indexed query: the list's unique key, or the person's active co-buildings. */
    boolean expects(ActivityState activity, long userId, Collection<Long> activeCobuildingsOfUser) {
        if (activity.expectedScope() == ExpectedScope.LISTED) {
            return expected.countByActivityAndUser(activity.id(), userId) > 0;
        }
        return activity.cobuildingIds().stream().anyMatch(activeCobuildingsOfUser::contains);
    }

    // --- views -------------------------------------------------------------------------------------------------

    ActivityView view(ActivityState a, Long viewerUserId, boolean canManage) {
        Instant now = now();
        Map<Long, CobuildingInfo> infos = cobuildings.findAll(a.cobuildingIds());
        List<ActivityView.CobuildingRef> refs = a.cobuildingIds().stream().filter(infos::containsKey)
                .map(id -> new ActivityView.CobuildingRef(String.valueOf(id), infos.get(id).name())).toList();
        String organizerName = a.organizerType() == ActorType.ADMIN
                ? admins.displayName(a.organizerId()).orElse("市科技局")
                : members.findAll(List.of(a.organizerId())).values().stream().findFirst()
                        .map(MemberInfo::displayName).orElse("成员");
        List<Long> expectedIds = expectedIds(a);
        CheckinView mine = null;
        boolean expectedOfMe = false;
        if (viewerUserId != null) {
            expectedOfMe = expectedIds.contains(viewerUserId);
            Checkin own = checkins.findByActivityAndUser(a.id(), viewerUserId);
            mine = own == null ? null : checkinViews(List.of(own)).get(0);
        }
        ActivityView.Place place = a.hasPlace() ? new ActivityView.Place(a.placeName(), a.latitude(), a.longitude(),
                a.radiusMeters()) : null;
        return new ActivityView(String.valueOf(a.id()), a.type(), a.title(), a.description(), ApiTime.of(a.startAt()),
                ApiTime.of(a.endAt()), place, ApiTime.of(a.checkinOpensAt()), ApiTime.of(a.checkinClosesAt()),
                a.photoRequired(), a.status(now), a.cancelReason(), refs,
                new ActivityView.Organizer(a.organizerType(), String.valueOf(a.organizerId()), organizerName),
                new ActivityView.Expected(a.expectedScope(), expectedIds.size()), checkins.countByActivity(a.id()),
                mine, expectedOfMe, canManage);
    }

    /** List rows with their counts, a fixed number of queries per page (plus one per co-building of ALL scopes). */
    List<ActivitySummary> summaries(List<Activity> rows, Long viewerUserId) {
        List<Long> ids = rows.stream().map(Activity::getId).toList();
        Map<Long, List<Long>> cobuildingsOf = new HashMap<>();
        links.listByActivities(ids).forEach(l -> cobuildingsOf.computeIfAbsent(l.getActivityId(),
                k -> new ArrayList<>()).add(l.getCobuildingId()));
        Map<Long, CobuildingInfo> infos = cobuildings.findAll(cobuildingsOf.values().stream()
                .flatMap(List::stream).distinct().toList());
        Map<Long, Integer> counts = checkins.countByActivities(ids);
        Set<Long> mine = viewerUserId == null ? Set.of() : checkins.listActivityIdsCheckedInBy(viewerUserId, ids);
        Map<Long, List<Long>> membersOf = new HashMap<>();
        Instant now = now();
        List<ActivitySummary> summaries = new ArrayList<>();
        for (Activity row : rows) {
            List<Long> cobuildingIds = cobuildingsOf.getOrDefault(row.getId(), List.of());
            int expectedCount;
            if (row.getExpectedScope() == ExpectedScope.LISTED) {
                expectedCount = expected.listUserIds(row.getId()).size();
            } else {
                Set<Long> all = new HashSet<>();
                cobuildingIds.forEach(c -> all.addAll(membersOf.computeIfAbsent(c, cobuildings::activeMemberIds)));
                expectedCount = all.size();
            }
            summaries.add(new ActivitySummary(String.valueOf(row.getId()), row.getType(), row.getTitle(),
                    ApiTime.of(row.getStartAt()), ApiTime.of(row.getEndAt()), row.getPlaceName(),
                    ActivityStatus.of(row.getCancelledAt(), row.getStartAt(), row.getEndAt(), now),
                    cobuildingIds.stream().filter(infos::containsKey).map(c -> infos.get(c).name()).toList(),
                    counts.getOrDefault(row.getId(), 0), expectedCount, mine.contains(row.getId())));
        }
        return summaries;
    }

    /** Views of check-ins, with the names of their people, 补签 organisers and reviewers in two queries. */
    List<CheckinView> checkinViews(List<Checkin> rows) {
        return checkinViews(rows, Map.of());
    }

    /** As {@link #checkinViews(List)}, with some people already known (not read again). */
    List<CheckinView> checkinViews(List<Checkin> rows, Map<Long, MemberInfo> known) {
        Set<Long> memberIds = new HashSet<>();
        Set<Long> adminIds = new HashSet<>();
        Set<Long> mediaIds = new HashSet<>();
        for (Checkin c : rows) {
            memberIds.add(c.getUserId());
            collect(c.getOnBehalfByType(), c.getOnBehalfById(), memberIds, adminIds);
            collect(c.getReviewedByType(), c.getReviewedById(), memberIds, adminIds);
            mediaIds.addAll(ids(c.getPhotoMediaIds()));
        }
        memberIds.removeAll(known.keySet());
        Map<Long, MemberInfo> people = new HashMap<>(known);
        if (!memberIds.isEmpty()) {
            people.putAll(members.findAll(memberIds));
        }
        Map<Long, String> adminNames = admins.displayNames(adminIds);
        Map<Long, MediaLinks> links = mediaIds.isEmpty() ? Map.of() : photos.links(mediaIds);
        return rows.stream().map(c -> checkinView(c, people, adminNames, links)).toList();
    }

    private static void collect(ActorType type, Long id, Set<Long> memberIds, Set<Long> adminIds) {
        if (type == ActorType.MEMBER) {
            memberIds.add(id);
        } else if (type == ActorType.ADMIN) {
            adminIds.add(id);
        }
    }

    private static CheckinView checkinView(Checkin c, Map<Long, MemberInfo> people, Map<Long, String> adminNames,
                                           Map<Long, MediaLinks> links) {
        MemberInfo person = people.get(c.getUserId());
        CheckinView.Location location = c.getLatitude() == null ? null
                : new CheckinView.Location(c.getLatitude(), c.getLongitude(), c.getAccuracy());
        CheckinView.OnBehalf onBehalf = c.getOnBehalfByType() == null ? null : new CheckinView.OnBehalf(
                nameOf(c.getOnBehalfByType(), c.getOnBehalfById(), people, adminNames), c.getOnBehalfReason());
        CheckinView.Review review = c.getReviewDecision() == null ? null : new CheckinView.Review(
                c.getReviewDecision(), c.getReviewNote(),
                nameOf(c.getReviewedByType(), c.getReviewedById(), people, adminNames), ApiTime.of(c.getReviewedAt()));
        List<MediaLinks> photoLinks = ids(c.getPhotoMediaIds()).stream().filter(links::containsKey).map(links::get)
                .toList();
        return new CheckinView(String.valueOf(c.getId()), String.valueOf(c.getActivityId()),
                String.valueOf(c.getUserId()), person == null ? "成员" : person.displayName(),
                person == null ? null : person.avatarUrl(), c.getMethod(), ApiTime.of(c.getCheckedInAt()), location,
                c.getDistanceMeters(), flags(c.getFlags()), photoLinks, onBehalf, review);
    }

    private static String nameOf(ActorType type, Long id, Map<Long, MemberInfo> people, Map<Long, String> admins) {
        if (type == ActorType.ADMIN) {
            return admins.getOrDefault(id, "市科技局");
        }
        MemberInfo person = people.get(id);
        return person == null ? "成员" : person.displayName();
    }

    static List<CheckinFlag> flags(String stored) {
        return stored == null || stored.isEmpty() ? List.of()
                : Arrays.stream(stored.split(",")).map(CheckinFlag::valueOf).toList();
    }

    static List<Long> ids(String stored) {
        return stored == null || stored.isEmpty() ? List.of()
                : Arrays.stream(stored.split(",")).map(Long::valueOf).toList();
    }
}
