package cn.xianfeng.chat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** The conversation lists (members' 消息 tab and the bureau's): paged by last activity, a fixed number of queries. */
@ApiTest
@Import(ConversationListApiTest.Counting.class)
class ConversationListApiTest extends ApiTestBase {

    private static final String DIRECT = "/api/mp/conversations/direct";

    @Autowired
    StatementCounter statements;
    String pioneer;
    String cobuildingId;
    String liaison;
    String invitation;

    /** Counts the SQL statements MyBatis prepares, per request id (the server puts it in the MDC). */
    @Intercepts(@Signature(type = StatementHandler.class, method = "prepare",
            args = {Connection.class, Integer.class}))
    static class StatementCounter implements Interceptor {

        private final Map<String, AtomicInteger> byRequest = new ConcurrentHashMap<>();

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            String requestId = MDC.get("requestId");
            if (requestId != null) {
                byRequest.computeIfAbsent(requestId, id -> new AtomicInteger()).incrementAndGet();
            }
            return invocation.proceed();
        }

        int of(Reply reply) {
            AtomicInteger count = byRequest.get(reply.requestId());
            return count == null ? 0 : count.get();
        }
    }

    @TestConfiguration
    static class Counting {
        @Bean
        StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    @BeforeEach
    void setUp() {
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 0);
        String leadUnit = fixtures.unitOf(pioneer, cobuildingId, "LEAD");
        invitation = fixtures.invitation(pioneer, cobuildingId, "MEMBER", leadUnit, 60);
        liaison = fixtures.admin("LIAISON");
        assertThat(api.put("/api/admin/cobuildings/" + cobuildingId + "/bureau-liaison",
                Map.of("adminId", fixtures.adminId(liaison)), fixtures.superAdmin()).status()).isEqualTo(200);
    }

    private String newMember() {
        String token = fixtures.member();
        assertThat(api.post("/api/mp/invitations/join", Map.of("code", invitation), token).status()).isEqualTo(200);
        return token;
    }

    private String send(String token, String conversationId, String text) {
        Reply sent = api.post("/api/mp/conversations/" + conversationId + "/messages",
                Map.of("clientMsgId", UUID.randomUUID().toString(), "type", "TEXT", "text", text), token);
        assertThat(sent.status()).isEqualTo(201);
        return conversationId;
    }

    /** The pioneer opens a direct conversation with a new member, who writes in it; returns its id. */
    private String directWithNewMember(int n) {
        String member = newMember();
        String id = api.post(DIRECT, Map.of("userId", fixtures.userId(member)), pioneer).json().path("id").asString();
        // The member also writes to the bureau liaison, so the liaison's list grows too.
        String toLiaison = api.post(DIRECT, Map.of("cobuildingId", cobuildingId), member).json().path("id")
                .asString();
        send(member, toLiaison, "请教问题 " + n);
        return send(member, id, "你好 " + n);
    }

    private static List<String> ids(Reply list) {
        List<String> ids = new ArrayList<>();
        list.json().path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    @Test
    void aListCostsTheSameNumberOfQueriesForThreeConversationsAsForThirty() {
        String toLiaison = api.post(DIRECT, Map.of("cobuildingId", cobuildingId), pioneer).json().path("id")
                .asString();
        send(pioneer, toLiaison, "请问材料交给谁？");
        api.post("/api/admin/conversations/" + toLiaison + "/messages",
                Map.of("clientMsgId", UUID.randomUUID().toString(), "type", "TEXT", "text", "交给我"), liaison);
        directWithNewMember(0);
        api.get("/api/mp/conversations", pioneer); // warm: the first request of a member may look more up

        Reply few = api.get("/api/mp/conversations", pioneer);
        Reply fewForLiaison = api.get("/api/admin/conversations", liaison);
        assertThat(few.json().path("items")).hasSize(3);
        assertThat(fewForLiaison.json().path("total").asLong()).isEqualTo(3);

        for (int i = 1; i <= 27; i++) {
            directWithNewMember(i);
        }
        Reply many = api.get("/api/mp/conversations", pioneer);
        Reply manyForLiaison = api.get("/api/admin/conversations", liaison);

        assertThat(many.json().path("items")).hasSize(30);
        assertThat(manyForLiaison.json().path("items")).hasSize(30);
        assertThat(statements.of(few)).isPositive();
        assertThat(statements.of(many)).isEqualTo(statements.of(few));
        assertThat(statements.of(fewForLiaison)).isPositive();
        assertThat(statements.of(manyForLiaison)).isEqualTo(statements.of(fewForLiaison));
        // And every line still says what it said: a direct conversation names its peer and is writable.
        for (JsonNode line : many.json().path("items")) {
            assertThat(line.path("writable").asBoolean()).isTrue();
            assertThat(line.path("lastMessage").path("preview").asString()).isNotBlank();
            if ("DIRECT".equals(line.path("type").asString())) {
                assertThat(line.path("title").asString()).isEqualTo(line.path("peer").path("displayName").asString());
            }
        }
    }

    @Test
    void theListPagesByLastActivity() {
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            opened.add(directWithNewMember(i));
        }

        Reply all = api.get("/api/mp/conversations", pioneer);
        assertThat(all.json().path("total").asLong()).isEqualTo(13);
        assertThat(all.json().path("page").asLong()).isEqualTo(1);
        assertThat(all.json().path("size").asLong()).isEqualTo(50);
        List<String> latestFirst = ids(all);
        assertThat(latestFirst).hasSize(13);
        // The last one written to is first; the group, quiet since its welcome card, is last.
        assertThat(latestFirst.get(0)).isEqualTo(opened.get(11));
        assertThat(all.json().path("items").get(12).path("type").asString()).isEqualTo("GROUP");

        Reply first = api.get("/api/mp/conversations?page=1&size=5", pioneer);
        Reply third = api.get("/api/mp/conversations?page=3&size=5", pioneer);
        assertThat(first.json().path("total").asLong()).isEqualTo(13);
        assertThat(first.json().path("size").asLong()).isEqualTo(5);
        assertThat(ids(first)).isEqualTo(latestFirst.subList(0, 5));
        assertThat(third.json().path("page").asLong()).isEqualTo(3);
        assertThat(ids(third)).isEqualTo(latestFirst.subList(10, 13));

        // A message moves its conversation to the top.
        send(pioneer, opened.get(0), "又想起一件事");
        assertThat(ids(api.get("/api/mp/conversations?size=1", pioneer))).containsExactly(opened.get(0));

        Reply liaisonsSecond = api.get("/api/admin/conversations?page=2&size=5", liaison);
        assertThat(liaisonsSecond.json().path("total").asLong()).isEqualTo(13);
        assertThat(liaisonsSecond.json().path("items")).hasSize(5);

        assertThat(api.get("/api/mp/conversations?size=101", pioneer).status()).isEqualTo(422);
        assertThat(api.get("/api/mp/conversations?page=0", pioneer).status()).isEqualTo(422);
        assertThat(api.get("/api/admin/conversations?size=0", liaison).status()).isEqualTo(422);
    }
}
