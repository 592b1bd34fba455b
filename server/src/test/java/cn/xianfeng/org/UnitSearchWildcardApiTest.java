package cn.xianfeng.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** "%" and "_" typed into a search are looked for as themselves, not as LIKE wildcards matching every unit. */
@ApiTest
class UnitSearchWildcardApiTest extends ApiTestBase {

    UnitFixtures units;

    @BeforeEach
    void setUp() {
        units = new UnitFixtures(jdbc);
        String marker = Fixtures.unique("通配");
        units.insert(marker + "大学", UnitType.UNIVERSITY, null);
        units.insert(marker + "百分百%研究院", UnitType.INSTITUTE, null);
        units.insert(marker + "下划_线企业", UnitType.ENTERPRISE, null);
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(unit -> names.add(unit.path("name").asString()));
        return names;
    }

    @Test
    void aMemberSearchingForPercentOrUnderscoreFindsOnlyNamesWithThem() {
        String member = fixtures.member();

        Reply percent = api.get("/api/mp/units?q=" + q("%"), member);
        Reply underscore = api.get("/api/mp/units?q=" + q("_"), member);

        assertThat(percent.status()).isEqualTo(200);
        assertThat(names(percent.json())).isNotEmpty().allMatch(name -> name.contains("%"));
        assertThat(names(underscore.json())).isNotEmpty().allMatch(name -> name.contains("_"));
    }

    @Test
    void theBureauSearchingForPercentOrUnderscoreFindsOnlyNamesWithThem() {
        String bureau = fixtures.admin("BUREAU_ADMIN");

        Reply percent = api.get("/api/admin/units?size=100&q=" + q("%"), bureau);
        Reply underscore = api.get("/api/admin/units?size=100&q=" + q("_"), bureau);

        assertThat(percent.status()).isEqualTo(200);
        assertThat(names(percent.json().path("items"))).isNotEmpty().allMatch(name -> name.contains("%"));
        assertThat(names(underscore.json().path("items"))).isNotEmpty().allMatch(name -> name.contains("_"));
    }
}
