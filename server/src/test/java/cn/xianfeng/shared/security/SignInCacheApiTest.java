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
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.RedisNode.InfoSection;
import org.redisson.api.redisnode.RedisNodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A signed-in request is admitted from this instance's memory, and a sign-in ended on one instance is refused on
 * every other at once: two instances share the database and Redis here, as in production.
 */
@ApiTest
class SignInCacheApiTest extends ApiTestBase {

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
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(XianfengApplication.class)
                .profiles("test").run("--server.port=0")) {
            ApiClient other = new ApiClient(((WebServerApplicationContext) second).getWebServer().getPort());
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
