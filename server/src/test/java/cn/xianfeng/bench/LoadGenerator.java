package cn.xianfeng.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP/1.1 load: each of N threads holds one keep-alive connection and sends the next GET as soon as
 * the previous response has been read in full, for a fixed time. Blocking sockets and a hand-written response reader:
 * nothing between the measurement and the wire that could itself be the bottleneck.
 */
final class LoadGenerator {

    record Result(String name, long responses, long failures, double seconds, long[] sortedMicros) {

        double perSecond() {
            return responses / seconds;
        }

        double percentileMillis(double p) {
            if (sortedMicros.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sortedMicros.length) - 1;
            return sortedMicros[Math.max(0, Math.min(index, sortedMicros.length - 1))] / 1000.0;
        }

        @Override
        public String toString() {
            return String.format("%s: %.0f req/s (%d responses, %d not 200, %.1f s), p50 %.2f ms, p99 %.2f ms, "
                            + "max %.2f ms", name, perSecond(), responses, failures, seconds, percentileMillis(50),
                    percentileMillis(99), sortedMicros.length == 0 ? Double.NaN
                            : sortedMicros[sortedMicros.length - 1] / 1000.0);
        }
    }

    private LoadGenerator() {
    }

    static Result run(String name, int port, String path, String bearerToken, int connections, long millis)
            throws InterruptedException {
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: application/json\r\n"
                + (bearerToken == null ? "" : "Authorization: Bearer " + bearerToken + "\r\n") + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        AtomicLong failures = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[connections];
        CountDownLatch ready = new CountDownLatch(connections);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int slot = c;
            long[] mine = new long[1 << 16];
            latencies.add(mine);
            Thread thread = new Thread(() -> {
                long[] samples = mine;
                int n = 0;
                Connection connection = null;
                try {
                    ready.countDown();
                    go.await();
                    long end = window[1];
                    while (true) {
                        long started = System.nanoTime();
                        if (started >= end) {
                            break;
                        }
                        try {
                            if (connection == null) {
                                connection = new Connection(port);
                            }
                            connection.out.write(request);
                            connection.out.flush();
                            int status = readResponse(connection);
                            if (status != 200) {
                                failures.incrementAndGet();
                            }
                        } catch (IOException e) {
                            failures.incrementAndGet();
                            closeQuietly(connection);
                            connection = null;
                            continue;
                        }
                        if (connection.closing) {
                            // Tomcat ends a keep-alive connection after maxKeepAliveRequests; a browser reconnects.
                            closeQuietly(connection);
                            connection = null;
                        }
                        long took = (System.nanoTime() - started) / 1000;
                        if (n == samples.length) {
                            samples = Arrays.copyOf(samples, n * 2);
                        }
                        samples[n++] = took;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    closeQuietly(connection);
                }
                synchronized (latencies) {
                    latencies.set(slot, samples);
                    counts[slot] = n;
                }
            }, "load-" + name + "-" + c);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        window[0] = System.nanoTime();
        window[1] = window[0] + millis * 1_000_000;
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - window[0]) / 1e9;
        long total = 0;
        synchronized (latencies) {
            for (int count : counts) {
                total += count;
            }
            long[] all = new long[(int) total];
            int at = 0;
            for (int c = 0; c < connections; c++) {
                System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
                at += counts[c];
            }
            Arrays.sort(all);
            return new Result(name, total, failures.get(), seconds, all);
        }
    }

    private static final class Connection {
        final Socket socket;
        final OutputStream out;
        final InputStream in;
        boolean closing;

        Connection(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    /** Reads one response (Content-Length or chunked) and answers its status. */
    private static int readResponse(Connection connection) throws IOException {
        InputStream in = connection.in;
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            String field = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (field.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (field.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                chunked = true;
            } else if (field.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                connection.closing = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line(in).split(";")[0].trim(), 16); size > 0;
                    size = Long.parseLong(line(in).split(";")[0].trim(), 16)) {
                skip(in, size);
                line(in);
            }
            line(in); // the blank line after the last chunk (no trailers)
        } else if (length > 0) {
            skip(in, length);
        }
        return status;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static void skip(InputStream in, long bytes) throws IOException {
        for (long left = bytes; left > 0; ) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }
}
