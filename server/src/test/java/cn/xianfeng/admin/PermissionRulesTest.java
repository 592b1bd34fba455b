package cn.xianfeng.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.admin.Permission.Reach;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, as one table: a row per permission, a column per role, read in milliseconds. The HTTP suites
 * (AdminRoleMatrixApiTest, CobuildAuthorizationApiTest, the chat admin tests) check that the endpoints ask for the
 * right permission; this checks what each permission means.
 */
class PermissionRulesTest {

    /** A = bureau-wide, O = only the co-buildings the admin is the liaison of, - = refused. */
    private static final String[] COLUMNS = {"SUPER_ADMIN", "BUREAU_ADMIN", "EVALUATOR", "LIAISON", "VIEWER"};
    private static final String[] TABLE = {
        //                        SUPER BUREAU EVAL LIAISON VIEWER
        "READ_UNITS                 A     A     A     -     A",
        "MANAGE_UNITS               A     A     -     -     -",
        "READ_APPLICATIONS          A     A     A     -     A",
        "REVIEW_APPLICATIONS        A     A     -     -     -",
        "READ_COBUILDINGS           A     A     A     O     A",
        "MANAGE_COBUILDINGS         A     A     -     -     -",
        "READ_CHATS                 A     A     A     O     A",
        "WRITE_GROUP_CHATS          A     A     -     O     -",
        "READ_ACTIVITIES            A     A     A     O     A",
        "MANAGE_ACTIVITIES          A     A     -     O     -",
        "READ_GOALS                 A     A     A     O     A",
        "REVIEW_CHECKLIST           A     A     -     O     -",
        "MANAGE_CHECKLIST           A     A     -     -     -",
        "MANAGE_HIGHLIGHTS          A     A     -     -     -",
        "READ_BRIEFINGS             A     A     A     A     A",
        "MANAGE_BRIEFINGS           A     A     -     -     -",
        "READ_PUSH                  A     A     -     -     A",
        "MANAGE_PUSH                A     A     -     -     -",
        "READ_STATS                 A     A     A     O     A",
        "READ_EVALUATIONS           A     A     A     -     A",
        "SCORE_EVALUATIONS          A     A     A     -     -",
        "MANAGE_EVALUATIONS         A     A     -     -     -",
        "READ_RECTIFICATIONS        A     A     A     O     A",
        "REVIEW_RECTIFICATIONS      A     A     -     -     -",
        "END_MEMBER_SESSIONS        A     A     -     -     -",
        "READ_AUDIT_LOG             A     A     -     -     -",
        "MANAGE_ADMIN_ACCOUNTS      A     -     -     -     -",
    };

    @Test
    void eachRoleAloneReachesWhatTheTableSays() {
        Map<Permission, String[]> rows = rows();
        assertThat(rows.keySet()).as("every permission has a row").containsExactlyInAnyOrder(Permission.values());
        assertThat(COLUMNS).containsExactly(names(AdminRole.values()));
        rows.forEach((permission, cells) -> {
            for (int i = 0; i < COLUMNS.length; i++) {
                AdminRole role = AdminRole.valueOf(COLUMNS[i]);
                assertThat(permission.reachOf(EnumSet.of(role))).as("%s for %s", permission, role)
                        .isEqualTo(reach(cells[i]));
            }
        });
    }

    @Test
    void noRoleReachesNothing() {
        for (Permission permission : Permission.values()) {
            assertThat(permission.reachOf(Set.of())).as("%s", permission).isEqualTo(Reach.NONE);
        }
    }

    /** Several roles: the widest reach any of them gives, so a liaison who is also a viewer reads everything. */
    @Test
    void severalRolesReachAsFarAsTheWidestOfThem() {
        Map<Permission, String[]> rows = rows();
        for (Permission permission : Permission.values()) {
            for (int mask = 1; mask < 1 << COLUMNS.length; mask++) {
                Set<AdminRole> held = EnumSet.noneOf(AdminRole.class);
                Reach widest = Reach.NONE;
                for (int i = 0; i < COLUMNS.length; i++) {
                    if ((mask & 1 << i) != 0) {
                        held.add(AdminRole.valueOf(COLUMNS[i]));
                        Reach alone = reach(rows.get(permission)[i]);
                        widest = alone.compareTo(widest) > 0 ? alone : widest;
                    }
                }
                assertThat(permission.reachOf(held)).as("%s for %s", permission, held).isEqualTo(widest);
            }
        }
        assertThat(Permission.READ_COBUILDINGS.reachOf(EnumSet.of(AdminRole.LIAISON, AdminRole.VIEWER)))
                .isEqualTo(Reach.ALL);
        assertThat(Permission.WRITE_GROUP_CHATS.reachOf(EnumSet.of(AdminRole.LIAISON, AdminRole.EVALUATOR)))
                .isEqualTo(Reach.OWN_COBUILDINGS);
    }

    @Test
    void aScopeThatDoesNotSeeAllReachesOnlyTheAdminsOwnCobuildings() {
        AdminScope liaison = new AdminScope(7, false);
        assertThat(liaison.liaisonId()).isEqualTo(7);
        assertThat(liaison.reaches(7L)).isTrue();
        assertThat(liaison.reaches(8L)).isFalse();
        assertThat(liaison.reaches(null)).as("a vacant co-building").isFalse();

        AdminScope bureau = new AdminScope(7, true);
        assertThat(bureau.reaches(8L)).isTrue();
        assertThat(bureau.reaches(null)).isTrue();
    }

    private static Map<Permission, String[]> rows() {
        Map<Permission, String[]> rows = new LinkedHashMap<>();
        for (String line : TABLE) {
            String[] cells = line.trim().split("\\s+");
            String[] reaches = new String[cells.length - 1];
            System.arraycopy(cells, 1, reaches, 0, reaches.length);
            assertThat(reaches).as(line).hasSize(COLUMNS.length);
            rows.put(Permission.valueOf(cells[0]), reaches);
        }
        return rows;
    }

    private static Reach reach(String cell) {
        return switch (cell) {
            case "A" -> Reach.ALL;
            case "O" -> Reach.OWN_COBUILDINGS;
            case "-" -> Reach.NONE;
            default -> throw new IllegalArgumentException(cell);
        };
    }

    private static String[] names(AdminRole[] roles) {
        String[] names = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            names[i] = roles[i].name();
        }
        return names;
    }
}
