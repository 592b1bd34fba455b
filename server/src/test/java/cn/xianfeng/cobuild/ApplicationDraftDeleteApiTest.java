package cn.xianfeng.cobuild;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A member throws away a draft they no longer want; anything submitted stays on record. */
@ApiTest
class ApplicationDraftDeleteApiTest extends ApiTestBase {

    String applicant;

    @BeforeEach
    void setUp() {
        applicant = fixtures.member();
    }

    private Reply delete(String id, String token) {
        return api.send("DELETE", "/api/mp/applications/" + id, null, null, token);
    }

    @Test
    void aDraftIsDeletedWithEverythingItHeld() {
        Reply created = api.post("/api/mp/applications", Fixtures.jointForm(Fixtures.unique("草稿大学"), 1), applicant);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asString();
        long rowId = Long.parseLong(id);

        Reply deleted = delete(id, applicant);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get("/api/mp/applications/" + id, applicant).status()).isEqualTo(404);
        assertThat(api.get("/api/mp/applications", applicant).json().path("items")).isEmpty();
        for (String table : new String[] {"application", "application_unit", "application_goal",
                "application_history"}) {
            String column = table.equals("application") ? "id" : "application_id";
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?",
                    Integer.class, rowId)).as(table).isZero();
        }
        // Done already: a retry after a lost answer finds nothing.
        assertThat(delete(id, applicant).status()).isEqualTo(404);
    }

    @Test
    void onlyDraftsCanBeDeleted() {
        String submitted = fixtures.submitted(applicant, Fixtures.jointForm(Fixtures.unique("已交大学"), 0));

        Reply refused = delete(submitted, applicant);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.code()).isEqualTo("APPLICATION_NOT_DELETABLE");
        assertThat(refused.json().path("title").asString()).isEqualTo("只有草稿可以删除");
        assertThat(api.get("/api/mp/applications/" + submitted, applicant).status()).isEqualTo(200);

        String returned = fixtures.submitted(applicant, Fixtures.jointForm(Fixtures.unique("退回大学"), 0));
        assertThat(api.post("/api/admin/applications/" + returned + "/return", Map.of("comment", "请补充"),
                fixtures.superAdmin()).status()).isEqualTo(200);
        assertThat(delete(returned, applicant).code()).isEqualTo("APPLICATION_NOT_DELETABLE");
    }

    @Test
    void someoneElsesDraftOrAnUnknownOneIsNotFound() {
        String id = api.post("/api/mp/applications", Fixtures.jointForm(Fixtures.unique("别人大学"), 0), applicant)
                .json().path("id").asString();

        Reply foreign = delete(id, fixtures.member());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.isProblem()).isTrue();
        assertThat(delete("999999999", applicant).status()).isEqualTo(404);
        assertThat(api.get("/api/mp/applications/" + id, applicant).status()).isEqualTo(200);
        assertThat(delete(id, null).status()).isEqualTo(401);
    }
}
