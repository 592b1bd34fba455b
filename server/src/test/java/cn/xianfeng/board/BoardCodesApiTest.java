package cn.xianfeng.board;

import static cn.xianfeng.board.BoardHttp.get;
import static cn.xianfeng.board.BoardHttp.header;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * What gets printed and shared: the plaque's QR code (a PNG that decodes back to the board page's address) and the
 * board's 小程序码 (drawn by WeChat once, for members and for the bureau).
 */
@ApiTest
class BoardCodesApiTest extends ApiTestBase {

    @Value("${xf.board.public-base-url}")
    String publicBaseUrl;

    private String pioneer;
    private String cobuildingId;
    private String publicId;

    @BeforeEach
    void aCobuilding() {
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 1);
        publicId = api.get("/api/mp/cobuildings/" + cobuildingId, pioneer).json().path("publicId").asString();
    }

    private static BufferedImage image(HttpResponse<byte[]> response) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(response.body()));
    }

    private static String decoded(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }

    @Test
    void thePlaqueQrCodeIsAPngThatOpensTheBoardPage() throws Exception {
        HttpResponse<byte[]> png = get(port, "/board/" + publicId + "/qr.png");

        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(header(png, "Content-Type")).isEqualTo("image/png");
        assertThat(header(png, "Cache-Control")).isEqualTo("max-age=86400, public");
        BufferedImage image = image(png);
        assertThat(image.getWidth()).isEqualTo(600);
        assertThat(image.getHeight()).isEqualTo(600);
        // The quiet zone: the corners are white.
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        String url = decoded(image);
        assertThat(url).isEqualTo(publicBaseUrl.replaceAll("/+$", "") + "/board/" + publicId);
        assertThat(get(port, url.substring(url.indexOf("/board/"))).statusCode()).isEqualTo(200);

        BufferedImage small = image(get(port, "/board/" + publicId + "/qr.png?size=200"));
        assertThat(small.getWidth()).isEqualTo(200);
        assertThat(decoded(small)).isEqualTo(url);
        assertThat(image(get(port, "/board/" + publicId + "/qr.png?size=1200")).getWidth()).isEqualTo(1200);
    }

    @Test
    void aQrCodeSizeOutsideTwoHundredToTwelveHundredIsRefused() {
        for (String size : new String[] {"199", "1201", "0", "-5"}) {
            Reply reply = api.get("/board/" + publicId + "/qr.png?size=" + size, null);
            assertThat(reply.status()).as(size).isEqualTo(422);
            assertThat(reply.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(reply.json().path("errors").path("size").asString()).isNotBlank();
        }
        assertThat(api.get("/board/" + publicId + "/qr.png?size=abc", null).status()).isEqualTo(422);
        HttpResponse<byte[]> unknown = get(port, "/board/AAAAAAAAAAAAAAAAAAAAAA/qr.png");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    /** Codes the simulated WeChat drew (a call WxJava retried after a refused token counts once). */
    private int codesDrawnFor(String scene) {
        int n = 0;
        for (JsonNode record : api.get("/wx-sim/_records?api=getwxacodeunlimit", null).json()) {
            if (scene.equals(record.path("request").path("scene").asString(""))
                    && record.path("response").has("bytes")) {
                assertThat(record.path("request").path("page").asString()).isEqualTo("packages/board/index");
                n++;
            }
        }
        return n;
    }

    @Test
    void membersAndTheBureauGetTheBoardsMiniProgramCodeWhichWeChatDrawsOnce() throws Exception {
        String member = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
        String path = "/api/mp/cobuildings/" + cobuildingId + "/board/wxacode";

        HttpResponse<byte[]> png = get(port, path, "Authorization", "Bearer " + member);
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(header(png, "Content-Type")).isEqualTo("image/png");
        assertThat(png.body()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(codesDrawnFor("b=" + publicId)).isEqualTo(1);

        HttpResponse<byte[]> again = get(port, path, "Authorization", "Bearer " + pioneer);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(png.body());
        HttpResponse<byte[]> viewer = get(port, "/api/admin/cobuildings/" + cobuildingId + "/board/wxacode",
                "Authorization", "Bearer " + fixtures.admin("VIEWER"));
        assertThat(viewer.statusCode()).isEqualTo(200);
        assertThat(viewer.body()).isEqualTo(png.body());
        assertThat(codesDrawnFor("b=" + publicId)).isEqualTo(1);
    }

    @Test
    void theMiniProgramCodeIsNotFoundForStrangersAndUnassignedLiaisons() {
        String path = "/board/wxacode";
        Reply stranger = api.get("/api/mp/cobuildings/" + cobuildingId + path, fixtures.member());
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.code()).isEqualTo("COBUILDING_NOT_FOUND");
        assertThat(api.get("/api/mp/cobuildings/999999999" + path, pioneer).status()).isEqualTo(404);
        assertThat(api.get("/api/mp/cobuildings/" + cobuildingId + path, null).status()).isEqualTo(401);

        Reply liaison = api.get("/api/admin/cobuildings/" + cobuildingId + path, fixtures.admin("LIAISON"));
        assertThat(liaison.status()).isEqualTo(404);
        assertThat(api.get("/api/admin/cobuildings/999999999" + path, fixtures.superAdmin()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/admin/cobuildings/" + cobuildingId + path, null).status()).isEqualTo(401);
        assertThat(codesDrawnFor("b=" + publicId)).isZero();
    }

    @Test
    void theBoardPathsNeedNoLoginAndIgnoreAnyToken() {
        Map<String, String> paths = Map.of("/api/public/boards/" + publicId, "application/json",
                "/board/" + publicId, "text/html;charset=UTF-8", "/board/" + publicId + "/qr.png", "image/png");
        paths.forEach((path, type) -> {
            HttpResponse<byte[]> anonymous = get(port, path);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(200);
            assertThat(header(anonymous, "Content-Type")).as(path).isEqualTo(type);
            assertThat(get(port, path, "Authorization", "Bearer not-a-token").statusCode()).as(path).isEqualTo(200);
        });
    }
}
