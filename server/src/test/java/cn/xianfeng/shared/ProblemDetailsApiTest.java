package cn.xianfeng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Errors raised by Spring itself, not by our code, still come back as our problem details. */
@ApiTest
class ProblemDetailsApiTest {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void unknownPathIs404Problem() {
        Reply reply = api.get("/no/such/path", null);
        assertProblem(reply, 404, "NOT_FOUND", "未找到");
    }

    @Test
    void wrongMethodIs405Problem() {
        Reply reply = api.send("DELETE", "/api/mp/auth/login", null, null, null);
        assertProblem(reply, 405, "METHOD_NOT_ALLOWED", "不支持该请求方法");
    }

    @Test
    void wrongContentTypeIs415Problem() {
        Reply reply = api.send("POST", "/api/mp/auth/login", "code=x", "application/x-www-form-urlencoded", null);
        assertProblem(reply, 415, "UNSUPPORTED_MEDIA_TYPE", "不支持该内容类型");
    }

    @Test
    void malformedJsonIs400ProblemWithoutParserText() {
        Reply reply = api.send("POST", "/api/mp/auth/login", "{\"code\": ", "application/json", null);
        assertProblem(reply, 400, "MALFORMED_REQUEST", "请求内容无法解析");
        assertThat(reply.body()).doesNotContain("Exception", "jackson", "at [Source");
    }

    @Test
    void everyProblemCarriesTheRequestIdOfItsResponse() {
        Reply reply = api.get("/no/such/path", null);
        assertThat(reply.requestId()).isNotBlank();
        assertThat(reply.json().path("requestId").asString()).isEqualTo(reply.requestId());
    }

    private static void assertProblem(Reply reply, int status, String code, String title) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.isProblem()).as("content type %s", reply.contentType()).isTrue();
        assertThat(reply.json().path("status").asInt()).isEqualTo(status);
        assertThat(reply.code()).isEqualTo(code);
        assertThat(reply.json().path("title").asString()).isEqualTo(title);
        assertThat(reply.json().path("detail").asString()).isNotBlank();
        assertThat(reply.json().path("requestId").asString()).isNotBlank();
        assertThat(reply.body()).doesNotContain("trace", "springframework");
    }
}
