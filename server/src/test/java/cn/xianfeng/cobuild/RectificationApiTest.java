package cn.xianfeng.cobuild;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.auth.MediaFixtures;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import cn.xianfeng.support.MovableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The co-building's side of a rectification: every member reads it, the pioneer or a unit liaison reports (text and
 * their own RECTIFICATION photos) until the deadline, a resubmission replaces the report and a retry changes nothing.
 */
@ApiTest
@Import({MovableClock.Config.class, PlaqueTestSupport.Config.class})
@TestPropertySource(properties = PlaqueTestSupport.PROPERTIES)
class RectificationApiTest extends ApiTestBase {

    static final String RISKY = "risky-word";

    @Autowired
    Plaques plaques;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MovableClock clock;

    MediaFixtures media;
    String pioneer;
    String liaison;
    String member;
    String cobuildingId;
    String path;
    LocalDate deadline;

    @BeforeEach
    void setUp() {
        media = new MediaFixtures(port, api, jdbc);
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 1);
        liaison = fixtures.joined(pioneer, cobuildingId, "UNIT_LIAISON",
                fixtures.unitOf(pioneer, cobuildingId, "PARTNER"));
        member = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
        path = "/api/mp/cobuildings/" + cobuildingId + "/rectification";
        deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10);
        long adminId = Long.parseLong(fixtures.adminId(fixtures.admin("BUREAU_ADMIN")));
        transaction.execute(tx -> plaques.decide(Long.parseLong(cobuildingId), PlaqueDecision.RECTIFY, deadline,
                "2027年3月集中评估", Fixtures.unique("round:"), "阵地建设不达标", adminId));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        api.send("DELETE", "/wx-sim/_outages/msg_sec_check", null, null, null);
    }

    private static Map<String, Object> report(String text, List<String> mediaIds, String clientId) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        body.put("mediaIds", mediaIds);
        body.put("clientId", clientId);
        return body;
    }

    private Reply submit(String token, String text, List<String> mediaIds) {
        return api.put(path + "/report", report(text, mediaIds, Fixtures.unique("c-")), token);
    }

    private static void expect(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.code()).isEqualTo(code);
    }

    private int photoRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cobuilding_rectification_photo p JOIN "
                + "cobuilding_rectification r ON r.id = p.rectification_id WHERE r.cobuilding_id = ?", Integer.class,
                cobuildingId);
    }

    @Test
    void everyMemberReadsTheOpenRectificationAndOnlyThePioneerOrALiaisonMaySubmit() {
        Reply asMember = api.get(path, member);
        Reply asPioneer = api.get(path, pioneer);

        assertThat(asMember.status()).as(asMember.body()).isEqualTo(200);
        JsonNode view = asMember.json();
        assertThat(view.path("cobuildingId").asString()).isEqualTo(cobuildingId);
        assertThat(view.path("occasion").asString()).isEqualTo("2027年3月集中评估");
        assertThat(view.path("orderNote").asString()).isEqualTo("阵地建设不达标");
        assertThat(view.path("deadline").asString()).isEqualTo(deadline.toString());
        assertThat(view.path("status").asString()).isEqualTo("OPEN");
        assertThat(view.path("overdue").asBoolean()).isFalse();
        assertThat(view.path("report").isNull()).isTrue();
        assertThat(view.path("canSubmit").asBoolean()).isFalse();
        assertThat(asPioneer.json().path("canSubmit").asBoolean()).isTrue();
        assertThat(api.get(path, liaison).json().path("canSubmit").asBoolean()).isTrue();

        expect(submit(member, "我们已整改", List.of()), 403, "FORBIDDEN");
        expect(api.get(path, fixtures.member()), 404, "NOT_FOUND");
        String otherPioneer = fixtures.member();
        String other = fixtures.cobuilding(otherPioneer, 0);
        expect(api.get("/api/mp/cobuildings/" + other + "/rectification", otherPioneer), 404,
                "RECTIFICATION_NOT_FOUND");
        expect(api.put("/api/mp/cobuildings/" + cobuildingId + "/rectification/report",
                report("别人的整改", List.of(), "c-x"), otherPioneer), 404, "NOT_FOUND");
        expect(api.put("/api/mp/cobuildings/" + other + "/rectification/report",
                report("没有整改", List.of(), "c-y"), otherPioneer), 404, "RECTIFICATION_NOT_FOUND");
        assertThat(jdbc.queryForObject("SELECT status FROM cobuilding_rectification WHERE cobuilding_id = ?",
                String.class, cobuildingId)).isEqualTo("OPEN");
    }

    @Test
    void aResubmissionReplacesTheReportAndItsPhotos() {
        String first = media.memberImage(pioneer, "RECTIFICATION");
        String second = media.memberImage(pioneer, "RECTIFICATION");
        Reply byPioneer = submit(pioneer, "  已完成阵地改造  ", List.of(first, second));

        assertThat(byPioneer.status()).as(byPioneer.body()).isEqualTo(200);
        JsonNode view = byPioneer.json();
        assertThat(view.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(view.path("report").path("text").asString()).isEqualTo("已完成阵地改造");
        assertThat(view.path("report").path("photos")).extracting(p -> p.path("id").asString())
                .containsExactly(first, second);
        assertThat(view.path("report").path("photos").get(0).path("url").asString()).isNotBlank();
        assertThat(view.path("report").path("submittedBy").path("id").asString())
                .isEqualTo(fixtures.userId(pioneer));
        PlaqueTestSupport.eventually("the photos kept", () -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM media WHERE id IN (?, ?) AND attached", Integer.class, first, second) == 2);

        String third = media.memberImage(liaison, "RECTIFICATION");
        Reply byLiaison = submit(liaison, "补充整改材料", List.of(third));

        assertThat(byLiaison.status()).as(byLiaison.body()).isEqualTo(200);
        assertThat(byLiaison.json().path("report").path("text").asString()).isEqualTo("补充整改材料");
        assertThat(byLiaison.json().path("report").path("photos")).extracting(p -> p.path("id").asString())
                .containsExactly(third);
        assertThat(byLiaison.json().path("report").path("submittedBy").path("id").asString())
                .isEqualTo(fixtures.userId(liaison));
        assertThat(photoRows()).isEqualTo(1);
        PlaqueTestSupport.eventually("the replaced photos let go", () -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM media WHERE id IN (?, ?) AND NOT attached", Integer.class, first, second) == 2);
        assertThat(api.get(path, member).json().path("report").path("text").asString()).isEqualTo("补充整改材料");
    }

    @Test
    void aRetryWithTheSameClientIdChangesNothing() {
        Map<String, Object> body = report("第一次提交", List.of(), "client-1");
        Reply first = api.put(path + "/report", body, pioneer);
        String submittedAt = first.json().path("report").path("submittedAt").asString();
        body.put("text", "重试时改过的内容");
        Reply retry = api.put(path + "/report", body, pioneer);

        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(retry.json().path("report").path("text").asString()).isEqualTo("第一次提交");
        assertThat(retry.json().path("report").path("submittedAt").asString()).isEqualTo(submittedAt);
        clock.move(Duration.ofDays(11));
        Reply late = api.put(path + "/report", body, pioneer);
        assertThat(late.status()).as("a retry answers what the first attempt made, even late").isEqualTo(200);
        assertThat(late.json().path("report").path("text").asString()).isEqualTo("第一次提交");
    }

    @Test
    void afterTheDeadlineNoReportIsTaken() {
        clock.move(Duration.ofDays(10));
        assertThat(submit(pioneer, "最后一天提交", List.of()).status()).as("the deadline day counts").isEqualTo(200);
        clock.move(Duration.ofDays(1));

        expect(submit(pioneer, "迟交的报告", List.of()), 409, "RECTIFICATION_DEADLINE_PASSED");
        assertThat(api.get(path, pioneer).json().path("canSubmit").asBoolean()).isFalse();
        assertThat(api.get(path, pioneer).json().path("report").path("text").asString()).isEqualTo("最后一天提交");
    }

    @Test
    void photosMustBeTheSubmittersOwnRectificationImages() {
        String someoneElses = media.memberImage(liaison, "RECTIFICATION");
        String forProgress = media.memberImage(pioneer, "PROGRESS");
        String pdf = media.memberPdf(pioneer);

        for (String photo : List.of(someoneElses, forProgress, pdf, "999999999")) {
            Reply reply = submit(pioneer, "整改报告", List.of(photo));
            expect(reply, 422, "VALIDATION_FAILED");
            assertThat(reply.json().path("errors").has("mediaIds")).isTrue();
        }
        assertThat(photoRows()).isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM cobuilding_rectification WHERE cobuilding_id = ?",
                String.class, cobuildingId)).isEqualTo("OPEN");
    }

    @Test
    void badInputIs422AndARiskyTextKeepsNothing() {
        List<String> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(String.valueOf(i + 1));
        }
        expect(submit(pioneer, " ", List.of()), 422, "VALIDATION_FAILED");
        expect(submit(pioneer, "长".repeat(2001), List.of()), 422, "VALIDATION_FAILED");
        expect(submit(pioneer, "照片太多", ten), 422, "VALIDATION_FAILED");
        expect(submit(pioneer, "照片编号", List.of("abc")), 422, "VALIDATION_FAILED");
        expect(api.put(path + "/report", report("缺 clientId", List.of(), null), pioneer), 422, "VALIDATION_FAILED");

        Map<String, Object> risky = report("整改情况 " + RISKY, List.of(), "risky-1");
        expect(api.put(path + "/report", risky, pioneer), 422, "CONTENT_RISKY");
        assertThat(api.get(path, pioneer).json().path("status").asString()).isEqualTo("OPEN");
        risky.put("text", "整改情况良好");
        assertThat(api.put(path + "/report", risky, pioneer).status()).isEqualTo(200);

        assertThat(api.send("PUT", "/wx-sim/_outages/msg_sec_check", null, null, null).status()).isEqualTo(204);
        Reply unavailable = submit(pioneer, "微信不可用时", List.of());
        assertThat(unavailable.status()).as(unavailable.body()).isEqualTo(503);
        assertThat(api.get(path, pioneer).json().path("report").path("text").asString()).isEqualTo("整改情况良好");
    }
}
