package cn.xianfeng.media;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The stored original as it is written: to a file, through a buffer, hashed (SHA-256) and counted on the way. */
final class ByteSink implements AutoCloseable {

    private final OutputStream out;
    private final MessageDigest sha256;
    private final byte[] buffer = new byte[64 * 1024];
    private int used;
    private long size;

    ByteSink(Path file) throws IOException {
        this.out = Files.newOutputStream(file);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    void write(int b) throws IOException {
        if (used == buffer.length) {
            flushBuffer();
        }
        buffer[used++] = (byte) b;
    }

    void write(byte[] bytes, int offset, int length) throws IOException {
        if (length >= buffer.length) {
            flushBuffer();
            sha256.update(bytes, offset, length);
            out.write(bytes, offset, length);
            size += length;
            return;
        }
        if (used + length > buffer.length) {
            flushBuffer();
        }
        System.arraycopy(bytes, offset, buffer, used, length);
        used += length;
    }

    long size() {
        return size + used;
    }

    /** The hex SHA-256 of everything written; call once, after the last write. */
    String finish() throws IOException {
        flushBuffer();
        out.flush();
        return HexFormat.of().formatHex(sha256.digest());
    }

    private void flushBuffer() throws IOException {
        if (used > 0) {
            sha256.update(buffer, 0, used);
            out.write(buffer, 0, used);
            size += used;
            used = 0;
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
