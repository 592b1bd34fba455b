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
import org.junit.jupiter.api.Test;

/** "%" and "_" in the account search are literal characters, not wildcards that list every account. */
@ApiTest
class AdminAccountSearchWildcardApiTest extends ApiTestBase {

    @Test
    void searchingForPercentOrUnderscoreFindsOnlyAccountsWithThem() {
        String superAdmin = fixtures.superAdmin();
        fixtures.adminAccount("VIEWER");
        jdbc.update("INSERT INTO admin_account (username, display_name, password_hash, enabled) VALUES (?, ?, ?, TRUE)",
                Fixtures.unique("pct-"), "百分百%联络", passwords.encode("password-pct"));

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
