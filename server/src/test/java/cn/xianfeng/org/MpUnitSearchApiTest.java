package cn.xianfeng.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The unit search of the application form: live units only, and a too-long search is a validation problem. */
@ApiTest
class MpUnitSearchApiTest extends ApiTestBase {

    @Test
    void searchFindsLiveUnitsOnlyAndValidatesTheText() {
        UnitFixtures units = new UnitFixtures(jdbc);
        String marker = "搜索" + UUID.randomUUID().toString().substring(0, 8);
        long live = units.insert(marker + "研究院", UnitType.INSTITUTE, null);
        long merged = units.insert(marker + "研究院（旧）", UnitType.INSTITUTE, null);
        jdbc.update("UPDATE unit SET merged_into_id = ? WHERE id = ?", live, merged);
        String member = api.memberToken("unit-search-" + UUID.randomUUID());

        Reply found = api.get("/api/mp/units?q=" + marker, member);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json()).extracting(unit -> unit.path("id").asString()).containsExactly(String.valueOf(live));
        assertThat(found.body()).doesNotContain("contactPhone", "王联络");

        Reply tooLong = api.get("/api/mp/units?q=" + "长".repeat(51), member);
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.code()).isEqualTo("VALIDATION_FAILED");
    }
}
