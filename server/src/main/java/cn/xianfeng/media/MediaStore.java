package cn.xianfeng.media;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where stored originals and thumbnails live, by key. Local disk by default ({@link LocalMediaStore}); any
 * S3-compatible service in production ({@link S3MediaStore}). Reads are streams: nothing here holds a whole file in
 * memory. Failures are {@link java.io.UncheckedIOException}s.
 */
interface MediaStore {

    /** Stores the file's bytes under the key, replacing what was there (keys name content, so it is the same). */
    void put(String key, Path file, String contentType);

    /** The stored bytes; the caller closes the stream. */
    InputStream get(String key);

    /** Bytes {@code first}..{@code last} (inclusive) of the stored object. */
    InputStream range(String key, long first, long last);

    void delete(String key);

    boolean exists(String key);
}
