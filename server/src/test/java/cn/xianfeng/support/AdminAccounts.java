package cn.xianfeng.support;

import cn.xianfeng.admin.AdminRole;
import cn.xianfeng.support.ApiClient.Reply;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

/** Admin accounts for API tests, made the way the bureau makes them: through the account endpoints. */
public final class AdminAccounts {

    /** From application-test.yml, as XF_ADMIN_PASSWORD would be in production. */
    public static final String BOOTSTRAP_PASSWORD = "test-admin-password";

    private final ApiClient api;

    public AdminAccounts(ApiClient api) {
        this.api = api;
    }

    /** A fresh token of the bootstrapped SUPER_ADMIN {@code admin}. */
    public String superToken() {
        return login("admin", BOOTSTRAP_PASSWORD);
    }

    public String login(String username, String password) {
        Reply reply = api.post("/api/admin/auth/login", Map.of("username", username, "password", password), null);
        if (reply.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + reply);
        }
        return reply.json().path("token").asString();
    }

    /**
     * Creates an enabled account with the roles (through {@code POST /api/admin/accounts}) and logs it in. Its
     * display name is 测试 and its first role, the name members and chat show for it.
     */
    public Account create(AdminRole... roles) {
        String username = "t-" + UUID.randomUUID().toString().substring(0, 12);
        String password = "pw-" + UUID.randomUUID();
        Reply reply = api.post("/api/admin/accounts", Map.of("username", username, "displayName",
                "测试" + roles[0].name(), "password", password, "roles", Arrays.stream(roles).map(Enum::name).toList()),
                superToken());
        if (reply.status() != 201) {
            throw new IllegalStateException("account creation failed: " + reply);
        }
        long id = Long.parseLong(reply.json().path("id").asString());
        return new Account(id, username, password, login(username, password));
    }

    public record Account(long id, String username, String password, String token) {
    }
}
