package cn.xianfeng.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The avatar upload, the public avatar URL, and the profile that may only point at the member's own upload. */
@ApiTest
class MemberAvatarApiTest extends ApiTestBase {

    private static final String SECRET = "GPS-31.2304N-121.4737E";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPngIsReencodedWithoutItsMetadataAppliedAndServedPublicly() throws Exception {
        String member = fixtures.member();
        byte[] png = withTextChunk(image("png", 1000, 500), SECRET);
        assertThat(contains(png, SECRET)).isTrue();

        Reply reply = upload(member, "avatar.png", "image/png", png);

        assertThat(reply.status()).isEqualTo(200);
        String avatarUrl = reply.json().path("avatarUrl").asString();
        assertThat(avatarUrl).matches("/api/avatars/[A-Za-z0-9_-]{16,64}");
        assertThat(reply.json().path("id").asString()).isEqualTo(fixtures.userId(member));
        assertThat(api.get("/api/mp/me", member).json().path("avatarUrl").asString()).isEqualTo(avatarUrl);

        // No token: an <image> sends none.
        HttpResponse<byte[]> served = fetch(avatarUrl);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
        assertThat(served.headers().firstValue("Cache-Control").orElse(""))
                .contains("public", "max-age=31536000", "immutable");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(served.body()));
        assertThat(decoded).isNotNull();
        // At most 640 a side, the shape kept.
        assertThat(decoded.getWidth()).isEqualTo(640);
        assertThat(decoded.getHeight()).isEqualTo(320);
        assertThat(contains(served.body(), SECRET)).isFalse();
        assertThat(served.body()).isNotEqualTo(png);
    }

    @Test
    void aJpegIsReencodedWithoutItsComment() throws Exception {
        String member = fixtures.member();
        byte[] jpeg = withJpegComment(image("jpeg", 300, 400), SECRET);
        assertThat(contains(jpeg, SECRET)).isTrue();

        // The declared type and name do not matter; the bytes do.
        Reply reply = upload(member, "photo.bin", "application/octet-stream", jpeg);

        assertThat(reply.status()).isEqualTo(200);
        HttpResponse<byte[]> served = fetch(reply.json().path("avatarUrl").asString());
        assertThat(served.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/jpeg");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(served.body()));
        assertThat(decoded.getWidth()).isEqualTo(300);
        assertThat(decoded.getHeight()).isEqualTo(400);
        assertThat(contains(served.body(), SECRET)).isFalse();
    }

    @Test
    void onlyJpegAndPngBytesAreTaken() throws Exception {
        String member = fixtures.member();
        byte[] gif = image("gif", 50, 50);
        byte[] text = "这不是图片，只是改了扩展名".getBytes(StandardCharsets.UTF_8);
        // Starts like a JPEG but is not one.
        byte[] forged = new byte[2048];
        forged[0] = (byte) 0xFF;
        forged[1] = (byte) 0xD8;
        forged[2] = (byte) 0xFF;

        for (byte[] bytes : new byte[][] {gif, text, forged}) {
            Reply refused = upload(member, "avatar.jpg", "image/jpeg", bytes);
            assertThat(refused.status()).isEqualTo(415);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.code()).isEqualTo("FILE_TYPE_UNSUPPORTED");
            assertThat(refused.json().path("title").asString()).isEqualTo("只支持 JPG 或 PNG 图片");
        }
        assertThat(api.get("/api/mp/me", member).json().path("avatarUrl").isNull()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_avatar WHERE user_id = ?", Integer.class,
                Long.parseLong(fixtures.userId(member)))).isZero();
    }

    @Test
    void twoMegabytesAreTheLimit() throws Exception {
        String member = fixtures.member();
        byte[] png = image("png", 64, 64);
        // A valid PNG padded with bytes after its end, to exactly 2 MB and to one byte more.
        byte[] atLimit = Arrays.copyOf(png, 2 * 1024 * 1024);
        byte[] overLimit = Arrays.copyOf(png, 2 * 1024 * 1024 + 1);

        assertThat(upload(member, "a.png", "image/png", atLimit).status()).isEqualTo(200);

        Reply refused = upload(member, "a.png", "image/png", overLimit);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.code()).isEqualTo("FILE_TOO_LARGE");
        assertThat(refused.json().path("title").asString()).isEqualTo("图片不能超过 2 MB");
        assertThat(refused.body()).doesNotContainIgnoringCase("exceed").doesNotContainIgnoringCase("tomcat")
                .doesNotContainIgnoringCase("multipart");

        // Far over: still the same answer, not a dropped connection.
        Reply farOver = upload(member, "big.png", "image/png", Arrays.copyOf(png, 8 * 1024 * 1024));
        assertThat(farOver.status()).isEqualTo(413);
        assertThat(farOver.code()).isEqualTo("FILE_TOO_LARGE");
    }

    @Test
    void aSmallFileClaimingAHugeCanvasIsRefusedWithoutDecodingIt() throws Exception {
        String member = fixtures.member();
        // A PNG header for 20000 × 20000 pixels (1.6 GB decoded) in a few dozen bytes.
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        header.write(intBytes(20_000));
        header.write(intBytes(20_000));
        header.write(new byte[] {8, 2, 0, 0, 0});
        writeChunk(png, "IHDR", header.toByteArray());
        writeChunk(png, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        writeChunk(png, "IEND", new byte[0]);

        Reply refused = upload(member, "huge.png", "image/png", png.toByteArray());

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.code()).isEqualTo("FILE_TOO_LARGE");
        assertThat(refused.json().path("detail").asString()).isEqualTo("图片尺寸过大");
    }

    private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.write(intBytes(data.length));
        out.write(typeBytes);
        out.write(data);
        out.write(intBytes((int) crc.getValue()));
    }

    @Test
    void anUploadWithoutAFileIsAValidationProblem() throws Exception {
        String member = fixtures.member();

        Reply json = api.post("/api/mp/me/avatar", Map.of("file", "x"), member);
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.isProblem()).isTrue();

        Reply otherPart = upload(member, "other", "a.png", "image/png", image("png", 10, 10));
        assertThat(otherPart.status()).isEqualTo(422);
        assertThat(otherPart.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(otherPart.json().path("errors").path("file").asString()).isNotBlank();

        assertThat(upload(null, "a.png", "image/png", image("png", 10, 10)).status()).isEqualTo(401);
    }

    @Test
    void theProfileTakesOnlyTheMembersOwnUploadedAvatarAndClearsItWithAnEmptyString() throws Exception {
        String member = fixtures.member();
        String other = fixtures.member();
        String mine = upload(member, "a.png", "image/png", image("png", 20, 20)).json().path("avatarUrl").asString();
        String theirs = upload(other, "b.png", "image/png", image("png", 20, 20)).json().path("avatarUrl")
                .asString();
        api.put("/api/mp/me", Map.of("avatarUrl", ""), member);

        for (String foreign : new String[] {"https://thirdwx.qlogo.cn/mmopen/abc/132", "wxfile://tmp_abc.jpg",
                "http://tmp/abc.png", theirs, "/api/avatars/" + UUID.randomUUID().toString().replace("-", "")}) {
            Reply refused = api.put("/api/mp/me", Map.of("nickname", "新名字", "avatarUrl", foreign), member);
            assertThat(refused.status()).as(foreign).isEqualTo(422);
            assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(refused.json().path("errors").path("avatarUrl").asString()).isNotBlank();
        }
        Reply me = api.get("/api/mp/me", member);
        assertThat(me.json().path("avatarUrl").isNull()).isTrue();
        assertThat(me.json().path("nickname").isNull()).isTrue();

        Reply set = api.put("/api/mp/me", Map.of("nickname", "新名字", "avatarUrl", mine), member);
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().path("avatarUrl").asString()).isEqualTo(mine);

        Reply cleared = api.put("/api/mp/me", Map.of("avatarUrl", ""), member);
        assertThat(cleared.json().path("avatarUrl").isNull()).isTrue();
        assertThat(cleared.json().path("nickname").asString()).isEqualTo("新名字");
    }

    @Test
    void aNewUploadReplacesTheOldOneWhichIsNoLongerServed() throws Exception {
        String member = fixtures.member();
        String first = upload(member, "a.png", "image/png", image("png", 20, 20)).json().path("avatarUrl")
                .asString();
        String second = upload(member, "b.png", "image/png", image("png", 30, 30)).json().path("avatarUrl")
                .asString();

        assertThat(second).isNotEqualTo(first);
        assertThat(fetch(second).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> gone = fetch(first);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(api.put("/api/mp/me", Map.of("avatarUrl", first), member).status()).isEqualTo(422);
    }

    @Test
    void nicknamesAreTrimmedAndAtMostTwentyCharacters() {
        String member = fixtures.member();
        String twenty = "😀".repeat(20);

        Reply ok = api.put("/api/mp/me", Map.of("nickname", "  " + twenty + "  "), member);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().path("nickname").asString()).isEqualTo(twenty);

        Map<String, Object> tooLong = new HashMap<>();
        tooLong.put("nickname", "长".repeat(21));
        Reply refused = api.put("/api/mp/me", tooLong, member);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").path("nickname").asString()).isEqualTo("昵称最多 20 个字");
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private Reply upload(String token, String filename, String contentType, byte[] bytes) throws Exception {
        return upload(token, "file", filename, contentType, bytes);
    }

    private Reply upload(String token, String field, String filename, String contentType, byte[] bytes)
            throws Exception {
        String boundary = "----xf" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/mp/me/avatar"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), null,
                null, response.body());
    }

    private HttpResponse<byte[]> fetch(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xC8102E));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.YELLOW);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    /** The PNG with a tEXt chunk (where cameras and editors put location and author) after its header. */
    private static byte[] withTextChunk(byte[] png, String text) throws IOException {
        byte[] data = ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        byte[] type = "tEXt".getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        int headerEnd = 8 + 4 + 4 + 13 + 4; // signature, IHDR length, type, data, CRC
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, headerEnd);
        out.write(intBytes(data.length));
        out.write(type);
        out.write(data);
        out.write(intBytes((int) crc.getValue()));
        out.write(png, headerEnd, png.length - headerEnd);
        return out.toByteArray();
    }

    /** The JPEG with a COM segment right after its start marker. */
    private static byte[] withJpegComment(byte[] jpeg, String text) throws IOException {
        byte[] data = text.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xFE);
        out.write((data.length + 2) >> 8);
        out.write((data.length + 2) & 0xFF);
        out.write(data);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] intBytes(int value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
