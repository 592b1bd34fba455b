package cn.xianfeng.admin;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.AdminAccounts;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which address the server believes is the client's — for the audit log and the login limit per address. The test
 * profile trusts 127.0.0.2 as a proxy and nothing else; these tests play that proxy, and the untrusted client from
 * 127.0.0.1. The address limit runs here with its production value (other tests raise it: they all share 127.0.0.1),
 * so nothing here logs in from 127.0.0.1.
 */
@ApiTest
@TestPropertySource(properties = "xf.admin.max-logins-per-ip=30")
class ClientAddressApiTest extends ApiTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A fresh address per run (198.18.0.0/15 is set aside for tests), so earlier runs' counts do not matter. */
    private static String someClientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198." + (18 + random.nextInt(2)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private record Raw(int status, String retryAfter, String body) {

        String code() {
            return JSON.readTree(body).path("code").asString(null);
        }
    }

    /** One request sent from 127.0.0.2, the trusted proxy, passing on {@code forwardedFor}. */
    private Raw viaProxy(String method, String path, String json, String token, String forwardedFor)
            throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress("127.0.0.2", 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            byte[] body = json == null ? new byte[0] : json.getBytes(UTF_8);
            // HTTP/1.0: the answer comes unchunked and the connection closes after it.
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.0\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n")
                    .append("X-Forwarded-For: ").append(forwardedFor).append("\r\n");
            if (json != null) {
                head.append("Content-Type: application/json\r\n");
            }
            if (token != null) {
                head.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(UTF_8));
            out.write(body);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), UTF_8);
            int headEnd = response.indexOf("\r\n\r\n");
            String[] lines = response.substring(0, headEnd).split("\r\n");
            String retryAfter = null;
            for (String line : lines) {
                if (line.toLowerCase(Locale.ROOT).startsWith("retry-after:")) {
                    retryAfter = line.substring(line.indexOf(':') + 1).trim();
                }
            }
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), retryAfter, response.substring(headEnd + 4));
        }
    }

    private Raw login(String username, String password, String forwardedFor) throws IOException {
        return viaProxy("POST", "/api/admin/auth/login", JSON.writeValueAsString(
                java.util.Map.of("username", username, "password", password)), null, forwardedFor);
    }

    private String superAdminToken() throws IOException {
        Raw reply = login("admin", AdminAccounts.BOOTSTRAP_PASSWORD, someClientAddress());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return JSON.readTree(reply.body()).path("token").asString();
    }

    private String auditedAddressOfEndingSessions(String userId) {
        return jdbc.queryForObject("SELECT client_ip FROM audit_log WHERE action = 'member.end-sessions' "
                + "AND target_id = ? ORDER BY id DESC LIMIT 1", String.class, userId);
    }

    @Test
    void aForwardedForFromAnUntrustedClientIsNotBelieved() throws Exception {
        String admin = superAdminToken();
        String userId = fixtures.userId(fixtures.member());

        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/admin/members/" + userId + "/sessions/end"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + admin)
                .header("X-Forwarded-For", "203.0.113.66").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(reply.statusCode()).isEqualTo(204);
        assertThat(auditedAddressOfEndingSessions(userId)).isEqualTo("127.0.0.1");
    }

    @Test
    void aForwardedForFromTheTrustedProxyIsTheAuditedAddress() throws Exception {
        String admin = superAdminToken();
        String userId = fixtures.userId(fixtures.member());

        Raw reply = viaProxy("POST", "/api/admin/members/" + userId + "/sessions/end", null, admin, "203.0.113.77");

        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
        assertThat(auditedAddressOfEndingSessions(userId)).isEqualTo("203.0.113.77");

        // What the client itself put in front of the proxy's entry is not believed: the proxy saw 203.0.113.78.
        Raw forged = viaProxy("POST", "/api/admin/members/" + userId + "/sessions/end", null, admin,
                "10.9.8.7, 203.0.113.78");
        assertThat(forged.status()).isEqualTo(204);
        assertThat(auditedAddressOfEndingSessions(userId)).isEqualTo("203.0.113.78");
    }

    @Test
    void thirtyLoginAttemptsFromOneAddressIn15MinutesThenA429WithRetryAfter() throws Exception {
        String address = someClientAddress();
        for (int i = 0; i < 30; i++) {
            Raw reply = login("nobody-" + UUID.randomUUID(), "wrong-password", address);
            assertThat(reply.status()).as("attempt " + (i + 1)).isEqualTo(401);
            assertThat(reply.code()).isEqualTo("LOGIN_FAILED");
        }

        Raw limited = login("nobody-" + UUID.randomUUID(), "wrong-password", address);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.code()).isEqualTo("LOGIN_RATE_LIMITED");
        assertThat(JSON.readTree(limited.body()).path("title").asString()).isEqualTo("登录尝试过于频繁");
        assertThat(Long.parseLong(limited.retryAfter())).isBetween(1L, 15 * 60L);
        // Even the right password waits now; another address does not.
        assertThat(login("admin", AdminAccounts.BOOTSTRAP_PASSWORD, address).status()).isEqualTo(429);
        assertThat(login("admin", AdminAccounts.BOOTSTRAP_PASSWORD, someClientAddress()).status()).isEqualTo(200);
    }
}
