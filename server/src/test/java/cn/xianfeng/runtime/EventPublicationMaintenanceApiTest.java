package cn.xianfeng.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The event publication log: a reaction cut off by a crash runs again without waiting for a restart, and completed
 * publications are deleted after a week. Driven with a real reaction: the welcome card a new co-building's group
 * conversation gets.
 */
@ApiTest
class EventPublicationMaintenanceApiTest extends ApiTestBase {

    @Autowired
    EventPublicationMaintenance maintenance;

    private String publicationOf(long cobuildingId) {
        // Chat's reaction (the welcome card); goals react to the same event with a publication of their own.
        List<String> ids = jdbc.queryForList("SELECT id FROM EVENT_PUBLICATION WHERE event_type LIKE ? "
                + "AND serialized_event LIKE ? AND listener_id LIKE ?", String.class, "%CobuildingCreated",
                "%\"cobuildingId\":" + cobuildingId + ",%", "%GroupConversations%");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    private boolean completed(String publicationId) {
        return jdbc.queryForObject("SELECT completion_date IS NOT NULL FROM EVENT_PUBLICATION WHERE id = ?",
                Boolean.class, publicationId);
    }

    private int welcomeCards(long cobuildingId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM message WHERE type = 'CARD' AND ref_type = 'cobuilding' "
                + "AND ref_id = ?", Integer.class, String.valueOf(cobuildingId));
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    /**
     * As if the server had died while the reaction ran: publication stored, reaction begun, never completed, its
     * card never posted.
     */
    private void cutOff(long cobuildingId, String publicationId, Duration ago) {
        jdbc.update("DELETE FROM message WHERE type = 'CARD' AND ref_type = 'cobuilding' AND ref_id = ?",
                String.valueOf(cobuildingId));
        jdbc.update("UPDATE EVENT_PUBLICATION SET completion_date = NULL, status = 'PROCESSING', "
                + "publication_date = ? WHERE id = ?", Timestamp.from(Instant.now().minus(ago)), publicationId);
    }

    @Test
    void aReactionCutOffByACrashRunsAgainOnceItIsSomeMinutesOld() throws InterruptedException {
        long cobuildingId = Long.parseLong(fixtures.cobuilding(fixtures.member(), 0));
        String publication = publicationOf(cobuildingId);
        waitFor(() -> completed(publication) && welcomeCards(cobuildingId) == 1);

        cutOff(cobuildingId, publication, Duration.ofMinutes(1));
        maintenance.resubmitStale();
        Thread.sleep(500);
        // Too young: its first try may still be running.
        assertThat(completed(publication)).isFalse();
        assertThat(welcomeCards(cobuildingId)).isZero();

        cutOff(cobuildingId, publication, EventPublicationMaintenance.RESUBMIT_AFTER.plusMinutes(1));
        maintenance.resubmitStale();

        waitFor(() -> completed(publication) && welcomeCards(cobuildingId) == 1);
    }

    @Test
    void completedPublicationsAreDeletedAfterAWeekAndIncompleteOnesNever() {
        String weekOld = insertPublication(Duration.ofDays(8), true);
        String recent = insertPublication(Duration.ofDays(6), true);
        String stuck = insertPublication(Duration.ofDays(8), false);
        try {
            maintenance.purgeCompleted();

            assertThat(exists(weekOld)).isFalse();
            assertThat(exists(recent)).isTrue();
            assertThat(exists(stuck)).isTrue();
        } finally {
            jdbc.update("DELETE FROM EVENT_PUBLICATION WHERE id IN (?, ?, ?)", weekOld, recent, stuck);
        }
    }

    private String insertPublication(Duration ago, boolean completed) {
        String id = UUID.randomUUID().toString();
        Timestamp at = Timestamp.from(Instant.now().minus(ago));
        jdbc.update("INSERT INTO EVENT_PUBLICATION (id, listener_id, event_type, serialized_event, publication_date, "
                        + "completion_date, status, completion_attempts) VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
                id, "maintenance.test.listener", String.class.getName(), "\"maintenance-test\"", at,
                completed ? at : null, completed ? "COMPLETED" : "PROCESSING");
        return id;
    }

    private boolean exists(String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE id = ?", Integer.class, id) == 1;
    }
}
