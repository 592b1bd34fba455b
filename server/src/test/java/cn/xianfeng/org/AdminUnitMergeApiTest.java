package cn.xianfeng.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.admin.AdminRole;
import cn.xianfeng.support.AdminAccounts;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Merging duplicate units: the credit code moves, the event reaches listeners inside the merge's transaction. */
@ApiTest
class AdminUnitMergeApiTest extends ApiTestBase {

    /** Stands in for the features that repoint their unit references when units are merged. */
    static class MergeListener {

        final List<UnitsMerged> received = new CopyOnWriteArrayList<>();
        final List<Boolean> insideTransaction = new CopyOnWriteArrayList<>();
        final Set<Long> failFor = ConcurrentHashMap.newKeySet();

        @EventListener
        void on(UnitsMerged event) {
            received.add(event);
            insideTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
            if (failFor.contains(event.duplicateId())) {
                throw new IllegalStateException("a listener could not repoint its references");
            }
        }
    }

    @TestConfiguration
    static class Listening {

        @Bean
        MergeListener mergeListener() {
            return new MergeListener();
        }
    }

    @Autowired
    MergeListener listener;
    UnitFixtures units;
    AdminAccounts.Account bureau;

    @BeforeEach
    void setUp() {
        units = new UnitFixtures(jdbc);
        bureau = admins.create(AdminRole.BUREAU_ADMIN);
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private Reply merge(long duplicate, Object into) {
        return api.post("/api/admin/units/" + duplicate + "/merge", Map.of("intoUnitId", into), bureau.token());
    }

    private List<UnitsMerged> eventsFor(long duplicate) {
        return listener.received.stream().filter(event -> event.duplicateId() == duplicate).toList();
    }

    @Test
    void mergeMovesTheCreditCodeToASurvivorWithoutOneAndPublishesTheEvent() {
        String code = UnitFixtures.newCreditCode();
        long duplicate = units.insert(unique("福州大学重复"), UnitType.UNIVERSITY, code);
        long survivor = units.insert(unique("福州大学"), UnitType.UNIVERSITY, null);

        Reply reply = merge(duplicate, survivor);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("id").asString()).isEqualTo(String.valueOf(survivor));
        assertThat(reply.json().path("creditCode").asString()).isEqualTo(code);
        assertThat(reply.json().path("mergedIntoId").isNull()).isTrue();
        assertThat(units.creditCodeOf(survivor)).isEqualTo(code);
        assertThat(units.creditCodeOf(duplicate)).isNull();
        assertThat(units.mergedIntoOf(duplicate)).isEqualTo(survivor);
        assertThat(units.mergedIntoOf(survivor)).isNull();

        assertThat(eventsFor(duplicate)).containsExactly(new UnitsMerged(duplicate, survivor));
        int index = listener.received.indexOf(new UnitsMerged(duplicate, survivor));
        assertThat(listener.insideTransaction.get(index)).isTrue();

        Map<String, Object> audit = jdbc.queryForMap("SELECT * FROM audit_log WHERE action = 'unit.merge' "
                + "AND target_id = ?", String.valueOf(duplicate));
        assertThat(((Number) audit.get("admin_id")).longValue()).isEqualTo(bureau.id());
        assertThat(audit.get("target_type")).isEqualTo("unit");
        assertThat(audit.get("client_ip")).isEqualTo("127.0.0.1");
        assertThat((String) audit.get("summary")).contains(String.valueOf(survivor), code);

        // The merged unit leaves the list and is shown as merged.
        assertThat(api.get("/api/admin/units?size=100&q=" + URLEncoder.encode(
                jdbc.queryForObject("SELECT name FROM unit WHERE id = ?", String.class, duplicate),
                StandardCharsets.UTF_8), bureau.token()).json().path("total").asLong()).isZero();
        assertThat(api.get("/api/admin/units/" + duplicate, bureau.token()).json().path("mergedIntoId").asString())
                .isEqualTo(String.valueOf(survivor));
    }

    @Test
    void bothCodesStayWhereTheyAreWhenTheSurvivorHasOne() {
        String duplicateCode = UnitFixtures.newCreditCode();
        String survivorCode = UnitFixtures.newCreditCode();
        long duplicate = units.insert(unique("重复"), UnitType.ENTERPRISE, duplicateCode);
        long survivor = units.insert(unique("保留"), UnitType.ENTERPRISE, survivorCode);

        // The id may come back as the string the API hands out.
        assertThat(merge(duplicate, String.valueOf(survivor)).status()).isEqualTo(200);

        assertThat(units.creditCodeOf(survivor)).isEqualTo(survivorCode);
        assertThat(units.creditCodeOf(duplicate)).isEqualTo(duplicateCode);
        assertThat(units.mergedIntoOf(duplicate)).isEqualTo(survivor);
    }

    @Test
    void unitsMergedEarlierIntoTheDuplicateFollowItToTheSurvivor() {
        long older = units.insert(unique("更早的重复"), UnitType.OTHER, null);
        long duplicate = units.insert(unique("重复"), UnitType.OTHER, null);
        long survivor = units.insert(unique("保留"), UnitType.OTHER, null);
        assertThat(merge(older, duplicate).status()).isEqualTo(200);

        assertThat(merge(duplicate, survivor).status()).isEqualTo(200);

        assertThat(units.mergedIntoOf(older)).isEqualTo(survivor);
        assertThat(units.mergedIntoOf(duplicate)).isEqualTo(survivor);
    }

    @Test
    void aFailingListenerUndoesTheWholeMerge() {
        String code = UnitFixtures.newCreditCode();
        long duplicate = units.insert(unique("重复"), UnitType.OTHER, code);
        long survivor = units.insert(unique("保留"), UnitType.OTHER, null);
        listener.failFor.add(duplicate);

        Reply reply = merge(duplicate, survivor);

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.body()).doesNotContain("repoint");
        assertThat(units.mergedIntoOf(duplicate)).isNull();
        assertThat(units.creditCodeOf(duplicate)).isEqualTo(code);
        assertThat(units.creditCodeOf(survivor)).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'unit.merge' AND target_id = ?",
                Integer.class, String.valueOf(duplicate))).isZero();
    }

    @Test
    void mergingIntoItselfIs422() {
        long id = units.insert(unique("自己"), UnitType.OTHER, null);

        Reply reply = merge(id, id);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("UNIT_MERGE_SELF");
        assertThat(reply.json().path("title").asString()).isEqualTo("不能将单位合并到自身");
        assertThat(units.mergedIntoOf(id)).isNull();
    }

    @Test
    void mergedUnitsCannotBeMergedAgainNorMergedInto() {
        long survivor = units.insert(unique("保留"), UnitType.OTHER, null);
        long merged = units.insert(unique("已合并"), UnitType.OTHER, null);
        long third = units.insert(unique("第三家"), UnitType.OTHER, null);
        assertThat(merge(merged, survivor).status()).isEqualTo(200);

        Reply again = merge(merged, third);
        Reply into = merge(third, merged);

        for (Reply reply : List.of(again, into)) {
            assertThat(reply.status()).isEqualTo(409);
            assertThat(reply.code()).isEqualTo("UNIT_MERGED");
        }
        assertThat(units.mergedIntoOf(merged)).isEqualTo(survivor);
        assertThat(units.mergedIntoOf(third)).isNull();
        assertThat(eventsFor(third)).isEmpty();
    }

    @Test
    void unknownUnitsAre404AndAMissingTargetIs422() {
        long id = units.insert(unique("存在"), UnitType.OTHER, null);

        assertThat(merge(876_543_210L, id).status()).isEqualTo(404);
        Reply intoMissing = merge(id, 876_543_211L);
        assertThat(intoMissing.status()).isEqualTo(404);
        assertThat(intoMissing.code()).isEqualTo("NOT_FOUND");

        Reply noTarget = api.post("/api/admin/units/" + id + "/merge", Map.of(), bureau.token());
        assertThat(noTarget.status()).isEqualTo(422);
        assertThat(noTarget.json().path("errors").has("intoUnitId")).isTrue();
        assertThat(units.mergedIntoOf(id)).isNull();
    }

    @Test
    void evaluatorsMayNotMerge() {
        String evaluator = admins.create(AdminRole.EVALUATOR).token();
        long duplicate = units.insert(unique("重复"), UnitType.OTHER, null);
        long survivor = units.insert(unique("保留"), UnitType.OTHER, null);

        Reply reply = api.post("/api/admin/units/" + duplicate + "/merge", Map.of("intoUnitId", survivor), evaluator);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(units.mergedIntoOf(duplicate)).isNull();
        assertThat(eventsFor(duplicate)).isEmpty();
    }
}
