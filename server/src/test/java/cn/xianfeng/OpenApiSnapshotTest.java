package cn.xianfeng;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the server's OpenAPI document to {@code docs/api/openapi.json} at the repository root, the way
 * {@link ModularityTest} writes {@code docs/modules/}: the mini-program's contract test checks every request its
 * services make against it. Keys are sorted and the run's own address is left out, so the committed file changes
 * only when the API does; commit it with the code that changed it.
 */
@ApiTest
class OpenApiSnapshotTest extends ApiTestBase {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @Test
    void writesTheApiDocument() throws IOException {
        Path server = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
        Path root = server.getParent();
        assertThat(root.resolve("server/pom.xml")).exists();
        assertThat(root.resolve("sql")).isDirectory();

        Reply docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        ObjectNode document = (ObjectNode) docs.json();
        // The random port of this run.
        document.remove("servers");

        Path file = root.resolve("docs/api/openapi.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writeValueAsString(JSON.treeToValue(document, Map.class)) + "\n",
                StandardCharsets.UTF_8);

        JsonNode paths = JSON.readTree(file.toFile()).path("paths");
        // The avatar is a media upload set through the profile; the stopgap avatar endpoints are gone.
        assertThat(paths.has("/api/mp/me/avatar")).isFalse();
        assertThat(paths.path("/api/mp/me").has("patch")).isTrue();
        assertThat(paths.path("/api/mp/me").has("put")).isTrue();
        assertThat(paths.path("/api/mp/applications/{id}").has("delete")).isTrue();
        assertThat(paths.path("/api/mp/invitations/{code}/preview").has("get")).isTrue();
        assertThat(paths.path("/api/mp/cobuildings/{id}/announcement").has("put")).isTrue();
        assertThat(paths.path("/api/mp/conversations/{id}").has("get")).isTrue();
        // Only the API: no simulator, no actuator.
        paths.propertyNames().forEach(path -> assertThat(path).startsWith("/api/"));
    }
}
