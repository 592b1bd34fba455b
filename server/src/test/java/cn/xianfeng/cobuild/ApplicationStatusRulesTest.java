package cn.xianfeng.cobuild;

import static cn.xianfeng.cobuild.ApplicationStatus.APPROVED;
import static cn.xianfeng.cobuild.ApplicationStatus.DRAFT;
import static cn.xianfeng.cobuild.ApplicationStatus.REJECTED;
import static cn.xianfeng.cobuild.ApplicationStatus.RETURNED;
import static cn.xianfeng.cobuild.ApplicationStatus.SUBMITTED;
import static cn.xianfeng.cobuild.ApplicationStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every move of an application, allowed or not, as one table. */
class ApplicationStatusRulesTest {

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
            SUBMITTED, EnumSet.of(RETURNED, APPROVED, REJECTED, WITHDRAWN),
            RETURNED, EnumSet.of(SUBMITTED, WITHDRAWN),
            APPROVED, EnumSet.noneOf(ApplicationStatus.class),
            REJECTED, EnumSet.noneOf(ApplicationStatus.class),
            WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class));

    @Test
    void everyMoveIsAllowedExactlyWhenTheTableSaysSo() {
        assertThat(NEXT.keySet()).containsExactlyInAnyOrder(ApplicationStatus.values());
        for (ApplicationStatus from : ApplicationStatus.values()) {
            for (ApplicationStatus to : ApplicationStatus.values()) {
                assertThat(from.canMoveTo(to)).as("%s → %s", from, to).isEqualTo(NEXT.get(from).contains(to));
            }
        }
    }

    @Test
    void onlyADraftOrAReturnedApplicationCanBeEdited() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(status.editable()).as("%s", status).isEqualTo(status == DRAFT || status == RETURNED);
        }
    }

    @Test
    void noStatusMovesToItself() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(status.canMoveTo(status)).as("%s", status).isFalse();
        }
    }
}
