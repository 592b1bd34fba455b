package cn.xianfeng.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.AdminAccounts.Account;
import cn.xianfeng.support.AdminAccounts;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

@ApiTest
class AdminAuthApiTest extends ApiTestBase {

    private Reply login(String username, String password) {
        return api.post("/api/admin/auth/login", Map.of("username", username, "password", password), null);
    }

    @Test
    void bootstrappedSuperAdminLogsInAndSeesThemself() {
        Reply reply = login("admin", AdminAccounts.BOOTSTRAP_PASSWORD);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("admin").path("username").asString()).isEqualTo("admin");
        assertThat(reply.json().path("admin").path("roles").get(0).asString()).isEqualTo("SUPER_ADMIN");
        assertThat(reply.body()).doesNotContain("password", "$2a$");

        String token = reply.json().path("token").asString();
        Reply me = api.get("/api/admin/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("username").asString()).isEqualTo("admin");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM admin_account WHERE username = 'admin'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void adminTokenDoesNotOpenTheMemberApi() {
        String token = login("admin", AdminAccounts.BOOTSTRAP_PASSWORD).json().path("token").asString();

        Reply reply = api.get("/api/mp/me", token);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        Account account = admins.create(AdminRole.VIEWER);
        String username = account.username();

        Reply wrong = login(username, "wrong-password");
        Reply unknown = login("nobody-" + UUID.randomUUID(), "whatever");

        for (Reply reply : new Reply[] {wrong, unknown}) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.code()).isEqualTo("LOGIN_FAILED");
            assertThat(reply.json().path("title").asString()).isEqualTo("用户名或密码错误");
        }
    }

    @Test
    void fiveFailuresLockTheUsernameEvenForTheRightPassword() {
        Account account = admins.create(AdminRole.EVALUATOR);
        String username = account.username();
        for (int i = 0; i < 5; i++) {
            assertThat(login(username, "wrong-" + i).code()).isEqualTo("LOGIN_FAILED");
        }

        Reply locked = login(username, account.password());

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.code()).isEqualTo("LOGIN_LOCKED");
        assertThat(Long.parseLong(locked.retryAfter())).isBetween(1L, 15 * 60L);
        // The lock is per username: others still log in.
        assertThat(login("admin", AdminAccounts.BOOTSTRAP_PASSWORD).status()).isEqualTo(200);
    }

    /** Guesses sent at once must not all be checked because none had failed yet when each one looked. */
    @Test
    void twentyParallelWrongPasswordsForOneUsernameGetAtMostFiveChecks() throws Exception {
        Account account = admins.create(AdminRole.VIEWER);
        String username = account.username();

        List<Reply> replies = all(20, i -> login(username, "wrong-" + i), null);

        assertThat(replies).filteredOn(reply -> reply.status() == 401)
                .allSatisfy(reply -> assertThat(reply.code()).isEqualTo("LOGIN_FAILED")).hasSize(5);
        assertThat(replies).filteredOn(reply -> reply.status() == 429)
                .allSatisfy(reply -> assertThat(reply.code()).isEqualTo("LOGIN_LOCKED")).hasSize(15);
        assertThat(login(username, account.password()).code()).isEqualTo("LOGIN_LOCKED");
    }

    /**
     * BCrypt is slow on purpose; a burst of logins must not hold the database pool while it runs. A member request
     * sent while 50 logins are checking passwords is answered before most of them are done — were the connections
     * held (the pool has 10), it would queue behind a round of them for one.
     */
    @Test
    void fiftyParallelLoginsWithRandomUsernamesLeaveMemberRequestsAnswering() throws Exception {
        String member = api.memberToken("dev-" + UUID.randomUUID());
        AtomicInteger loginsDone = new AtomicInteger();
        AtomicInteger loginsDoneWhenMemberAsked = new AtomicInteger(-1);
        AtomicInteger loginsDoneWhenMemberAnswered = new AtomicInteger(-1);

        List<Reply> replies = all(50, i -> {
            Reply reply = login("nobody-" + UUID.randomUUID(), "wrong-password");
            loginsDone.incrementAndGet();
            return reply;
        }, () -> {
            loginsDoneWhenMemberAsked.set(loginsDone.get());
            Reply me = api.get("/api/mp/me", member);
            loginsDoneWhenMemberAnswered.set(loginsDone.get());
            assertThat(me.status()).isEqualTo(200);
        });

        assertThat(replies).allSatisfy(reply -> assertThat(reply.code()).isEqualTo("LOGIN_FAILED"));
        // Asked while most logins were still checking passwords, and answered before a round of them (the pool
        // holds 10) could finish: counted from when it was asked, since a fast machine finishes some before that.
        assertThat(loginsDoneWhenMemberAsked.get()).isLessThan(40);
        assertThat(loginsDoneWhenMemberAnswered.get() - loginsDoneWhenMemberAsked.get()).isBetween(0, 9);
    }

    /**
     * Sends {@code count} requests at once; {@code meanwhile}, if given, runs once they are under way (on the test's
     * own thread) before their replies are collected.
     */
    private List<Reply> all(int count, IntFunction<Reply> request, Runnable meanwhile) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                pending.add(threads.submit(() -> {
                    start.await();
                    return request.apply(n);
                }));
            }
            start.countDown();
            if (meanwhile != null) {
                Thread.sleep(500);
                meanwhile.run();
            }
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> reply : pending) {
                replies.add(reply.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void successResetsTheFailureCount() {
        Account account = admins.create(AdminRole.BUREAU_ADMIN);
        String username = account.username();
        for (int i = 0; i < 4; i++) {
            login(username, "wrong-" + i);
        }
        assertThat(login(username, account.password()).status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(login(username, "wrong-again-" + i).status()).isEqualTo(401);
        }
        assertThat(login(username, account.password()).status()).isEqualTo(200);
    }

    @Test
    void disabledAccountCannotLogInAndLosesItsToken() {
        Account account = admins.create(AdminRole.LIAISON);
        String username = account.username();
        String token = login(username, account.password()).json().path("token").asString();

        jdbc.update("UPDATE admin_account SET enabled = FALSE WHERE username = ?", username);

        Reply refused = login(username, account.password());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("ADMIN_DISABLED");
        assertThat(api.get("/api/admin/me", token).status()).isEqualTo(401);
    }

    @Test
    void logoutRevokesTheAdminToken() {
        String token = login("admin", AdminAccounts.BOOTSTRAP_PASSWORD).json().path("token").asString();

        assertThat(api.post("/api/admin/auth/logout", null, token).status()).isEqualTo(204);
        assertThat(api.get("/api/admin/me", token).status()).isEqualTo(401);
    }

    @Test
    void loginValidatesItsInput() {
        Reply reply = api.post("/api/admin/auth/login", Map.of("username", "", "password", "x".repeat(200)), null);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("errors").has("username")).isTrue();
        assertThat(reply.json().path("errors").has("password")).isTrue();
    }
}
