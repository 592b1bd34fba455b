package cn.xianfeng.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.shared.security.Audience;
import cn.xianfeng.shared.security.TokenService;
import cn.xianfeng.support.AdminAccounts.Account;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

@ApiTest
class AdminAccountApiTest extends ApiTestBase {

    @Autowired
    DataSource dataSource;
    @Autowired
    PasswordEncoder passwords;
    String superToken;

    @BeforeEach
    void setUp() {
        superToken = admins.superToken();
    }

    private static Map<String, Object> newAccount(String username, String displayName, String password,
                                                  List<String> roles) {
        return Map.of("username", username, "displayName", displayName, "password", password, "roles", roles);
    }

    private static String uniqueUsername() {
        return "u_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Set<String> roles(JsonNode account) {
        return StreamSupport.stream(account.path("roles").spliterator(), false).map(JsonNode::asString)
                .collect(Collectors.toSet());
    }

    private Set<String> rolesInDb(long id) {
        return Set.copyOf(jdbc.queryForList("SELECT role FROM admin_account_role WHERE admin_id = ?", String.class, id));
    }

    @Test
    void createsAnAccountThatCanLogInWithTheGivenRoles() {
        String username = uniqueUsername();
        Reply created = api.post("/api/admin/accounts",
                newAccount(username, " 张科员 ", "a-long-enough-pw", List.of("EVALUATOR", "VIEWER")), superToken);

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        String id = body.path("id").asString();
        assertThat(id).matches("\\d+");
        assertThat(body.path("username").asString()).isEqualTo(username);
        assertThat(body.path("displayName").asString()).isEqualTo("张科员");
        assertThat(roles(body)).containsExactlyInAnyOrder("EVALUATOR", "VIEWER");
        assertThat(body.path("enabled").asBoolean()).isTrue();
        assertThat(body.path("lastLoginAt").isNull()).isTrue();
        assertThat(body.path("createdAt").asString()).endsWith("+08:00");
        assertThat(created.body()).doesNotContain("a-long-enough-pw", "passwordHash", "$2a$");

        String hash = jdbc.queryForObject("SELECT password_hash FROM admin_account WHERE id = ?", String.class,
                Long.parseLong(id));
        assertThat(passwords.matches("a-long-enough-pw", hash)).isTrue();
        assertThat(rolesInDb(Long.parseLong(id))).containsExactlyInAnyOrder("EVALUATOR", "VIEWER");

        String token = admins.login(username, "a-long-enough-pw");
        assertThat(api.get("/api/admin/me", token).json().path("username").asString()).isEqualTo(username);
        Reply fetched = api.get("/api/admin/accounts/" + id, superToken);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json().path("lastLoginAt").asString()).endsWith("+08:00");
    }

    @Test
    void duplicateUsernameIs409EvenInAnotherCase() {
        String username = uniqueUsername();
        assertThat(api.post("/api/admin/accounts", newAccount(username, "甲", "password-one", List.of("VIEWER")),
                superToken).status()).isEqualTo(201);

        Reply again = api.post("/api/admin/accounts",
                newAccount(username.toUpperCase(), "乙", "password-two", List.of("VIEWER")), superToken);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("USERNAME_TAKEN");
        assertThat(again.json().path("title").asString()).isEqualTo("用户名已被使用");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM admin_account WHERE username = ?", Integer.class,
                username)).isEqualTo(1);
    }

    @Test
    void createValidatesEveryField() {
        Reply reply = api.post("/api/admin/accounts",
                newAccount("a b", "x".repeat(33), "short", List.of()), superToken);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("VALIDATION_FAILED");
        JsonNode errors = reply.json().path("errors");
        assertThat(errors.has("username")).isTrue();
        assertThat(errors.has("displayName")).isTrue();
        assertThat(errors.path("password").asString()).isEqualTo("密码需为 10 到 72 个字符");
        assertThat(errors.has("roles")).isTrue();

        Reply tooLong = api.post("/api/admin/accounts",
                newAccount(uniqueUsername(), "甲", "p".repeat(73), List.of("VIEWER")), superToken);
        assertThat(tooLong.json().path("errors").has("password")).isTrue();
        // 30 Chinese characters are 90 bytes: more than BCrypt reads.
        Reply tooManyBytes = api.post("/api/admin/accounts",
                newAccount(uniqueUsername(), "甲", "密".repeat(30), List.of("VIEWER")), superToken);
        assertThat(tooManyBytes.status()).isEqualTo(422);
        assertThat(tooManyBytes.json().path("errors").path("password").asString()).contains("72 字节");

        Reply unknownRole = api.post("/api/admin/accounts",
                newAccount(uniqueUsername(), "甲", "password-ok", List.of("KING")), superToken);
        assertThat(unknownRole.status()).isEqualTo(422);
        assertThat(unknownRole.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(unknownRole.json().path("errors").path("roles[0]").asString()).startsWith("应为以下之一：")
                .contains("LIAISON");
    }

    @Test
    void listFiltersByTextRoleAndEnabled() {
        String marker = "lst" + UUID.randomUUID().toString().substring(0, 6);
        Reply first = api.post("/api/admin/accounts",
                newAccount(marker + "_a", "列表甲", "password-aaa", List.of("LIAISON")), superToken);
        Reply second = api.post("/api/admin/accounts",
                newAccount("other_" + UUID.randomUUID().toString().substring(0, 6), "名字含" + marker,
                        "password-bbb", List.of("VIEWER", "LIAISON")), superToken);
        String secondId = second.json().path("id").asString();
        api.post("/api/admin/accounts/" + secondId + "/disable", null, superToken);

        JsonNode byText = api.get("/api/admin/accounts?q=" + marker, superToken).json();
        assertThat(byText.path("total").asLong()).isEqualTo(2);
        assertThat(byText.path("items").get(0).path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(byText.path("page").asLong()).isEqualTo(1);
        assertThat(byText.path("size").asLong()).isEqualTo(20);

        JsonNode viewers = api.get("/api/admin/accounts?q=" + marker + "&role=VIEWER", superToken).json();
        assertThat(viewers.path("total").asLong()).isEqualTo(1);
        assertThat(viewers.path("items").get(0).path("id").asString()).isEqualTo(secondId);
        assertThat(roles(viewers.path("items").get(0))).containsExactlyInAnyOrder("VIEWER", "LIAISON");

        JsonNode enabled = api.get("/api/admin/accounts?q=" + marker + "&enabled=true", superToken).json();
        assertThat(enabled.path("total").asLong()).isEqualTo(1);
        assertThat(enabled.path("items").get(0).path("enabled").asBoolean()).isTrue();
        JsonNode disabled = api.get("/api/admin/accounts?q=" + marker + "&enabled=false", superToken).json();
        assertThat(disabled.path("items").get(0).path("id").asString()).isEqualTo(secondId);

        JsonNode paged = api.get("/api/admin/accounts?q=" + marker + "&page=2&size=1", superToken).json();
        assertThat(paged.path("items").size()).isEqualTo(1);
        assertThat(paged.path("items").get(0).path("id").asString()).isEqualTo(secondId);
        assertThat(paged.path("total").asLong()).isEqualTo(2);

        assertThat(api.get("/api/admin/accounts?role=KING", superToken).status()).isEqualTo(422);
        assertThat(api.get("/api/admin/accounts?size=1000", superToken).status()).isEqualTo(422);
    }

    @Test
    void changingRolesReplacesTheSetAndTakesEffectAtOnce() {
        Account clerk = admins.create(AdminRole.VIEWER);
        assertThat(api.get("/api/admin/units", clerk.token()).status()).isEqualTo(200);

        Reply changed = api.put("/api/admin/accounts/" + clerk.id() + "/roles",
                Map.of("roles", List.of("LIAISON", "EVALUATOR")), superToken);

        assertThat(changed.status()).isEqualTo(200);
        assertThat(roles(changed.json())).containsExactlyInAnyOrder("LIAISON", "EVALUATOR");
        assertThat(rolesInDb(clerk.id())).containsExactlyInAnyOrder("LIAISON", "EVALUATOR");
        // A role was taken away: the sign-in made while it was held ends with it.
        assertThat(api.get("/api/admin/me", clerk.token()).status()).isEqualTo(401);
        String fresh = admins.login(clerk.username(), clerk.password());
        // LIAISON and EVALUATOR may not read the audit log, VIEWER is gone.
        assertThat(api.get("/api/admin/audit-log", fresh).status()).isEqualTo(403);
        assertThat(roles(api.get("/api/admin/me", fresh).json())).containsExactlyInAnyOrder("LIAISON", "EVALUATOR");
        // Adding a role takes nothing away: the token stays.
        assertThat(api.put("/api/admin/accounts/" + clerk.id() + "/roles",
                Map.of("roles", List.of("LIAISON", "EVALUATOR", "VIEWER")), superToken).status()).isEqualTo(200);
        assertThat(roles(api.get("/api/admin/me", fresh).json()))
                .containsExactlyInAnyOrder("LIAISON", "EVALUATOR", "VIEWER");

        Reply empty = api.put("/api/admin/accounts/" + clerk.id() + "/roles", Map.of("roles", List.of()), superToken);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().path("errors").has("roles")).isTrue();
        assertThat(rolesInDb(clerk.id())).containsExactlyInAnyOrder("LIAISON", "EVALUATOR", "VIEWER");
    }

    @Test
    void aSuperAdminCannotDemoteOrDisableThemself() {
        Account boss = admins.create(AdminRole.SUPER_ADMIN);

        Reply demote = api.put("/api/admin/accounts/" + boss.id() + "/roles",
                Map.of("roles", List.of("BUREAU_ADMIN")), boss.token());
        Reply disable = api.post("/api/admin/accounts/" + boss.id() + "/disable", null, boss.token());

        for (Reply reply : List.of(demote, disable)) {
            assertThat(reply.status()).isEqualTo(409);
            assertThat(reply.code()).isEqualTo("CANNOT_DEMOTE_SELF");
            assertThat(reply.json().path("title").asString()).isEqualTo("不能停用自己或撤销自己的超级管理员角色");
        }
        assertThat(rolesInDb(boss.id())).containsExactly("SUPER_ADMIN");
        assertThat(jdbc.queryForObject("SELECT enabled FROM admin_account WHERE id = ?", Boolean.class, boss.id()))
                .isTrue();
        // Adding a role to oneself while keeping SUPER_ADMIN is fine.
        Reply widen = api.put("/api/admin/accounts/" + boss.id() + "/roles",
                Map.of("roles", List.of("SUPER_ADMIN", "EVALUATOR")), boss.token());
        assertThat(widen.status()).isEqualTo(200);
        assertThat(rolesInDb(boss.id())).containsExactlyInAnyOrder("SUPER_ADMIN", "EVALUATOR");
    }

    @Test
    void anotherSuperAdminCanBeDemotedWhileOneStays() {
        Account other = admins.create(AdminRole.SUPER_ADMIN);

        Reply reply = api.put("/api/admin/accounts/" + other.id() + "/roles",
                Map.of("roles", List.of("VIEWER")), superToken);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(rolesInDb(other.id())).containsExactly("VIEWER");
        assertThat(api.get("/api/admin/accounts", other.token()).status()).isEqualTo(401);
        assertThat(api.get("/api/admin/accounts", admins.login(other.username(), other.password())).status())
                .isEqualTo(403);
    }

    @Test
    void disablingKillsTheTokenAtOnceAndEnablingLetsTheAccountLogInAgain() {
        Account clerk = admins.create(AdminRole.BUREAU_ADMIN);
        assertThat(api.get("/api/admin/units", clerk.token()).status()).isEqualTo(200);

        Reply disabled = api.post("/api/admin/accounts/" + clerk.id() + "/disable", null, superToken);

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
        Reply refused = api.get("/api/admin/units", clerk.token());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(api.post("/api/admin/auth/login", Map.of("username", clerk.username(), "password",
                clerk.password()), null).code()).isEqualTo("ADMIN_DISABLED");

        Reply enabled = api.post("/api/admin/accounts/" + clerk.id() + "/enable", null, superToken);

        assertThat(enabled.status()).isEqualTo(200);
        assertThat(enabled.json().path("enabled").asBoolean()).isTrue();
        // The token presented while disabled was revoked; a new login works.
        assertThat(api.get("/api/admin/units", clerk.token()).status()).isEqualTo(401);
        String fresh = admins.login(clerk.username(), clerk.password());
        assertThat(api.get("/api/admin/units", fresh).status()).isEqualTo(200);
    }

    @Test
    void disablingEndsEveryTokenEvenOneNeverPresentedUntilAfterEnabling() {
        Account clerk = admins.create(AdminRole.BUREAU_ADMIN);
        String otherDevice = admins.login(clerk.username(), clerk.password());
        assertThat(api.get("/api/admin/units", clerk.token()).status()).isEqualTo(200);

        assertThat(api.post("/api/admin/accounts/" + clerk.id() + "/disable", null, superToken).status())
                .isEqualTo(200);
        assertThat(api.post("/api/admin/accounts/" + clerk.id() + "/enable", null, superToken).status())
                .isEqualTo(200);

        // Neither token was used while the account was disabled; both ended with the disable.
        for (String token : List.of(clerk.token(), otherDevice)) {
            Reply refused = api.get("/api/admin/units", token);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.code()).isEqualTo("UNAUTHENTICATED");
        }
        assertThat(api.get("/api/admin/units", admins.login(clerk.username(), clerk.password())).status())
                .isEqualTo(200);
    }

    @Test
    void resettingThePasswordEndsTheSignInsMadeWithTheOldOne() {
        Account clerk = admins.create(AdminRole.VIEWER);
        Account bystander = admins.create(AdminRole.VIEWER);

        assertThat(api.post("/api/admin/accounts/" + clerk.id() + "/reset-password",
                Map.of("password", "brand-new-secret-2"), superToken).status()).isEqualTo(200);

        Reply refused = api.get("/api/admin/me", clerk.token());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(api.get("/api/admin/me", bystander.token()).status()).isEqualTo(200);
        assertThat(api.get("/api/admin/me", admins.login(clerk.username(), "brand-new-secret-2")).status())
                .isEqualTo(200);
    }

    @Test
    void anAdminTokenDiesWhenItExpires(@Autowired TokenService tokens) throws InterruptedException {
        Account clerk = admins.create(AdminRole.VIEWER);
        String shortLived = tokens.issue(Audience.ADMIN, clerk.id(), Duration.ofSeconds(2)).token();
        assertThat(api.get("/api/admin/me", shortLived).status()).isEqualTo(200);

        Thread.sleep(3_000);

        assertThat(api.get("/api/admin/me", shortLived).status()).isEqualTo(401);
        assertThat(api.get("/api/admin/me", clerk.token()).status()).isEqualTo(200);
    }

    @Test
    void aDeletedAccountsTokenIsRefused() {
        Account clerk = admins.create(AdminRole.VIEWER);
        jdbc.update("DELETE FROM admin_account_role WHERE admin_id = ?", clerk.id());
        jdbc.update("DELETE FROM admin_account WHERE id = ?", clerk.id());

        assertThat(api.get("/api/admin/units", clerk.token()).status()).isEqualTo(401);
    }

    @Test
    void resetPasswordReplacesItLiftsALockoutAndNeverReachesTheAuditLog() {
        Account clerk = admins.create(AdminRole.VIEWER);
        for (int i = 0; i < 5; i++) {
            api.post("/api/admin/auth/login", Map.of("username", clerk.username(), "password", "wrong-" + i), null);
        }
        assertThat(api.post("/api/admin/auth/login", Map.of("username", clerk.username(), "password",
                clerk.password()), null).code()).isEqualTo("LOGIN_LOCKED");

        Reply reset = api.post("/api/admin/accounts/" + clerk.id() + "/reset-password",
                Map.of("password", "brand-new-secret-1"), superToken);

        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.body()).doesNotContain("brand-new-secret-1");
        assertThat(api.post("/api/admin/auth/login", Map.of("username", clerk.username(), "password",
                clerk.password()), null).code()).isEqualTo("LOGIN_FAILED");
        assertThat(admins.login(clerk.username(), "brand-new-secret-1")).isNotBlank();
        String summary = jdbc.queryForObject("SELECT summary FROM audit_log WHERE action = 'admin.reset-password' "
                + "AND target_id = ?", String.class, String.valueOf(clerk.id()));
        assertThat(summary).contains(clerk.username()).doesNotContain("brand-new-secret-1", "$2a$");

        Reply tooShort = api.post("/api/admin/accounts/" + clerk.id() + "/reset-password",
                Map.of("password", "short"), superToken);
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.json().path("errors").has("password")).isTrue();
    }

    @Test
    void unknownAccountsAre404() {
        long missing = 987_654_321L;
        List<Reply> replies = List.of(
                api.get("/api/admin/accounts/" + missing, superToken),
                api.put("/api/admin/accounts/" + missing + "/roles", Map.of("roles", List.of("VIEWER")), superToken),
                api.post("/api/admin/accounts/" + missing + "/disable", null, superToken),
                api.post("/api/admin/accounts/" + missing + "/enable", null, superToken),
                api.post("/api/admin/accounts/" + missing + "/reset-password",
                        Map.of("password", "whatever-long"), superToken));
        for (Reply reply : replies) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(404);
            assertThat(reply.code()).isEqualTo("NOT_FOUND");
        }
        assertThat(api.get("/api/admin/accounts/not-a-number", superToken).status()).isEqualTo(404);
    }

    @Test
    void everyWriteIsAudited() {
        String username = uniqueUsername();
        String id = api.post("/api/admin/accounts", newAccount(username, "审计", "password-audit", List.of("VIEWER")),
                superToken).json().path("id").asString();
        api.put("/api/admin/accounts/" + id + "/roles", Map.of("roles", List.of("EVALUATOR")), superToken);
        api.post("/api/admin/accounts/" + id + "/disable", null, superToken);
        api.post("/api/admin/accounts/" + id + "/enable", null, superToken);
        api.post("/api/admin/accounts/" + id + "/reset-password", Map.of("password", "another-password"), superToken);

        Long bootstrapId = jdbc.queryForObject("SELECT id FROM admin_account WHERE username = 'admin'", Long.class);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT admin_id, action, target_type, client_ip, summary "
                + "FROM audit_log WHERE target_type = 'admin_account' AND target_id = ? ORDER BY id", id);
        assertThat(rows).extracting(row -> row.get("action")).containsExactly("admin.create", "admin.roles",
                "admin.disable", "admin.enable", "admin.reset-password");
        assertThat(rows).allSatisfy(row -> {
            assertThat(((Number) row.get("admin_id")).longValue()).isEqualTo(bootstrapId);
            assertThat(row.get("client_ip")).isEqualTo("127.0.0.1");
            assertThat((String) row.get("summary")).doesNotContain("password-audit", "another-password");
        });
        assertThat((String) rows.get(1).get("summary")).contains("VIEWER", "EVALUATOR");
    }

    @Test
    void failedWritesLeaveNoAuditEntry() {
        Account boss = admins.create(AdminRole.SUPER_ADMIN);
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE target_id = ?", Integer.class,
                String.valueOf(boss.id()));

        api.post("/api/admin/accounts/" + boss.id() + "/disable", null, boss.token());

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE target_id = ?", Integer.class,
                String.valueOf(boss.id()))).isEqualTo(before);
    }

    /**
     * The last enabled SUPER_ADMIN cannot be disabled. One at a time the rule is covered by "not yourself"; it
     * matters when two super admins disable each other at the same moment. Here both requests are held at the
     * SUPER_ADMIN row locks (the test holds them) until both are waiting, then let go: one must win, one must lose.
     */
    @Test
    void twoSuperAdminsDisablingEachOtherAtOnceLeaveOneStanding() throws Exception {
        Account first = admins.create(AdminRole.SUPER_ADMIN);
        Account second = admins.create(AdminRole.SUPER_ADMIN);
        List<Long> others = jdbc.queryForList("SELECT a.id FROM admin_account a JOIN admin_account_role r "
                + "ON r.admin_id = a.id WHERE r.role = 'SUPER_ADMIN' AND a.enabled AND a.id NOT IN (?, ?)",
                Long.class, first.id(), second.id());
        // For this test only, the two are the only enabled super admins.
        others.forEach(id -> jdbc.update("UPDATE admin_account SET enabled = FALSE WHERE id = ?", id));
        try {
            List<Reply> replies = new ArrayList<>();
            try (Connection holder = dataSource.getConnection()) {
                holder.setAutoCommit(false);
                try (Statement lock = holder.createStatement()) {
                    lock.executeQuery("SELECT id FROM admin_account_role WHERE role = 'SUPER_ADMIN' FOR UPDATE")
                            .close();
                }
                var firstDisablesSecond = CompletableFuture.supplyAsync(() ->
                        api.post("/api/admin/accounts/" + second.id() + "/disable", null, first.token()));
                var secondDisablesFirst = CompletableFuture.supplyAsync(() ->
                        api.post("/api/admin/accounts/" + first.id() + "/disable", null, second.token()));
                awaitLockWaits(2);
                holder.rollback();
                replies.add(firstDisablesSecond.get());
                replies.add(secondDisablesFirst.get());
            }

            assertThat(replies).extracting(Reply::status).containsExactlyInAnyOrder(200, 409);
            Reply loser = replies.stream().filter(reply -> reply.status() == 409).findFirst().orElseThrow();
            assertThat(loser.code()).isEqualTo("LAST_SUPER_ADMIN");
            assertThat(loser.json().path("title").asString()).isEqualTo("必须保留至少一个启用的超级管理员");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM admin_account WHERE id IN (?, ?) AND enabled",
                    Integer.class, first.id(), second.id())).isEqualTo(1);
        } finally {
            others.forEach(id -> jdbc.update("UPDATE admin_account SET enabled = TRUE WHERE id = ?", id));
        }
    }

    @Test
    void twoSuperAdminsDemotingEachOtherAtOnceLeaveOneStanding() throws Exception {
        Account first = admins.create(AdminRole.SUPER_ADMIN);
        Account second = admins.create(AdminRole.SUPER_ADMIN);
        List<Long> others = jdbc.queryForList("SELECT a.id FROM admin_account a JOIN admin_account_role r "
                + "ON r.admin_id = a.id WHERE r.role = 'SUPER_ADMIN' AND a.enabled AND a.id NOT IN (?, ?)",
                Long.class, first.id(), second.id());
        others.forEach(id -> jdbc.update("UPDATE admin_account SET enabled = FALSE WHERE id = ?", id));
        try {
            List<Reply> replies = new ArrayList<>();
            try (Connection holder = dataSource.getConnection()) {
                holder.setAutoCommit(false);
                try (Statement lock = holder.createStatement()) {
                    lock.executeQuery("SELECT id FROM admin_account_role WHERE role = 'SUPER_ADMIN' FOR UPDATE")
                            .close();
                }
                Map<String, Object> viewer = Map.of("roles", List.of("VIEWER"));
                var firstDemotesSecond = CompletableFuture.supplyAsync(() ->
                        api.put("/api/admin/accounts/" + second.id() + "/roles", viewer, first.token()));
                var secondDemotesFirst = CompletableFuture.supplyAsync(() ->
                        api.put("/api/admin/accounts/" + first.id() + "/roles", viewer, second.token()));
                awaitLockWaits(2);
                holder.rollback();
                replies.add(firstDemotesSecond.get());
                replies.add(secondDemotesFirst.get());
            }

            assertThat(replies).extracting(Reply::status).containsExactlyInAnyOrder(200, 409);
            assertThat(replies).extracting(Reply::code).contains("LAST_SUPER_ADMIN");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM admin_account_role WHERE admin_id IN (?, ?) "
                    + "AND role = 'SUPER_ADMIN'", Integer.class, first.id(), second.id())).isEqualTo(1);
        } finally {
            others.forEach(id -> jdbc.update("UPDATE admin_account SET enabled = TRUE WHERE id = ?", id));
        }
    }

    /** Waits until that many statements are blocked on the SUPER_ADMIN role rows the test holds. */
    private void awaitLockWaits(int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            Integer waiting = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.PROCESSLIST "
                    + "WHERE COMMAND = 'Query' AND INFO LIKE 'SELECT%admin_account_role%FOR UPDATE' "
                    + "AND ID <> CONNECTION_ID()", Integer.class);
            if (waiting != null && waiting >= count) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the requests never reached the lock");
    }
}
