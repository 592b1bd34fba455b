package cn.xianfeng.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "%" and "_" in the account search are literal characters, not wildcards that list every account. */
@ApiTest
class AdminAccountSearchWildcardApiTest extends ApiTestBase {

    @Test
    void searchingForPercentOrUnderscoreFindsOnlyAccountsWithThem() {
        String superAdmin = fixtures.superAdmin();
        admins.create(AdminRole.VIEWER);
        assertThat(api.post("/api/admin/accounts", Map.of("username", Fixtures.unique("pct-"), "displayName",
                "百分百%联络", "password", "password-pct", "roles", List.of("VIEWER")), superAdmin).status())
                .isEqualTo(201);

        for (String text : List.of("%", "_")) {
            Reply reply = api.get("/api/admin/accounts?size=100&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8),
                    superAdmin);
            assertThat(reply.status()).isEqualTo(200);
            List<String> shown = new ArrayList<>();
            reply.json().path("items").forEach(account -> shown.add(account.path("username").asString() + " "
                    + account.path("displayName").asString()));
            assertThat(shown).as(text).allMatch(line -> line.contains(text));
            if (text.equals("%")) {
                assertThat(shown).hasSize(1);
            }
        }
    }
}
