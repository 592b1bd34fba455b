package cn.xianfeng.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/**
 * A phone that lost its signal and left its chat socket open: a socket opened by hand that never reads after the
 * handshake. Its receive buffer is made small before connecting, so the frames back up into the server's side of
 * the connection, as they do on a mobile link.
 */
public final class StalledPhone implements AutoCloseable {

    private final Socket socket;

    private StalledPhone(Socket socket) {
        this.socket = socket;
    }

    /** Opens {@code /ws} with the member's token and reads the response head only, byte by byte. */
    public static StalledPhone connect(int port, String token) throws IOException {
        Socket raw = new Socket();
        raw.setReceiveBufferSize(4096);
        raw.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        raw.setSoTimeout(10_000);
        String key = Base64.getEncoder().encodeToString(Arrays.copyOf(UUID.randomUUID().toString().getBytes(), 16));
        raw.getOutputStream().write(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n"
                + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        StringBuilder head = new StringBuilder();
        InputStream in = raw.getInputStream();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            assertThat(b).isNotNegative();
            head.append((char) b);
        }
        assertThat(head.toString()).startsWith("HTTP/1.1 101");
        return new StalledPhone(raw);
    }

    /**
     * Reads what the kernel still held for the phone until the server ends the connection (its end of the stream,
     * or a reset); a connection still open after {@code timeout} fails with a read timeout.
     */
    public void awaitClosedByServer(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = socket.getInputStream()) {
            while (in.read(buffer) >= 0) {
                // drained
            }
        } catch (SocketException reset) {
            // closed by a reset: closed all the same
        } finally {
            socket.close();
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
