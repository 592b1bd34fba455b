package cn.xianfeng.cobuild;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Saves that clear a field, retried submits and withdraws, names at the column's width, approvals that race. */
@ApiTest
class ApplicationWritesApiTest extends ApiTestBase {

    String applicant;
    String bureau;

    @BeforeEach
    void setUp() {
        applicant = fixtures.member();
        bureau = fixtures.admin("BUREAU_ADMIN");
    }

    private String draft(Map<String, Object> form) {
        Reply created = api.post("/api/mp/applications", form, applicant);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    @Test
    void aFieldClearedInADraftIsGoneAndSubmitChecksTheFormAsSaved() {
        Map<String, Object> form = Fixtures.jointForm(Fixtures.unique("清空大学"), 0);
        String id = draft(form);

        form.remove("pioneer");
        form.put("motivation", null);
        Reply saved = api.put("/api/mp/applications/" + id, form, applicant);

        assertThat(saved.status()).isEqualTo(200);
        Reply read = api.get("/api/mp/applications/" + id, applicant);
        assertThat(read.json().path("pioneer").path("name").asString(null)).isNull();
        assertThat(read.json().path("motivation").asString(null)).isNull();
        Reply submitted = api.post("/api/mp/applications/" + id + "/submit", null, applicant);
        assertThat(submitted.status()).isEqualTo(422);
        assertThat(submitted.code()).isEqualTo("APPLICATION_INCOMPLETE");
        assertThat(submitted.json().path("errors").has("pioneer.name")).isTrue();
    }

    @Test
    void anApprovalWithoutACommentDoesNotKeepTheCommentItWasReturnedWith() {
        String id = fixtures.submitted(applicant, Fixtures.jointForm(Fixtures.unique("退回大学"), 0));
        assertThat(api.post("/api/admin/applications/" + id + "/return", Map.of("comment", "请补充阵地建设计划"), bureau)
                .status()).isEqualTo(200);
        assertThat(api.post("/api/mp/applications/" + id + "/submit", null, applicant).status()).isEqualTo(200);

        Reply approved = api.post("/api/admin/applications/" + id + "/approve", Map.of(), bureau);

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().path("application").path("reviewComment").asString(null)).isNull();
        assertThat(api.get("/api/mp/applications/" + id, applicant).json().path("reviewComment").asString(null))
                .isNull();
    }

    @Test
    void aRetriedSubmitOrWithdrawAnswersWithTheStateItIsAlreadyIn() {
        String id = draft(Fixtures.jointForm(Fixtures.unique("重试大学"), 1));
        Reply first = api.post("/api/mp/applications/" + id + "/submit", null, applicant);
        Reply again = api.post("/api/mp/applications/" + id + "/submit", null, applicant);

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(again.json().path("submittedAt").asString()).isEqualTo(first.json().path("submittedAt").asString());

        Reply withdrawn = api.post("/api/mp/applications/" + id + "/withdraw", null, applicant);
        Reply withdrawnAgain = api.post("/api/mp/applications/" + id + "/withdraw", null, applicant);
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawnAgain.status()).isEqualTo(200);
        assertThat(withdrawnAgain.json().path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawnAgain.json().path("history")).extracting(h -> h.path("toStatus").asString())
                .containsExactly("DRAFT", "SUBMITTED", "WITHDRAWN");
        // A real conflict is still one: a withdrawn application cannot be submitted.
        assertThat(api.post("/api/mp/applications/" + id + "/submit", null, applicant).code())
                .isEqualTo("APPLICATION_STATE_CONFLICT");
    }

    @Test
    void aSoloLeadUnitWhoseNameFillsTheColumnCanBeApproved() {
        for (int length = 97; length <= 100; length++) {
            String marker = Fixtures.unique("满");
            String name = marker + "宽".repeat(length - marker.length());
            Map<String, Object> form = Fixtures.jointForm(name, 0);
            @SuppressWarnings("unchecked")
            Map<String, Object> lead = (Map<String, Object>) form.get("lead");
            lead.put("partyOrgName", "党委");
            String id = fixtures.submitted(fixtures.member(), form);

            Reply approved = api.post("/api/admin/applications/" + id + "/approve", Map.of(), bureau);

            assertThat(approved.status()).as(approved.body()).isEqualTo(200);
            String cobuildingName = jdbc.queryForObject("SELECT name FROM cobuilding WHERE id = ?", String.class,
                    Long.parseLong(approved.json().path("cobuildingId").asString()));
            assertThat(cobuildingName.codePointCount(0, cobuildingName.length())).isLessThanOrEqualTo(100);
            assertThat(cobuildingName).startsWith(marker).endsWith(" 先锋号");
        }
    }

    @Test
    void aLeadUnitNameThatGrowsWhenLowerCasedStillSaves() {
        Map<String, Object> form = Fixtures.jointForm("x", 0);
        @SuppressWarnings("unchecked")
        Map<String, Object> lead = (Map<String, Object>) form.get("lead");
        lead.put("name", "İ".repeat(100));
        lead.put("partyOrgName", "党委");

        Reply created = api.post("/api/mp/applications", form, applicant);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(api.post("/api/mp/applications/" + id + "/submit", null, applicant).status()).isEqualTo(200);
    }

    @Test
    void approvalsRacingToCreateTheSameNewUnitShareIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                String creditCode = newCreditCode();
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    Map<String, Object> form = Fixtures.jointForm(Fixtures.unique("竞速大学"), 1);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> partner = ((List<Map<String, Object>>) form.get("partners")).get(0);
                    partner.put("creditCode", creditCode);
                    ids.add(fixtures.submitted(fixtures.member(), form));
                }
                List<Future<Reply>> approvals = new ArrayList<>();
                for (String id : ids) {
                    Callable<Reply> approve = () -> api.post("/api/admin/applications/" + id + "/approve", Map.of(),
                            bureau);
                    approvals.add(pool.submit(approve));
                }
                for (Future<Reply> approval : approvals) {
                    assertThat(approval.get().status()).as(approval.get().body()).isEqualTo(200);
                }
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE credit_code = ?", Integer.class,
                        creditCode)).isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
    }

    /** A unified social credit code nobody has yet, with the right check character. */
    private static String newCreditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        while (true) {
            StringBuilder code = new StringBuilder("91");
            for (int i = 0; i < 15; i++) {
                code.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (char check : alphabet.toCharArray()) {
                if (cn.xianfeng.org.CreditCodes.isValid(code.toString() + check)) {
                    return code.toString() + check;
                }
            }
        }
    }
}
