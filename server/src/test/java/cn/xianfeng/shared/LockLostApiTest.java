package cn.xianfeng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A request whose transaction the database gave up on (a deadlock's loser, a lock waited on too long) is told to try
 * again — 503 TRY_AGAIN with Retry-After — instead of a 500 that reads like a bug and that no client retries.
 */
@ApiTest
@Import(LockLostApiTest.LosingEndpoint.class)
class LockLostApiTest extends ApiTestBase {

    @Test
    void aDeadlockLoserAndALockWaitTimeoutAreRetryable503sWithoutTheDatabasesWords() {
        String member = fixtures.member();
        for (String kind : new String[] {"deadlock", "timeout"}) {
            Reply reply = api.post("/api/mp/test-lost-race?kind=" + kind, null, member);
            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.code()).isEqualTo("TRY_AGAIN");
            assertThat(reply.json().path("title").asString()).isEqualTo("服务繁忙，请重试");
            assertThat(reply.retryAfter()).isEqualTo("1");
            assertThat(reply.body()).doesNotContain("Deadlock", "lock", "SQL", "Exception");
        }
    }

    /** Stands for any write that loses to another at the database. */
    @TestConfiguration(proxyBeanMethods = false)
    @RestController
    static class LosingEndpoint {

        @PostMapping("/api/mp/test-lost-race")
        void lose(@RequestParam String kind) {
            if (kind.equals("deadlock")) {
                throw new DeadlockLoserDataAccessException("Deadlock found when trying to get lock", null);
            }
            throw new CannotAcquireLockException("Lock wait timeout exceeded; try restarting transaction");
        }
    }
}
