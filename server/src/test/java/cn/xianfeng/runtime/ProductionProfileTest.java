package cn.xianfeng.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xianfeng.XianfengApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * prod without its environment must stop before touching anything, saying in one line what is missing; with it,
 * it does not hand out the API's map.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTest {

    @Test
    void refusesToStartWithoutItsEnvironment(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(XianfengApplication.class)
                .profiles("prod")
                .web(WebApplicationType.NONE)
                .run())
                .isInstanceOf(ProductionConfigurationException.class)
                .hasMessageContaining("XF_DB_URL")
                .hasMessageContaining("XF_WX_SECRET")
                .hasMessageContaining("XF_ADMIN_PASSWORD")
                .hasMessageContaining("XF_PUBLIC_BASE_URL");

        assertThat(output.getAll()).contains("The prod profile cannot start: missing environment variables XF_DB_URL");
    }

    @Test
    void refusesToStartWithTheSimulatorOn() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(XianfengApplication.class)
                .profiles("prod")
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:mysql://127.0.0.1:1/none", "--spring.datasource.username=u",
                        "--spring.datasource.password=p", "--spring.data.redis.url=redis://127.0.0.1:1",
                        "--xf.wechat.app-id=wx1", "--xf.wechat.secret=s", "--xf.security.signing-secret=k",
                        "--xf.admin.bootstrap-password=a", "--xf.board.public-base-url=https://board.test",
                        "--xf.wechat.simulator.enabled=true"))
                .isInstanceOf(ProductionConfigurationException.class)
                .hasMessageContaining("simulator must be off")
                .hasMessageNotContaining("missing");
    }

    @Test
    void doesNotServeTheApiDocs() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(WebOnlyApplication.class)
                .profiles("prod")
                .run("--server.port=0", "--spring.datasource.url=jdbc:mysql://127.0.0.1:1/none",
                        "--spring.datasource.username=u", "--spring.datasource.password=p",
                        "--spring.data.redis.url=redis://127.0.0.1:1", "--xf.wechat.app-id=wx1",
                        "--xf.wechat.secret=s", "--xf.security.signing-secret=k", "--xf.admin.bootstrap-password=a",
                        "--xf.board.public-base-url=https://board.test")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();

            HttpResponse<String> docs = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(docs.statusCode()).isEqualTo(404);
            assertThat(docs.body()).doesNotContain("\"openapi\"");
        }
    }
}
