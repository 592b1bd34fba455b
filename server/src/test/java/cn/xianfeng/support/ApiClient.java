package cn.xianfeng.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running server over real HTTP, the way the mini-program and the admin console do. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Reply get(String path, String token) {
        return send("GET", path, null, null, token);
    }

    public Reply post(String path, Object body, String token) {
        return send("POST", path, body == null ? null : JSON.writeValueAsString(body), "application/json", token);
    }

    public Reply put(String path, Object body, String token) {
        return send("PUT", path, body == null ? null : JSON.writeValueAsString(body), "application/json", token);
    }

    public Reply send(String method, String path, String body, String contentType, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("X-Request-Id").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs a mini-program user in through the simulator; the same code is the same person every time. */
    public String memberToken(String code) {
        Reply reply = post("/api/mp/auth/login", java.util.Map.of("code", code), null);
        if (reply.status() != 200) {
            throw new IllegalStateException("login failed: " + reply);
        }
        return reply.json().path("token").asString();
    }

    public record Reply(int status, String contentType, String retryAfter, String requestId, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String code() {
            return json().path("code").asString(null);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }
}
