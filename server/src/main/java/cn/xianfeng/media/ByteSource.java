package cn.xianfeng.media;

import java.io.IOException;
import java.io.InputStream;

/**
 * The upload as it streams in, read through one buffer of its own (no locking per byte, unlike
 * {@code BufferedInputStream}), counting bytes against the size limit as they arrive: a file over it is refused
 * before more of it is read.
 */
final class ByteSource {

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private final long maxBytes;
    private int pos;
    private int limit;
    private long consumed;

    ByteSource(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /**
     * The first bytes of the file, without consuming them (to tell its type by its magic number); how many there
     * were. Called before any other read.
     */
    int peekHead(byte[] target) throws IOException {
        while (limit < target.length) {
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n <= 0) {
                break;
            }
            consumed += n;
            limit += n;
        }
        int n = Math.min(limit, target.length);
        System.arraycopy(buffer, 0, target, 0, n);
        return n;
    }

    /** The next byte, or -1 at the end. */
    int read() throws IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        return buffer[pos++] & 0xFF;
    }

    /** The next byte; the end of the file here means it is truncated. */
    int readRequired() throws IOException {
        int b = read();
        if (b < 0) {
            throw new MediaExceptions.ImageUnreadable();
        }
        return b;
    }

    int readUnsignedShort() throws IOException {
        return (readRequired() << 8) | readRequired();
    }

    long readUnsignedInt() throws IOException {
        return ((long) readUnsignedShort() << 16) | readUnsignedShort();
    }

    void readFully(byte[] target, int offset, int length) throws IOException {
        while (length > 0) {
            if (pos == limit && !fill()) {
                throw new MediaExceptions.ImageUnreadable();
            }
            int n = Math.min(length, limit - pos);
            System.arraycopy(buffer, pos, target, offset, n);
            pos += n;
            offset += n;
            length -= n;
        }
    }

    /** Copies {@code length} bytes to the sink (or drops them when it is null), handing each run to {@code also}. */
    void transfer(long length, ByteSink sink, java.util.zip.Checksum also) throws IOException {
        while (length > 0) {
            if (pos == limit && !fill()) {
                throw new MediaExceptions.ImageUnreadable();
            }
            int n = (int) Math.min(length, limit - pos);
            if (also != null) {
                also.update(buffer, pos, n);
            }
            if (sink != null) {
                sink.write(buffer, pos, n);
            }
            pos += n;
            length -= n;
        }
    }

    /**
     * Copies bytes up to (not including) the next 0xFF to the sink and returns true, or false at the end of the file:
     * the JPEG scan data is mostly such runs.
     */
    boolean copyUntilMarkerByte(ByteSink sink) throws IOException {
        while (true) {
            if (pos == limit && !fill()) {
                return false;
            }
            int start = pos;
            while (pos < limit && buffer[pos] != (byte) 0xFF) {
                pos++;
            }
            sink.write(buffer, start, pos - start);
            if (pos < limit) {
                return true;
            }
        }
    }

    /** Everything left, to the sink (a PDF is stored as it came). */
    void copyRest(ByteSink sink) throws IOException {
        while (pos < limit || fill()) {
            sink.write(buffer, pos, limit - pos);
            pos = limit;
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        consumed += n;
        if (consumed > maxBytes) {
            throw new MediaExceptions.FileTooLarge("文件不能超过 " + (maxBytes / (1024 * 1024)) + " MB");
        }
        pos = 0;
        limit = n;
        return true;
    }
}
