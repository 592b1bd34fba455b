package cn.xianfeng.activity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Activities and check-in through the API, as organisers, members and the bureau use them. */
@ApiTest
class ActivityApiTest extends ApiTestBase {

    /** 人民广场, Shanghai. */
    static final double LAT = 31.2304;
    static final double LNG = 121.4737;

    String pioneer;
    String member;
    String cobuildingId;
    String memberId;
    String pioneerId;

    @BeforeEach
    void setUp() {
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 0);
        member = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
        memberId = fixtures.userId(member);
        pioneerId = fixtures.userId(pioneer);
    }

    // --- creating and seeing -----------------------------------------------------------------------------------

    @Test
    void thePioneerCreatesAnActivityOnceHowEverOftenThePhoneRetriesAndItsMembersSeeIt() {
        Map<String, Object> body = activity(5, 120);
        Reply created = api.post(activitiesOf(cobuildingId), body, pioneer);
        assertThat(created.status()).isEqualTo(201);
        JsonNode view = created.json();
        assertThat(view.path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(view.path("canManage").asBoolean()).isTrue();
        assertThat(view.path("expected").path("scope").asString()).isEqualTo("ALL");
        assertThat(view.path("expected").path("count").asInt()).isEqualTo(2);
        assertThat(view.path("place").path("radiusMeters").asInt()).isEqualTo(200);
        assertThat(OffsetDateTime.parse(view.path("checkinOpensAt").asString()))
                .isEqualTo(OffsetDateTime.parse(view.path("startAt").asString()).minusMinutes(30));
        assertThat(view.path("checkinClosesAt").asString()).isEqualTo(view.path("endAt").asString());
        assertThat(view.path("organizer").path("type").asString()).isEqualTo("MEMBER");
        assertThat(view.path("cobuildings").get(0).path("id").asString()).isEqualTo(cobuildingId);

        Reply again = api.post(activitiesOf(cobuildingId), body, pioneer);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asString()).isEqualTo(view.path("id").asString());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity WHERE client_id = ?", Integer.class,
                body.get("clientId"))).isEqualTo(1);

        JsonNode seen = api.get("/api/mp/activities/" + id(view), member).json();
        assertThat(seen.path("canManage").asBoolean()).isFalse();
        assertThat(seen.path("expectedOfMe").asBoolean()).isTrue();
        assertThat(seen.path("myCheckin").isNull()).isTrue();
        JsonNode list = api.get("/api/mp/activities?when=UPCOMING", member).json();
        assertThat(list.path("total").asInt()).isEqualTo(1);
        assertThat(list.path("items").get(0).path("expectedCount").asInt()).isEqualTo(2);
        assertThat(list.path("items").get(0).path("checkedIn").asBoolean()).isFalse();
        assertThat(api.get("/api/mp/activities?when=PAST", member).json().path("total").asInt()).isZero();
    }

    @Test
    void aMemberMayNotCreateAndSomeoneOutsideTheCobuildingDoesNotSeeItAtAll() {
        Reply byMember = api.post(activitiesOf(cobuildingId), activity(5, 60), member);
        assertThat(byMember.status()).isEqualTo(403);
        String outsider = fixtures.member();
        fixtures.cobuilding(outsider, 0);
        assertThat(api.post(activitiesOf(cobuildingId), activity(5, 60), outsider).status()).isEqualTo(404);
        String id = created(activity(5, 60));
        assertThat(api.get("/api/mp/activities/" + id, outsider).status()).isEqualTo(404);
        Reply checkin = api.post(checkinsOf(id), located(LAT, LNG), outsider);
        assertThat(checkin.status()).isEqualTo(404);
        assertThat(api.get("/api/mp/activities", outsider).json().path("total").asInt()).isZero();
    }

    @Test
    void whatAnActivityMayBeIsCheckedFieldByField() {
        assertInvalid(with(activity(5, 60), "title", "标".repeat(61)), "title");
        assertInvalid(with(activity(5, 60), "endAt", at(4)), "endAt");
        assertInvalid(with(activity(5, 60), "startAt", at(-60 * 24 * 8)), "startAt");
        assertInvalid(with(activity(5, 60), "place", Map.of("name", "广场", "latitude", 91, "longitude", LNG)),
                "place.latitude");
        assertInvalid(with(activity(5, 60), "place", Map.of("name", "广场", "latitude", LAT, "longitude", -181)),
                "place.longitude");
        assertInvalid(with(activity(5, 60), "place", Map.of("name", "广场", "latitude", LAT, "longitude", LNG,
                "radiusMeters", 10)), "place.radiusMeters");
        assertInvalid(with(activity(5, 60), "checkinClosesAt", at(-40)), "checkinClosesAt");
        assertInvalid(with(activity(5, 60), "type", "POLICY_SESSION"), "type");
        String outsider = fixtures.userId(fixtures.member());
        assertInvalid(with(activity(5, 60), "expectedUserIds", List.of(memberId, outsider)), "expectedUserIds");
    }

    @Test
    void anEditKeepsThePlaceItDoesNotNameAndOnlineTakesItAway() {
        String id = created(activity(5, 60));
        Reply kept = patch("/api/mp/activities/" + id, Map.of("title", "地点不变"), pioneer);
        assertThat(kept.json().path("place").path("name").asString()).isEqualTo("人民广场");

        Map<String, Object> both = new HashMap<>(Map.of("online", true));
        both.put("place", Map.of("name", "会议室", "latitude", LAT, "longitude", LNG));
        Reply contradiction = patch("/api/mp/activities/" + id, both, pioneer);
        assertThat(contradiction.status()).isEqualTo(422);
        assertThat(contradiction.json().path("errors").path("online").asString()).isNotBlank();

        Reply online = patch("/api/mp/activities/" + id, Map.of("online", true), pioneer);
        assertThat(online.status()).isEqualTo(200);
        assertThat(online.json().path("place").isNull()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity WHERE id = ? AND place_name IS NULL"
                + " AND latitude IS NULL AND longitude IS NULL AND radius_meters IS NULL", Integer.class,
                Long.parseLong(id))).isEqualTo(1);
        // Online now: checking in without a location is not flagged.
        Reply checkin = api.post(checkinsOf(id), Map.of("clientId", clientId(), "method", "LOCATION"), member);
        assertThat(checkin.status()).isEqualTo(201);
        assertThat(flags(checkin)).isEmpty();
    }

    @Test
    void anOrganiserChangesAndCancelsAnActivityButNotOnceItHasEnded() {
        String id = created(activity(5, 60));
        Reply changed = patch("/api/mp/activities/" + id, Map.of("title", "改期后的讲座", "description", "新介绍"),
                pioneer);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("title").asString()).isEqualTo("改期后的讲座");
        assertThat(api.get("/api/mp/activities/" + id, member).json().path("title").asString())
                .isEqualTo("改期后的讲座");
        assertThat(patch("/api/mp/activities/" + id, Map.of("title", "x"), member).status()).isEqualTo(403);

        Reply cancelled = api.post("/api/mp/activities/" + id + "/cancel", Map.of("reason", "天气原因"), pioneer);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().path("cancelReason").asString()).isEqualTo("天气原因");
        Reply afterCancel = patch("/api/mp/activities/" + id, Map.of("title", "再改"), pioneer);
        assertThat(afterCancel.status()).isEqualTo(409);
        assertThat(afterCancel.code()).isEqualTo("ACTIVITY_CANCELLED");

        String ended = created(activity(-180, 60));
        Reply afterEnd = patch("/api/mp/activities/" + ended, Map.of("title", "再改"), pioneer);
        assertThat(afterEnd.status()).isEqualTo(409);
        assertThat(afterEnd.code()).isEqualTo("ACTIVITY_ENDED");
        assertThat(api.post("/api/mp/activities/" + ended + "/cancel", Map.of("reason", "x"), pioneer).code())
                .isEqualTo("ACTIVITY_ENDED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_audit WHERE activity_id = ?", Integer.class,
                Long.parseLong(id))).isEqualTo(3);
    }

    // --- checking in -------------------------------------------------------------------------------------------

    @Test
    void aCheckinOnTheSpotIsStoredOnceAndEveryRetryAnswersTheOriginal() {
        String id = created(activity(5, 60));
        Map<String, Object> body = located(LAT + 0.0005, LNG);
        Reply first = api.post(checkinsOf(id), body, member);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("flags").size()).isZero();
        assertThat(first.json().path("distanceMeters").asInt()).isBetween(50, 60);
        assertThat(first.json().path("method").asString()).isEqualTo("LOCATION");
        Reply retry = api.post(checkinsOf(id), body, member);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        Reply otherClientId = api.post(checkinsOf(id), located(0, 0), member);
        assertThat(otherClientId.status()).isEqualTo(200);
        assertThat(otherClientId.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(otherClientId.json().path("flags").size()).isZero();
        assertThat(checkinRows(id)).isEqualTo(1);
        JsonNode view = api.get("/api/mp/activities/" + id, member).json();
        assertThat(view.path("myCheckin").path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(view.path("checkedInCount").asInt()).isEqualTo(1);
    }

    @Test
    void theHardRefusalsEachAnswerTheirProblem() {
        String notListed = created(with(activity(5, 60), "expectedUserIds", List.of(pioneerId)));
        assertProblem(api.post(checkinsOf(notListed), located(LAT, LNG), member), 403, "NOT_EXPECTED");

        String later = created(activity(120, 60));
        assertProblem(api.post(checkinsOf(later), located(LAT, LNG), member), 409, "CHECKIN_CLOSED");
        String over = created(activity(-120, 60));
        assertProblem(api.post(checkinsOf(over), located(LAT, LNG), member), 409, "CHECKIN_CLOSED");

        String cancelled = created(activity(5, 60));
        api.post("/api/mp/activities/" + cancelled + "/cancel", Map.of("reason", "取消"), pioneer);
        assertProblem(api.post(checkinsOf(cancelled), located(LAT, LNG), member), 409, "ACTIVITY_CANCELLED");

        String withPhoto = created(with(activity(5, 60), "photoRequired", true));
        Reply noPhoto = api.post(checkinsOf(withPhoto), located(LAT, LNG), member);
        assertProblem(noPhoto, 422, "VALIDATION_FAILED");
        assertThat(noPhoto.json().path("errors").has("photoMediaIds")).isTrue();
        Reply notOwn = api.post(checkinsOf(withPhoto), with(located(LAT, LNG), "photoMediaIds", List.of("999999999")),
                member);
        assertProblem(notOwn, 422, "VALIDATION_FAILED");
        assertThat(notOwn.json().path("errors").has("photoMediaIds")).isTrue();

        Reply onBehalfMethod = api.post(checkinsOf(withPhoto), with(located(LAT, LNG), "method", "ON_BEHALF"), member);
        assertProblem(onBehalfMethod, 422, "VALIDATION_FAILED");
        Reply badLocation = api.post(checkinsOf(withPhoto), located(95, LNG), member);
        assertProblem(badLocation, 422, "VALIDATION_FAILED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM checkin WHERE user_id = ?", Integer.class,
                Long.parseLong(memberId))).isZero();
    }

    @Test
    void photosMustBeTheMembersOwnCheckinUploadsAndOneTakenLongBeforeIsFlaggedStale() throws Exception {
        String id = created(with(activity(5, 60), "photoRequired", true));
        long memberUser = Long.parseLong(memberId);
        long fresh = TestPhotos.uploaded(jdbc, memberUser, "CHECKIN", Instant.now().minusSeconds(60));
        long old = TestPhotos.uploaded(jdbc, Long.parseLong(pioneerId), "CHECKIN", Instant.now().minusSeconds(3600));
        long chat = TestPhotos.uploaded(jdbc, memberUser, "CHAT", Instant.now());
        long hidden = TestPhotos.uploaded(jdbc, memberUser, "CHECKIN", Instant.now());
        TestPhotos.hide(jdbc, hidden);
        for (long notUsable : List.of(old, chat, hidden)) {
            Reply refused = api.post(checkinsOf(id), with(located(LAT, LNG), "photoMediaIds",
                    List.of(String.valueOf(notUsable))), member);
            assertProblem(refused, 422, "VALIDATION_FAILED");
            assertThat(refused.json().path("errors").has("photoMediaIds")).isTrue();
        }

        Reply withPhoto = api.post(checkinsOf(id), with(located(LAT, LNG), "photoMediaIds",
                List.of(String.valueOf(fresh))), member);
        assertThat(withPhoto.status()).as(withPhoto.body()).isEqualTo(201);
        assertThat(flags(withPhoto)).isEmpty();
        JsonNode photo = withPhoto.json().path("photos").get(0);
        assertThat(photo.path("id").asString()).isEqualTo(String.valueOf(fresh));
        assertThat(photo.path("url").asString()).startsWith("/api/media/" + fresh + "/original?exp=");
        assertThat(photo.path("thumbUrl").asString()).startsWith("/api/media/" + fresh + "/thumb?exp=");
        Reply stale = api.post(checkinsOf(id), with(located(LAT, LNG), "photoMediaIds", List.of(String.valueOf(old))),
                pioneer);
        assertThat(flags(stale)).containsExactly("STALE_PHOTO");
        // Media hears that the photos are used, after the commit: the orphan job will leave them alone.
        for (int i = 0; i < 100 && jdbc.queryForObject("SELECT COUNT(*) FROM media_use WHERE used_by = 'checkin' "
                + "AND media_id IN (?, ?)", Integer.class, fresh, old) < 2; i++) {
            Thread.sleep(50);
        }
        assertThat(jdbc.queryForList("SELECT used_by_id FROM media_use WHERE media_id = ?", String.class, fresh))
                .containsExactly(withPhoto.json().path("id").asString());
    }

    @Test
    void outOfRangeIsBeyondTheRadiusPlusTheLocationsOwnAccuracy() {
        // About 300 m north: beyond 200 m, but within 200 m + 150 m of accuracy.
        String near = created(activity(5, 60));
        Reply vague = api.post(checkinsOf(near), located(LAT + 0.0027, LNG, 150), member);
        assertThat(vague.json().path("distanceMeters").asInt()).isBetween(295, 305);
        assertThat(flags(vague)).isEmpty();
        Reply precise = api.post(checkinsOf(near), located(LAT + 0.0027, LNG, 10), pioneer);
        assertThat(flags(precise)).containsExactly("OUT_OF_RANGE");
    }

    @Test
    void lateNoLocationAndWrongCodesAreFlaggedNotRefused() {
        Reply late = api.post(checkinsOf(created(activity(-20, 60))), located(LAT, LNG), member);
        assertThat(late.status()).isEqualTo(201);
        assertThat(flags(late)).containsExactly("LATE");
        Reply inGrace = api.post(checkinsOf(created(activity(-5, 60))), located(LAT, LNG), member);
        assertThat(flags(inGrace)).isEmpty();

        String coded = created(activity(5, 60));
        String code = api.get("/api/mp/activities/" + coded + "/rotating-code", pioneer).json().path("code")
                .asString();
        Reply noLocation = api.post(checkinsOf(coded), Map.of("clientId", clientId(), "method", "ROTATING_CODE",
                "code", code), member);
        assertThat(noLocation.status()).isEqualTo(201);
        assertThat(flags(noLocation)).containsExactly("NO_LOCATION");
        Reply wrongCode = api.post(checkinsOf(coded), with(located(LAT, LNG), "method", "ROTATING_CODE", "code",
                code.equals("000000") ? "111111" : "000000"), pioneer);
        assertThat(flags(wrongCode)).containsExactly("CODE_MISMATCH");

        Map<String, Object> online = activity(5, 60);
        online.remove("place");
        Reply onlineNoLocation = api.post(checkinsOf(created(online)), Map.of("clientId", clientId(), "method",
                "MINIPROGRAM_CODE", "code", "wrongkey"), member);
        assertThat(flags(onlineNoLocation)).containsExactly("CODE_MISMATCH");
        assertThat(onlineNoLocation.json().path("location").isNull()).isTrue();
    }

    @Test
    void theRotatingCodeIsForOrganisersAndChecksInWithoutAFlag() {
        String id = created(activity(5, 60));
        Reply code = api.get("/api/mp/activities/" + id + "/rotating-code", pioneer);
        assertThat(code.status()).isEqualTo(200);
        assertThat(code.json().path("code").asString()).matches("\\d{6}");
        assertThat(code.json().path("periodSeconds").asInt()).isEqualTo(30);
        assertThat(OffsetDateTime.parse(code.json().path("validUntil").asString()))
                .isAfter(OffsetDateTime.now().minusSeconds(1)).isBefore(OffsetDateTime.now().plusSeconds(31));
        assertThat(api.get("/api/mp/activities/" + id + "/rotating-code", member).status()).isEqualTo(403);
        Reply checkin = api.post(checkinsOf(id), with(located(LAT, LNG), "method", "ROTATING_CODE", "code",
                code.json().path("code").asString()), member);
        assertThat(checkin.status()).isEqualTo(201);
        assertThat(flags(checkin)).isEmpty();
    }

    @Test
    void theMiniProgramCodeIsAPngWhoseSceneChecksIn() throws Exception {
        String id = created(activity(5, 60));
        HttpResponse<byte[]> png = bytes("/api/mp/activities/" + id + "/wxacode", member);
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
        assertThat(png.body()).startsWith(0x89, 'P', 'N', 'G');
        HttpResponse<byte[]> again = bytes("/api/mp/activities/" + id + "/wxacode", pioneer);
        assertThat(again.body()).isEqualTo(png.body());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_wxacode WHERE activity_id = ?", Integer.class,
                Long.parseLong(id))).isEqualTo(1);

        String scene = null;
        for (JsonNode record : api.get("/wx-sim/_records?api=getwxacodeunlimit", null).json()) {
            String s = record.path("request").path("scene").asString("");
            if (s.startsWith("a=" + id + "&k=")) {
                scene = s;
                assertThat(record.path("request").path("page").asString()).isEqualTo("packages/activity/detail");
            }
        }
        assertThat(scene).isNotNull();
        String key = scene.substring(scene.indexOf("&k=") + 3);
        Reply checkin = api.post(checkinsOf(id), with(located(LAT, LNG), "method", "MINIPROGRAM_CODE", "code", key),
                member);
        assertThat(checkin.status()).isEqualTo(201);
        assertThat(flags(checkin)).isEmpty();
        String outsider = fixtures.member();
        assertThat(bytes("/api/mp/activities/" + id + "/wxacode", outsider).statusCode()).isEqualTo(404);
    }

    @Test
    void twentyRetriesAtOnceMakeOneRowAndThirtyPeopleAtOnceMakeThirty() throws Exception {
        String id = created(activity(5, 60));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Reply>> same = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ApiClient client = new ApiClient(port);
                same.add(pool.submit(() -> {
                    go.await();
                    return client.post(checkinsOf(id), located(LAT, LNG), member);
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Reply> f : same) {
                statuses.add(f.get(60, TimeUnit.SECONDS).status());
            }
            assertThat(statuses).containsOnly(200, 201);
            assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
            assertThat(checkinRows(id)).isEqualTo(1);

            String code = fixtures.invitation(pioneer, cobuildingId, "MEMBER",
                    fixtures.unitOf(pioneer, cobuildingId, "LEAD"), 30);
            List<String> people = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String token = fixtures.member();
                assertThat(api.post("/api/mp/invitations/join", Map.of("code", code), token).status()).isEqualTo(200);
                people.add(token);
            }
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> many = new ArrayList<>();
            for (String person : people) {
                ApiClient client = new ApiClient(port);
                many.add(pool.submit(() -> {
                    start.await();
                    return client.post(checkinsOf(id), located(LAT, LNG), person);
                }));
            }
            start.countDown();
            for (Future<Reply> f : many) {
                assertThat(f.get(60, TimeUnit.SECONDS).status()).isEqualTo(201);
            }
            assertThat(checkinRows(id)).isEqualTo(31);
        } finally {
            pool.shutdownNow();
        }
    }

    // --- organisers: 补签, review, attendance --------------------------------------------------------------------

    @Test
    void anOrganiserChecksSomeoneInOnTheirBehalfAndReviewsAFlaggedCheckinBothAudited() {
        String id = created(activity(-20, 60));
        Map<String, Object> onBehalf = Map.of("clientId", clientId(), "userId", memberId, "reason", "手机没电");
        Reply added = api.post("/api/mp/activities/" + id + "/checkins/on-behalf", onBehalf, pioneer);
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().path("method").asString()).isEqualTo("ON_BEHALF");
        assertThat(added.json().path("onBehalf").path("reason").asString()).isEqualTo("手机没电");
        assertThat(added.json().path("flags").size()).isZero();
        assertThat(api.post("/api/mp/activities/" + id + "/checkins/on-behalf", onBehalf, pioneer).status())
                .isEqualTo(200);
        assertThat(api.post("/api/mp/activities/" + id + "/checkins/on-behalf", Map.of("clientId", clientId(),
                "userId", pioneerId, "reason", "x"), member).status()).isEqualTo(403);
        Reply noReason = api.post("/api/mp/activities/" + id + "/checkins/on-behalf", Map.of("clientId", clientId(),
                "userId", pioneerId), pioneer);
        assertProblem(noReason, 422, "VALIDATION_FAILED");

        Reply late = api.post(checkinsOf(id), located(LAT, LNG), pioneer);
        assertThat(flags(late)).containsExactly("LATE");
        String checkinId = late.json().path("id").asString();
        Reply reviewed = api.post("/api/mp/activities/" + id + "/checkins/" + checkinId + "/review",
                Map.of("decision", "OVERRULED", "note", "未到场"), pioneer);
        assertThat(reviewed.status()).isEqualTo(200);
        assertThat(reviewed.json().path("review").path("decision").asString()).isEqualTo("OVERRULED");
        assertThat(reviewed.json().path("review").path("note").asString()).isEqualTo("未到场");
        assertThat(api.post("/api/mp/activities/" + id + "/checkins/" + checkinId + "/review",
                Map.of("decision", "CONFIRMED"), member).status()).isEqualTo(403);

        JsonNode counts = attendance(id, "ALL", pioneer).path("counts");
        assertThat(counts.path("expected").asInt()).isEqualTo(2);
        assertThat(counts.path("attended").asInt()).isEqualTo(1);
        assertThat(counts.path("late").asInt()).isZero();
        assertThat(counts.path("flagged").asInt()).isZero();
        assertThat(counts.path("absent").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT action FROM activity_audit WHERE activity_id = ? ORDER BY id",
                String.class, Long.parseLong(id)))
                .containsExactly("activity.create", "checkin.on-behalf", "checkin.review");
    }

    @Test
    void attendanceCountsExpectedAttendedLateFlaggedAndAbsentForEveryoneOrAList() {
        String third = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
        String all = created(activity(-20, 60));
        api.post(checkinsOf(all), located(LAT, LNG), member);
        api.post(checkinsOf(all), located(LAT + 0.01, LNG, 5), third);
        JsonNode view = attendance(all, "ALL", pioneer);
        assertThat(view.path("counts").path("expected").asInt()).isEqualTo(3);
        assertThat(view.path("counts").path("attended").asInt()).isEqualTo(2);
        assertThat(view.path("counts").path("late").asInt()).isEqualTo(2);
        assertThat(view.path("counts").path("flagged").asInt()).isEqualTo(2);
        assertThat(view.path("counts").path("absent").asInt()).isEqualTo(1);
        assertThat(view.path("total").asInt()).isEqualTo(3);
        JsonNode absent = attendance(all, "ABSENT", pioneer);
        assertThat(absent.path("items").size()).isEqualTo(1);
        assertThat(absent.path("items").get(0).path("userId").asString()).isEqualTo(pioneerId);
        assertThat(absent.path("items").get(0).path("status").asString()).isEqualTo("ABSENT");
        assertThat(absent.path("items").get(0).path("checkin").isNull()).isTrue();
        JsonNode lateOnes = attendance(all, "LATE", pioneer);
        assertThat(lateOnes.path("total").asInt()).isEqualTo(2);
        assertThat(lateOnes.path("items").get(0).path("checkin").path("flags").size()).isPositive();
        assertThat(attendance(all, "FLAGGED", pioneer).path("total").asInt()).isEqualTo(2);
        assertThat(api.get("/api/mp/activities/" + all + "/attendance", member).status()).isEqualTo(403);
        assertThat(api.get("/api/mp/activities/" + all + "/attendance?status=NONE", pioneer).status())
                .isEqualTo(422);

        String listed = created(with(activity(5, 60), "expectedUserIds", List.of(memberId, pioneerId)));
        api.post(checkinsOf(listed), located(LAT, LNG), member);
        assertProblem(api.post(checkinsOf(listed), located(LAT, LNG), third), 403, "NOT_EXPECTED");
        JsonNode counts = attendance(listed, "ALL", pioneer).path("counts");
        assertThat(counts.path("expected").asInt()).isEqualTo(2);
        assertThat(counts.path("attended").asInt()).isEqualTo(1);
        assertThat(counts.path("late").asInt()).isZero();
        assertThat(counts.path("absent").asInt()).isEqualTo(1);
        assertThat(attendance(listed, "ATTENDED", pioneer).path("items").get(0).path("userId").asString())
                .isEqualTo(memberId);
    }

    // --- the bureau --------------------------------------------------------------------------------------------

    @Test
    void theBureauHoldsAPolicySessionForSeveralCobuildingsAndListsActivitiesByFilter() {
        String otherPioneer = fixtures.member();
        String otherCobuilding = fixtures.cobuilding(otherPioneer, 0);
        String bureau = fixtures.admin("BUREAU_ADMIN");
        Map<String, Object> session = with(activity(60, 90), "cobuildingIds", List.of(cobuildingId, otherCobuilding),
                "type", "POLICY_SESSION", "title", "研发费用加计扣除政策解读");
        Reply created = api.post("/api/admin/activities", session, bureau);
        assertThat(created.status()).isEqualTo(201);
        String id = id(created.json());
        assertThat(created.json().path("organizer").path("type").asString()).isEqualTo("ADMIN");
        assertThat(created.json().path("expected").path("count").asInt()).isEqualTo(3);
        assertThat(created.json().path("cobuildings").size()).isEqualTo(2);
        assertThat(api.post("/api/admin/activities", session, bureau).status()).isEqualTo(200);
        assertThat(api.get("/api/mp/activities/" + id, member).json().path("canManage").asBoolean()).isFalse();
        assertThat(api.get("/api/mp/activities/" + id, otherPioneer).json().path("canManage").asBoolean()).isTrue();
        assertThat(api.post("/api/admin/activities", with(session, "clientId", clientId()),
                fixtures.admin("VIEWER")).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'activity.create' "
                + "AND target_id = ?", Integer.class, id)).isEqualTo(1);

        String lecture = created(activity(5, 60));
        String viewer = fixtures.admin("VIEWER");
        assertThat(ids(api.get("/api/admin/activities?type=POLICY_SESSION&cobuildingId=" + cobuildingId, viewer)))
                .containsExactly(id);
        assertThat(ids(api.get("/api/admin/activities?cobuildingId=" + cobuildingId, viewer)))
                .containsExactly(id, lecture);
        assertThat(ids(api.get("/api/admin/activities?cobuildingId=" + otherCobuilding, viewer)))
                .containsExactly(id);
        assertThat(ids(api.get("/api/admin/activities?status=SCHEDULED&cobuildingId=" + cobuildingId, viewer)))
                .containsExactly(id, lecture);
        String from = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusMinutes(30).truncatedTo(ChronoUnit.SECONDS)
                .toString().replace("+", "%2B");
        assertThat(ids(api.get("/api/admin/activities?cobuildingId=" + cobuildingId + "&from=" + from, viewer)))
                .containsExactly(id);
        api.post("/api/admin/activities/" + id + "/cancel", Map.of("reason", "政策调整"), bureau);
        assertThat(ids(api.get("/api/admin/activities?status=CANCELLED&cobuildingId=" + cobuildingId, viewer)))
                .containsExactly(id);
        assertThat(api.get("/api/admin/activities/" + lecture + "/attendance", viewer).json().path("counts")
                .path("expected").asInt()).isEqualTo(2);
        assertThat(api.get("/api/admin/activities?type=NOPE", viewer).status()).isEqualTo(422);
        String liaison = fixtures.admin("LIAISON");
        assertThat(api.get("/api/admin/activities/" + lecture, liaison).status()).isEqualTo(404);
        assertThat(api.get("/api/admin/activities?cobuildingId=" + cobuildingId, liaison).json().path("total")
                .asInt()).isZero();
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    static String clientId() {
        return Fixtures.unique("client-");
    }

    /** An activity starting {@code startInMinutes} from now (negative: in the past), with a place. */
    static Map<String, Object> activity(int startInMinutes, int lastingMinutes) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", clientId());
        body.put("type", "LECTURE");
        body.put("title", "科技成果转化讲座");
        body.put("description", "邀请专家讲解");
        body.put("startAt", at(startInMinutes));
        body.put("endAt", at(startInMinutes + lastingMinutes));
        body.put("place", Map.of("name", "人民广场", "latitude", LAT, "longitude", LNG));
        return body;
    }

    static String at(int minutesFromNow) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusMinutes(minutesFromNow).truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    static Map<String, Object> with(Map<String, Object> body, Object... pairs) {
        Map<String, Object> copy = new HashMap<>(body);
        for (int i = 0; i < pairs.length; i += 2) {
            copy.put((String) pairs[i], pairs[i + 1]);
        }
        return copy;
    }

    static Map<String, Object> located(double latitude, double longitude) {
        return located(latitude, longitude, 20);
    }

    static Map<String, Object> located(double latitude, double longitude, double accuracy) {
        return Map.of("clientId", clientId(), "method", "LOCATION",
                "location", Map.of("latitude", latitude, "longitude", longitude, "accuracy", accuracy));
    }

    String created(Map<String, Object> body) {
        Reply reply = api.post(activitiesOf(cobuildingId), body, pioneer);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return id(reply.json());
    }

    static String id(JsonNode view) {
        return view.path("id").asString();
    }

    static String activitiesOf(String cobuildingId) {
        return "/api/mp/cobuildings/" + cobuildingId + "/activities";
    }

    static String checkinsOf(String activityId) {
        return "/api/mp/activities/" + activityId + "/checkins";
    }

    Reply patch(String path, Object body, String token) {
        return api.send("PATCH", path, tools.jackson.databind.json.JsonMapper.builder().build()
                .writeValueAsString(body), "application/json", token);
    }

    JsonNode attendance(String id, String status, String token) {
        Reply reply = api.get("/api/mp/activities/" + id + "/attendance?status=" + status, token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    int checkinRows(String activityId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM checkin WHERE activity_id = ?", Integer.class,
                Long.parseLong(activityId));
    }

    static List<String> flags(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        List<String> flags = new ArrayList<>();
        reply.json().path("flags").forEach(f -> flags.add(f.asString()));
        return flags;
    }

    static List<String> ids(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        reply.json().path("items").forEach(i -> ids.add(i.path("id").asString()));
        return ids;
    }

    void assertInvalid(Map<String, Object> body, String field) {
        Reply reply = api.post(activitiesOf(cobuildingId), body, pioneer);
        assertProblem(reply, 422, "VALIDATION_FAILED");
        assertThat(reply.json().path("errors").has(field)).as(reply.body()).isTrue();
    }

    static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.code()).isEqualTo(code);
    }

    HttpResponse<byte[]> bytes(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
