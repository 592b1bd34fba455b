package cn.xianfeng.cobuild;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every way an application can be wrong gets a clear problem with a stable code, and nothing is lost. */
@ApiTest
class ApplicationRulesApiTest extends ApiTestBase {

    String applicant;

    @BeforeEach
    void setUp() {
        applicant = fixtures.member();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lead(Map<String, Object> form) {
        return (Map<String, Object>) form.get("lead");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> partners(Map<String, Object> form) {
        return (List<Map<String, Object>>) form.get("partners");
    }

    private Reply submitNew(Map<String, Object> form) {
        Reply created = api.post("/api/mp/applications", form, applicant);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return api.post("/api/mp/applications/" + created.json().path("id").asString() + "/submit", null, applicant);
    }

    @Test
    void aNullInAListIsAValidationErrorNotAServerError() {
        for (String list : List.of("goals", "partners")) {
            Reply reply = api.post("/api/mp/applications", Map.of(list, Arrays.asList((Object) null)), applicant);

            assertThat(reply.status()).as(reply.body()).isEqualTo(422);
            assertThat(reply.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(reply.json().path("errors").propertyNames()).anyMatch(field -> field.startsWith(list + "["));
        }
    }

    @Test
    void aDraftMayBeAlmostEmptyAndIsKeptAsTyped() {
        Reply created = api.post("/api/mp/applications", Map.of("lead", Map.of("name", " 半成品大学 ")), applicant);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("mode").asString()).isEqualTo("SOLO");
        assertThat(created.json().path("lead").path("name").asString()).isEqualTo("半成品大学");
        Reply incomplete = api.post("/api/mp/applications/" + created.json().path("id").asString() + "/submit", null,
                applicant);
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.code()).isEqualTo("APPLICATION_INCOMPLETE");
        assertThat(incomplete.json().path("errors").has("lead.type")).isTrue();
        assertThat(incomplete.json().path("errors").has("pioneer.name")).isTrue();
        assertThat(incomplete.json().path("errors").has("goals.BASE")).isTrue();
    }

    @Test
    void aRetriedCreateWithTheSameClientIdReturnsTheSameDraft() {
        Map<String, Object> form = Fixtures.jointForm(Fixtures.unique("重试大学"), 0);
        form.put("clientId", Fixtures.unique("draft-client-"));

        Reply first = api.post("/api/mp/applications", form, applicant);
        Reply retry = api.post("/api/mp/applications", form, applicant);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(api.get("/api/mp/applications", applicant).json().path("total").asLong()).isEqualTo(1);
        // Another person's drafts never collide with this one.
        assertThat(api.post("/api/mp/applications", form, fixtures.member()).status()).isEqualTo(201);
    }

    @Test
    void creditCodeWithAWrongCheckCharacterIsRefused() {
        Map<String, Object> form = Fixtures.jointForm(Fixtures.unique("大学"), 0);
        lead(form).put("creditCode", "91350100M000100Y44");

        Reply reply = api.post("/api/mp/applications", form, applicant);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(reply.json().path("errors").path("lead.creditCode").asString()).contains("校验码");

        lead(form).put("creditCode", "91350100m000100y43");
        Reply fixed = api.post("/api/mp/applications", form, applicant);
        assertThat(fixed.status()).isEqualTo(201);
        assertThat(fixed.json().path("lead").path("creditCode").asString()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void jointWithoutPartnersIsRefusedOnSubmit() {
        Map<String, Object> form = Fixtures.jointForm(Fixtures.unique("大学"), 0);
        form.put("mode", "JOINT");

        Reply reply = submitNew(form);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("APPLICATION_JOINT_NEEDS_PARTNER");
    }

    @Test
    void soloWithPartnersIsRefusedOnSubmit() {
        Map<String, Object> form = Fixtures.jointForm(Fixtures.unique("大学"), 1);
        form.put("mode", "SOLO");

        assertThat(submitNew(form).code()).isEqualTo("APPLICATION_SOLO_HAS_PARTNERS");
    }

    @Test
    void partnerWithoutLiaisonIsRefusedOnSubmit() {
        Map<String, Object> form = Fixtures.jointForm(Fixtures.unique("大学"), 2);
        partners(form).get(1).remove("liaisonName");

        Reply reply = submitNew(form);

        assertThat(reply.code()).isEqualTo("APPLICATION_PARTNER_NEEDS_LIAISON");
        assertThat(reply.json().path("errors").has("partners[1].liaisonName")).isTrue();
    }

    @Test
    void pioneerWhoIsNotAPartyMemberIsRefusedOnSubmit() {
        Map<String, Object> form = Fixtures.jointForm(Fixtures.unique("大学"), 0);
        form.put("pioneer", new HashMap<>(Map.of("name", "李", "title", "所长", "phone", "13900000001",
                "partyMember", false)));

        Reply reply = submitNew(form);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("APPLICATION_PIONEER_NOT_PARTY_MEMBER");
    }

    @Test
    void oversizeAndMalformedFieldsAreNamed() {
        Map<String, Object> form = Fixtures.jointForm(Fixtures.unique("大学"), 1);
        lead(form).put("name", "大".repeat(101));
        partners(form).get(0).put("liaisonPhone", "call me");
        form.put("motivation", "理".repeat(2001));

        Reply reply = api.post("/api/mp/applications", form, applicant);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("errors").propertyNames())
                .contains("lead.name", "partners[0].liaisonPhone", "motivation");
    }

    @Test
    void goalCategoriesAreOneEach() {
        Map<String, Object> form = Fixtures.jointForm(Fixtures.unique("大学"), 0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> goals = (List<Map<String, Object>>) form.get("goals");
        goals.get(1).put("category", "BASE");

        Reply reply = api.post("/api/mp/applications", form, applicant);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("errors").has("goals[1].category")).isTrue();
    }

    @Test
    void aTargetDateInThePastIsNotAGoal() {
        Map<String, Object> form = Fixtures.jointForm(Fixtures.unique("大学"), 0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> goals = (List<Map<String, Object>>) form.get("goals");
        goals.get(0).put("targetDate", "2020-01-01");

        Reply reply = submitNew(form);

        assertThat(reply.code()).isEqualTo("APPLICATION_INCOMPLETE");
        assertThat(reply.json().path("errors").path("goals[0].targetDate").asString()).contains("晚于今天");
    }

    @Test
    void aSubmittedApplicationCannotBeEditedAndSubmittingAgainChangesNothing() {
        String id = fixtures.submitted(applicant, Fixtures.jointForm(Fixtures.unique("大学"), 0));

        Reply edit = api.put("/api/mp/applications/" + id, Fixtures.jointForm("改名大学", 0), applicant);
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.code()).isEqualTo("APPLICATION_NOT_EDITABLE");
        // A second submit is a phone's retry: it answers with the application as it is, one SUBMITTED in its history.
        Reply twice = api.post("/api/mp/applications/" + id + "/submit", null, applicant);
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.json().path("history")).extracting(h -> h.path("toStatus").asString())
                .containsExactly("DRAFT", "SUBMITTED");
        assertThat(api.get("/api/mp/applications/" + id, applicant).json().path("lead").path("name").asString())
                .isNotEqualTo("改名大学");
    }

    @Test
    void oneLeadUnitHasOneApplicationUnderReviewAtATime() {
        String name = Fixtures.unique("唯一大学");
        fixtures.submitted(applicant, Fixtures.jointForm(name, 0));
        String colleague = fixtures.member();
        Reply created = api.post("/api/mp/applications", Fixtures.jointForm(name, 0), colleague);

        Reply second = api.post("/api/mp/applications/" + created.json().path("id").asString() + "/submit", null,
                colleague);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("LEAD_UNIT_UNDER_REVIEW");
        assertThat(api.get("/api/mp/applications/" + created.json().path("id").asString(), colleague).json()
                .path("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void someoneElsesApplicationDoesNotExist() {
        String id = fixtures.submitted(applicant, Fixtures.jointForm(Fixtures.unique("大学"), 0));
        String stranger = fixtures.member();

        for (Reply reply : List.of(api.get("/api/mp/applications/" + id, stranger),
                api.put("/api/mp/applications/" + id, Map.of(), stranger),
                api.post("/api/mp/applications/" + id + "/withdraw", null, stranger),
                api.get("/api/mp/applications/999999999", applicant))) {
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.code()).isEqualTo("NOT_FOUND");
        }
        assertThat(api.get("/api/mp/applications", stranger).json().path("total").asLong()).isZero();
    }

    @Test
    void concurrentAutosavesOfOneDraftAllLand() throws Exception {
        String id = api.post("/api/mp/applications", Map.of("mode", "JOINT"), applicant).json().path("id").asString();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        List<java.util.concurrent.Future<Integer>> saves = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Map<String, Object> form = Fixtures.jointForm("并发大学" + i, 2);
            saves.add(pool.submit(() -> api.put("/api/mp/applications/" + id, form, applicant).status()));
        }
        for (var save : saves) {
            assertThat(save.get()).isEqualTo(200);
        }
        pool.shutdown();

        Reply last = api.get("/api/mp/applications/" + id, applicant);
        assertThat(last.json().path("partners")).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM application_unit WHERE application_id = ?",
                Integer.class, Long.parseLong(id))).isEqualTo(3);
    }
}
