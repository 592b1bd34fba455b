package cn.xianfeng.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.admin.AdminRole;
import cn.xianfeng.support.AdminAccounts.Account;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiClient;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may call what, from the outside: each of the five roles signs in and calls every endpoint of the unit database,
 * the account management and the audit log. Reads: everyone but LIAISON on units; SUPER_ADMIN and BUREAU_ADMIN on the
 * audit log. Unit writes: BUREAU_ADMIN and SUPER_ADMIN. Accounts: SUPER_ADMIN only.
 */
@ApiTest
class AdminRoleMatrixApiTest extends ApiTestBase {

    private static final Set<AdminRole> ALL = EnumSet.allOf(AdminRole.class);
    private static final Set<AdminRole> UNIT_READERS =
            EnumSet.of(AdminRole.SUPER_ADMIN, AdminRole.BUREAU_ADMIN, AdminRole.EVALUATOR, AdminRole.VIEWER);
    private static final Set<AdminRole> UNIT_WRITERS = EnumSet.of(AdminRole.SUPER_ADMIN, AdminRole.BUREAU_ADMIN);
    private static final Set<AdminRole> AUDIT_READERS = EnumSet.of(AdminRole.SUPER_ADMIN, AdminRole.BUREAU_ADMIN);
    private static final Set<AdminRole> ACCOUNT_MANAGERS = EnumSet.of(AdminRole.SUPER_ADMIN);

    UnitFixtures units;

    @BeforeEach
    void setUp() {
        units = new UnitFixtures(jdbc);
    }

    private long freshUnit() {
        return units.insert("矩阵" + UUID.randomUUID().toString().substring(0, 8), UnitType.OTHER, null);
    }

    private long freshAccount() {
        return admins.create(AdminRole.VIEWER).id();
    }

    private record Endpoint(String name, Set<AdminRole> allowed, int successStatus,
                            BiFunction<ApiClient, String, Reply> call) {
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> list = new ArrayList<>();
        list.add(new Endpoint("GET units", UNIT_READERS, 200, (api, token) -> api.get("/api/admin/units", token)));
        list.add(new Endpoint("GET unit", UNIT_READERS, 200,
                (api, token) -> api.get("/api/admin/units/" + freshUnit(), token)));
        list.add(new Endpoint("PUT unit", UNIT_WRITERS, 200, (api, token) -> api.put("/api/admin/units/"
                + freshUnit(), Map.of("name", "改名" + UUID.randomUUID().toString().substring(0, 6),
                "type", "OTHER"), token)));
        list.add(new Endpoint("POST merge", UNIT_WRITERS, 200, (api, token) -> api.post("/api/admin/units/"
                + freshUnit() + "/merge", Map.of("intoUnitId", freshUnit()), token)));
        list.add(new Endpoint("GET accounts", ACCOUNT_MANAGERS, 200,
                (api, token) -> api.get("/api/admin/accounts", token)));
        list.add(new Endpoint("GET account", ACCOUNT_MANAGERS, 200,
                (api, token) -> api.get("/api/admin/accounts/" + freshAccount(), token)));
        list.add(new Endpoint("POST account", ACCOUNT_MANAGERS, 201, (api, token) -> api.post("/api/admin/accounts",
                Map.of("username", "m_" + UUID.randomUUID().toString().substring(0, 8), "displayName", "矩阵",
                        "password", "matrix-password", "roles", List.of("VIEWER")), token)));
        list.add(new Endpoint("PUT roles", ACCOUNT_MANAGERS, 200, (api, token) -> api.put("/api/admin/accounts/"
                + freshAccount() + "/roles", Map.of("roles", List.of("EVALUATOR")), token)));
        list.add(new Endpoint("POST disable", ACCOUNT_MANAGERS, 200,
                (api, token) -> api.post("/api/admin/accounts/" + freshAccount() + "/disable", null, token)));
        list.add(new Endpoint("POST enable", ACCOUNT_MANAGERS, 200,
                (api, token) -> api.post("/api/admin/accounts/" + freshAccount() + "/enable", null, token)));
        list.add(new Endpoint("POST reset-password", ACCOUNT_MANAGERS, 200, (api, token) -> api.post(
                "/api/admin/accounts/" + freshAccount() + "/reset-password",
                Map.of("password", "matrix-new-password"), token)));
        list.add(new Endpoint("GET audit-log", AUDIT_READERS, 200,
                (api, token) -> api.get("/api/admin/audit-log", token)));
        return list;
    }

    @Test
    void everyRoleGetsExactlyWhatTheRulesSay() {
        Map<String, String> wrong = new LinkedHashMap<>();
        for (AdminRole role : ALL) {
            Account account = admins.create(role);
            for (Endpoint endpoint : endpoints()) {
                Reply reply = endpoint.call().apply(api, account.token());
                boolean allowed = endpoint.allowed().contains(role);
                int expected = allowed ? endpoint.successStatus() : 403;
                String expectedCode = allowed ? null : "FORBIDDEN";
                boolean codeMatches = allowed || expectedCode.equals(reply.code());
                if (reply.status() != expected || !codeMatches) {
                    wrong.put(role + " " + endpoint.name(), "expected " + expected + ", got " + reply.status()
                            + " " + reply.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void refusedWritesChangeNothingAndLeaveNoAuditEntry() {
        Account viewer = admins.create(AdminRole.VIEWER);
        long unit = freshUnit();
        long other = freshUnit();
        long target = freshAccount();
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE admin_id = ?", Integer.class,
                viewer.id());

        api.put("/api/admin/units/" + unit, Map.of("name", "不该改", "type", "OTHER"), viewer.token());
        api.post("/api/admin/units/" + unit + "/merge", Map.of("intoUnitId", other), viewer.token());
        api.post("/api/admin/accounts/" + target + "/disable", null, viewer.token());

        assertThat(jdbc.queryForObject("SELECT name FROM unit WHERE id = ?", String.class, unit)).startsWith("矩阵");
        assertThat(units.mergedIntoOf(unit)).isNull();
        assertThat(jdbc.queryForObject("SELECT enabled FROM admin_account WHERE id = ?", Boolean.class, target))
                .isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE admin_id = ?", Integer.class,
                viewer.id())).isEqualTo(before);
    }
}
