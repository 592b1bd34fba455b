package cn.xianfeng.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient;
import cn.xianfeng.support.ApiClient.Reply;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Uploads through the media endpoints ({@code POST /api/mp/media}, {@code /api/admin/media}), fetching what their
 * signed links serve, and WeChat's risky verdict on an upload delivered through the simulator: what avatar and chat
 * image tests start from.
 */
public final class MediaFixtures {

    private final int port;
    private final ApiClient api;
    private final JdbcTemplate jdbc;
    private final HttpClient http = HttpClient.newHttpClient();

    public MediaFixtures(int port, ApiClient api, JdbcTemplate jdbc) {
        this.port = port;
        this.api = api;
        this.jdbc = jdbc;
    }

    /** A member's upload of a small JPEG for this purpose; its id. */
    public String memberImage(String token, String purpose) {
        return created(upload("/api/mp/media", token, purpose, "photo.jpg", "image/jpeg", jpeg(64, 48)));
    }

    /** An admin's upload of a small JPEG for this purpose; its id. */
    public String adminImage(String token, String purpose) {
        return created(upload("/api/admin/media", token, purpose, "photo.jpg", "image/jpeg", jpeg(64, 48)));
    }

    /** A member's PDF, which only ATTACHMENT takes; its id. */
    public String memberPdf(String token) {
        return created(upload("/api/mp/media", token, "ATTACHMENT", "plan.pdf", "application/pdf", pdf()));
    }

    private static String created(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().path("id").asString();
    }

    public Reply upload(String path, String token, String purpose, String filename, String contentType,
                        byte[] bytes) {
        String boundary = "----xf" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\n" + purpose
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(bytes);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), null,
                    null, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a relative link ({@code /api/media/...}) serves, fetched without a token, as an {@code <image>} does. */
    public HttpResponse<byte[]> fetch(String relativeUrl) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + relativeUrl)).GET()
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * WeChat's asynchronous check answers "risky" for this upload: the simulator delivers the signed callback it
     * recorded when media submitted the image (which happens after the upload's commit, so it is waited for).
     */
    public void judgeRisky(String mediaId) {
        String traceId = null;
        for (int i = 0; i < 200 && traceId == null; i++) {
            traceId = jdbc.queryForObject("SELECT check_trace_id FROM media WHERE id = ?", String.class,
                    Long.parseLong(mediaId));
            if (traceId == null) {
                pause(50);
            }
        }
        assertThat(traceId).as("media %s was submitted to WeChat's check", mediaId).isNotNull();
        Reply delivered = api.post("/wx-sim/_media-checks/" + traceId + "/deliver?suggest=risky", null, null);
        assertThat(delivered.status()).as(delivered.body()).isBetween(200, 204);
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static byte[] jpeg(int width, int height) {
        return image("jpeg", width, height);
    }

    public static byte[] png(int width, int height) {
        return image("png", width, height);
    }

    /**
     * A picture of its own every time: media stores identical bytes once and judges them once, so a risky verdict on
     * one test's upload would hide every other upload of the same bytes.
     */
    private static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(ThreadLocalRandom.current().nextInt(0x1000000)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.YELLOW);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.setColor(new Color(ThreadLocalRandom.current().nextInt(0x1000000)));
        g.fillRect(0, 0, Math.max(2, width / 8), Math.max(2, height / 8));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertThat(ImageIO.write(image, format, out)).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A one-page PDF, as small as one can be (and of its own, like the pictures). */
    public static byte[] pdf() {
        String body = "%PDF-1.4\n%" + UUID.randomUUID() + "\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }
}
