package cn.xianfeng.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The local profile, the default, switches the WeChat simulator on: with it any code signs in. Such a server listens
 * on loopback, says at start that the simulator is on, and names the ports of its embedded servers once logging is up.
 */
@ExtendWith(OutputCaptureExtension.class)
class LocalProfileTest {

    ConfigurableApplicationContext app;

    @BeforeEach
    void start() {
        assumeThat(System.getenv("ADDRESS")).as("ADDRESS opens the local profile on purpose").isNull();
        // No profile named: local is the default. The database URL is given so that only the embedded Redis starts.
        app = new SpringApplicationBuilder(WebOnlyApplication.class)
                .run("--server.port=0", "--spring.datasource.url=jdbc:mysql://127.0.0.1:1/unused",
                        "--spring.data.redis.url=");
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private int port() {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @Test
    void listensOnLoopbackOnly() throws IOException {
        assertThat(app.getEnvironment().getActiveProfiles()).isEmpty();
        assertThat(app.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port()), 2000);
            assertThat(loopback.isConnected()).isTrue();
        }
        Optional<InetAddress> lan = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
        assumeThat(lan).as("this machine has a non-loopback address").isPresent();
        assertThatThrownBy(() -> {
            try (Socket fromNetwork = new Socket()) {
                fromNetwork.connect(new InetSocketAddress(lan.get(), port()), 2000);
            }
        }).isInstanceOf(IOException.class);
    }

    @Test
    void warnsThatTheSimulatorIsOnAndNamesTheEmbeddedPortsOnceLoggingIsUp(CapturedOutput output) {
        assertThat(output.getAll())
                .containsPattern("WARN .*StartupReport *: The WeChat simulator is on")
                .containsPattern("INFO .*StartupReport *: Embedded Redis on 127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void servesTheApiDocs() throws Exception {
        HttpResponse<String> docs = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"");
    }
}
