package cn.xianfeng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import org.junit.jupiter.api.Test;

/** Errors raised by Spring itself, not by our code, still come back as our problem details. */
@ApiTest
class ProblemDetailsApiTest extends ApiTestBase {

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
    void aQueryParameterOfTheWrongTypeIsAValidationProblemInChinese() {
        String token = api.memberToken("problems-type-" + System.nanoTime());
        Reply reply = api.get("/api/mp/applications?page=abc", token);
        assertProblem(reply, 422, "VALIDATION_FAILED", "提交的内容未通过校验");
        assertThat(reply.json().path("errors").path("page").asString()).isEqualTo("应为整数");
        assertThat(reply.body()).doesNotContain("Failed to convert", "java.lang");
    }

    @Test
    void aQueryParameterOutOfRangeGetsTheSameCodeAndAChineseMessage() {
        String token = api.memberToken("problems-range-" + System.nanoTime());
        Reply reply = api.get("/api/mp/conversations/1/messages?afterSeq=-1", token);
        assertProblem(reply, 422, "VALIDATION_FAILED", "提交的内容未通过校验");
        assertThat(reply.json().path("errors").path("afterSeq").asString()).isEqualTo("最小不能小于0");
        assertThat(reply.body()).doesNotContain("must be");

        Reply english = api.send("GET", "/api/mp/applications?size=0", null, null, token);
        assertThat(english.json().path("errors").path("size").asString()).isEqualTo("每页至少 1 条");
    }

    @Test
    void aRuleAcrossFieldsIsReportedOnTheFieldThePersonCanFix() {
        String token = api.memberToken("problems-rule-" + System.nanoTime());
        Reply neither = api.post("/api/mp/conversations/direct", java.util.Map.of(), token);
        assertProblem(neither, 422, "VALIDATION_FAILED", "提交的内容未通过校验");
        assertThat(neither.json().path("errors").has("cobuildingId")).isTrue();
        assertThat(neither.json().path("errors").has("oneTarget")).isFalse();

        Reply card = api.post("/api/mp/conversations/1/messages",
                java.util.Map.of("clientMsgId", "rule-field-0001", "type", "CARD", "text", "x"), token);
        assertProblem(card, 422, "VALIDATION_FAILED", "提交的内容未通过校验");
        assertThat(card.json().path("errors").path("type").asString()).isEqualTo("只能发送文字或图片消息");
        assertThat(card.json().path("errors").has("textOrImage")).isFalse();
    }

    @Test
    void aRequestTomcatCannotParseIsStillAProblemDetail() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET /api/mp/units?q=甲 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String raw = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(raw).startsWith("HTTP/1.1 400");
            assertThat(raw).containsIgnoringCase("content-type: application/problem+json");
            assertThat(raw).contains("\"code\":\"BAD_REQUEST\"", "\"title\":\"请求有误\"");
            assertThat(raw).doesNotContain("<html", "Tomcat");
        }
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
