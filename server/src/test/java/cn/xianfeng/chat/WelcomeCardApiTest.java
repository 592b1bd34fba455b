package cn.xianfeng.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Every new co-building's group opens with one welcome card, also when the bureau approves many at once: posting
 * cards to new conversations at the same moment makes InnoDB pick deadlock losers (the idempotency check locks a
 * gap they share), and a loser is posted again rather than left to the next resubmission round minutes later.
 */
@ApiTest
class WelcomeCardApiTest extends ApiTestBase {

    private static final int AT_ONCE = 8;

    @Test
    void coBuildingsApprovedAtOnceEachOpenWithOneWelcomeCardAndNoReactionLeftIncomplete() throws Exception {
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            applications.add(fixtures.submitted(fixtures.member(), Fixtures.jointForm(Fixtures.unique("先锋大学"), 0)));
        }
        String clerk = fixtures.superAdmin();
        ExecutorService bureau = Executors.newFixedThreadPool(AT_ONCE);
        List<String> cobuildingIds = new ArrayList<>();
        try {
            List<Future<Reply>> approved = new ArrayList<>();
            for (String application : applications) {
                approved.add(bureau.submit(() -> api.post("/api/admin/applications/" + application + "/approve",
                        Map.of(), clerk)));
            }
            for (Future<Reply> reply : approved) {
                assertThat(reply.get().status()).isEqualTo(200);
                cobuildingIds.add(reply.get().json().path("cobuildingId").asString());
            }
        } finally {
            bureau.shutdown();
        }

        for (String cobuildingId : cobuildingIds) {
            await().atMost(Duration.ofSeconds(20)).until(() -> welcomeCards(cobuildingId) == 1);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE listener_id LIKE '%GroupConversations%' "
                        + "AND completion_date IS NULL", Integer.class) == 0);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE listener_id LIKE "
                + "'%GroupConversations%'", Integer.class)).isGreaterThanOrEqualTo(AT_ONCE);
    }

    private int welcomeCards(String cobuildingId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM message m JOIN conversation c ON c.id = m.conversation_id "
                + "WHERE c.cobuilding_id = ? AND m.type = 'CARD' AND m.ref_type = 'cobuilding'", Integer.class,
                Long.parseLong(cobuildingId));
    }
}
