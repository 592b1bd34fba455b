package cn.xianfeng.briefing;

import cn.xianfeng.support.ApiClient;
import cn.xianfeng.support.ApiClient.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Briefings made through the admin API, uploads through the media endpoints, and what chat posted for them. */
final class BriefingFixtures {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ApiClient api;
    private final JdbcTemplate jdbc;
    private final int port;

    BriefingFixtures(ApiClient api, JdbcTemplate jdbc, int port) {
        this.api = api;
        this.jdbc = jdbc;
        this.port = port;
    }

    static Map<String, Object> draft(String title, Map<String, Object> targeting) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("category", "RD_DEDUCTION");
        body.put("summary", "研发费用按实际发生额在税前加计扣除");
        body.put("body", "## 政策要点\n\n企业开展研发活动中实际发生的研发费用，按实际发生额的 **100%** 在税前加计扣除。");
        body.put("targeting", targeting);
        return body;
    }

    static Map<String, Object> toCobuildings(String... ids) {
        return Map.of("scope", "COBUILDINGS", "cobuildingIds", List.of(ids));
    }

    /** Creates a draft; its id. */
    String created(Map<String, Object> body, String adminToken) {
        Reply created = api.post("/api/admin/briefings", body, adminToken);
        if (created.status() != 201) {
            throw new IllegalStateException("create failed: " + created);
        }
        return created.json().path("id").asString();
    }

    /** Creates and publishes; its id. */
    String published(Map<String, Object> body, String adminToken) {
        String id = created(body, adminToken);
        Reply published = api.post("/api/admin/briefings/" + id + "/publish", null, adminToken);
        if (published.status() != 200) {
            throw new IllegalStateException("publish failed: " + published);
        }
        return id;
    }

    long groupOf(String cobuildingId) {
        return jdbc.queryForObject("SELECT id FROM conversation WHERE cobuilding_id = ?", Long.class,
                Long.parseLong(cobuildingId));
    }

    int cards(String cobuildingId, String cardType, String refType, String refId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM message WHERE conversation_id = ? AND card_type = ?"
                + " AND ref_type = ? AND ref_id = ?", Integer.class, groupOf(cobuildingId), cardType, refType, refId);
    }

    String cardPayload(String cobuildingId, String cardType, String refType, String refId) {
        List<String> payloads = jdbc.queryForList("SELECT payload FROM message WHERE conversation_id = ?"
                + " AND card_type = ? AND ref_type = ? AND ref_id = ?", String.class, groupOf(cobuildingId), cardType,
                refType, refId);
        return payloads.isEmpty() ? null : payloads.get(0);
    }

    /** A multipart upload, as the admin console or the mini-program makes it. */
    Reply upload(String path, String token, String purpose, String filename, byte[] bytes) {
        String boundary = "----xf" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\n"
                + purpose + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), null,
                    null, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
