package cn.xianfeng.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The S3 media store against a real S3 API: Adobe's S3Mock, resolved by Maven into {@code target/s3mock} (see the
 * pom) and run as a process of its own on loopback (it is a Spring Boot 3 application; this server is Boot 4).
 */
class MediaS3StoreTest {

    private static Process s3mock;
    private static S3MediaStore store;
    private static Path root;

    @BeforeAll
    static void startS3Mock() throws Exception {
        Path jar = Path.of("target/s3mock/s3mock.jar");
        assertThat(jar).as("S3Mock is copied there by the build (process-test-classes)").exists();
        root = Files.createTempDirectory("xf-s3mock-");
        int httpPort = freePort();
        int httpsPort = freePort();
        s3mock = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString(),
                "--server.address=127.0.0.1", "--server.port=" + httpsPort,
                "--com.adobe.testing.s3mock.http-port=" + httpPort,
                "--com.adobe.testing.s3mock.store.initial-buckets=xf-media",
                "--com.adobe.testing.s3mock.store.root=" + root)
                .redirectErrorStream(true)
                .redirectOutput(root.resolveSibling(root.getFileName() + ".log").toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!listening(httpPort)) {
            if (System.nanoTime() > deadline || !s3mock.isAlive()) {
                throw new IllegalStateException("S3Mock did not start");
            }
            Thread.sleep(200);
        }
        store = new S3MediaStore(new MediaProperties.S3("http://127.0.0.1:" + httpPort, "xf-media", "us-east-1",
                "test-access-key", "test-secret-key"));
    }

    @AfterAll
    static void stopS3Mock() {
        if (store != null) {
            store.close();
        }
        if (s3mock != null) {
            s3mock.destroy();
        }
    }

    @Test
    void putGetRangeExistsDeleteRoundTrip(@TempDir Path dir) throws Exception {
        byte[] content = new byte[300_000];
        new Random(5).nextBytes(content);
        Path file = dir.resolve("blob");
        Files.write(file, content);
        String key = MediaKeys.original("ab" + "0".repeat(62));

        assertThat(store.exists(key)).isFalse();
        store.put(key, file, "image/jpeg");

        assertThat(store.exists(key)).isTrue();
        try (InputStream in = store.get(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        try (InputStream in = store.range(key, 1000, 1999)) {
            assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(content, 1000, 2000));
        }
        store.delete(key);
        assertThat(store.exists(key)).isFalse();
        assertThatThrownBy(() -> store.get(key)).isInstanceOf(UncheckedIOException.class);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
