package cn.xianfeng.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xianfeng.XianfengApplication;
import cn.xianfeng.support.ApiClient;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.RedisNode.InfoSection;
import org.redisson.api.redisnode.RedisNodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What each instance keeps in memory for every request — sign-ins and the member's own profile — and how a change on
 * one instance reaches the others at once: a second instance shares the database and Redis here, as in production.
 */
@ApiTest
class NearCacheApiTest extends ApiTestBase {

    private static ConfigurableApplicationContext second;
    private static ApiClient other;

    /** One second instance for the class: starting one takes seconds. */
    private static ApiClient otherInstance() {
        if (second == null) {
            second = new SpringApplicationBuilder(XianfengApplication.class).profiles("test").run("--server.port=0");
            other = new ApiClient(((WebServerApplicationContext) second).getWebServer().getPort());
        }
        return other;
    }

    @AfterAll
    static void stopTheOtherInstance() {
        if (second != null) {
            second.close();
        }
    }

    private static final int REQUESTS = 50;

    @Autowired
    RedissonClient redisson;

    @Test
    void aSignedInRequestCostsNoRedisRead() {
        String member = fixtures.member();
        assertThat(api.get("/api/mp/me", member).status()).isEqualTo(200);

        long before = redisReads();
        for (int i = 0; i < REQUESTS; i++) {
            assertThat(api.get("/api/mp/me", member).status()).isEqualTo(200);
        }

        // Two reads a request (the token, the session version) without the cache; a few allow for background work.
        assertThat(redisReads() - before).isLessThan(5);
    }

    @Test
    void aLogoutAndALogoutEverywhereOnOneInstanceAreRefusedAtOnceByAnother() {
        ApiClient other = otherInstance();
        String code = Fixtures.unique("dev-");
        String loggedOut = api.memberToken(code);
        String lostPhone = api.memberToken(code);
        String phoneInHand = api.memberToken(code);
        String someoneElse = fixtures.member();
        // Each is admitted, and so cached, by the other instance first.
        for (String token : new String[] {loggedOut, lostPhone, phoneInHand, someoneElse}) {
            assertThat(other.get("/api/mp/me", token).status()).isEqualTo(200);
            assertThat(other.get("/api/mp/me", token).status()).isEqualTo(200);
        }

        assertThat(api.post("/api/mp/auth/logout", null, loggedOut).status()).isEqualTo(204);
        // "At once" is one pub/sub delivery: the other instance learns of it within milliseconds, not at the next
        // expiry of its copy (a minute); a busy test machine may need a few of those milliseconds.
        refusedWithinADelivery(other, loggedOut);
        assertThat(other.get("/api/mp/me", lostPhone).status()).isEqualTo(200);

        assertThat(api.post("/api/mp/auth/logout-all", null, phoneInHand).status()).isEqualTo(204);
        refusedWithinADelivery(other, lostPhone);
        refusedWithinADelivery(other, phoneInHand);
        assertThat(other.get("/api/mp/me", someoneElse).status()).isEqualTo(200);

        // And the other way round: ended there, refused here, including by this instance's own cache.
        String again = api.memberToken(code);
        assertThat(api.get("/api/mp/me", again).status()).isEqualTo(200);
        assertThat(other.post("/api/mp/auth/logout-all", null, again).status()).isEqualTo(204);
        refusedWithinADelivery(api, again);
    }

    @Test
    void aProfileChangedOnOneInstanceIsAnsweredFreshByAnother() {
        ApiClient other = otherInstance();
        String member = fixtures.member();
        // Read (and so kept) by both instances first.
        assertThat(api.get("/api/mp/me", member).json().path("nickname").isNull()).isTrue();
        assertThat(other.get("/api/mp/me", member).json().path("nickname").isNull()).isTrue();

        assertThat(api.put("/api/mp/me", Map.of("nickname", "小林"), member).status()).isEqualTo(200);
        assertThat(api.get("/api/mp/me", member).json().path("nickname").asString()).isEqualTo("小林");
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(10))
                .until(() -> "小林".equals(other.get("/api/mp/me", member).json().path("nickname").asString()));

        // Cleared on the other instance: the first one answers the cleared profile too.
        assertThat(other.put("/api/mp/me", Map.of("nickname", ""), member).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(10))
                .until(() -> api.get("/api/mp/me", member).json().path("nickname").isNull());
    }

    @Test
    void aProfileReadTwiceIsReadFromTheDatabaseOnce() {
        String member = fixtures.member();
        assertThat(api.get("/api/mp/me", member).status()).isEqualTo(200);
        // Changed behind the application's back: the kept copy is what the next reads answer, which shows they
        // did not go to the database. Only the application's own writes announce a change.
        jdbc.update("UPDATE app_user SET nickname = '直接改的' WHERE id = ?", Long.parseLong(
                api.get("/api/mp/me", member).json().path("id").asString()));
        assertThat(api.get("/api/mp/me", member).json().path("nickname").isNull()).isTrue();
        assertThat(api.put("/api/mp/me", Map.of("realName", "林"), member).status()).isEqualTo(200);
        assertThat(api.get("/api/mp/me", member).json().path("nickname").asString()).isEqualTo("直接改的");
    }

    private static void refusedWithinADelivery(ApiClient instance, String token) {
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(10))
                .until(() -> instance.get("/api/mp/me", token).status() == 401);
    }

    /** GETs (a token record, a session version) and PTTLs (a token's remaining time) the Redis server has answered. */
    private long redisReads() {
        Map<String, String> stats = redisson.getRedisNodes(RedisNodes.SINGLE).getInstance()
                .info(InfoSection.COMMANDSTATS);
        return calls(stats.get("cmdstat_get")) + calls(stats.get("cmdstat_pttl"));
    }

    private static long calls(String stat) {
        if (stat == null) {
            return 0;
        }
        for (String part : stat.split(",")) {
            if (part.startsWith("calls=")) {
                return Long.parseLong(part.substring("calls=".length()));
            }
        }
        return 0;
    }
}
