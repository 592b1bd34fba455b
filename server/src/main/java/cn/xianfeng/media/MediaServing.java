package cn.xianfeng.media;

import cn.xianfeng.shared.web.ApiException;
import cn.xianfeng.shared.web.NotFoundException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Decides what a signed media link answers: the checks, the ETag, the range, and the stream from the store. */
@Component
class MediaServing {

    private static final Pattern SINGLE_RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private final MediaMapper media;
    private final MediaBlobMapper blobs;
    private final MediaStore store;
    private final MediaSigner signer;

    MediaServing(MediaMapper media, MediaBlobMapper blobs, MediaStore store, MediaSigner signer) {
        this.media = media;
        this.blobs = blobs;
        this.store = store;
        this.signer = signer;
    }

    /** {@code body} null: nothing to send (304). {@code length} -1: unknown (a thumbnail), sent chunked. */
    record Served(int status, String contentType, long length, String contentRange, String etag, long maxAgeSeconds,
                  InputStream body) {
    }

    Served open(long id, String variantPath, String exp, String sig, String range, String ifNoneMatch) {
        MediaVariant variant = MediaVariant.ofPath(variantPath);
        if (variant == null) {
            throw new NotFoundException("文件不存在");
        }
        long expiry;
        try {
            expiry = Long.parseLong(exp);
        } catch (NumberFormatException | NullPointerException e) {
            throw new MediaExceptions.LinkInvalid();
        }
        if (!signer.valid(id, variant, expiry, sig)) {
            throw new MediaExceptions.LinkInvalid();
        }
        if (signer.expired(expiry)) {
            throw new MediaExceptions.LinkExpired();
        }
        Media row = media.selectById(id);
        if (row == null || Boolean.TRUE.equals(row.getHidden())) {
            throw new NotFoundException("文件不存在");
        }
        MediaBlob blob = blobs.selectById(row.getBlobId());
        if (blob == null || (variant == MediaVariant.THUMB && !Boolean.TRUE.equals(blob.getHasThumb()))) {
            throw new NotFoundException("文件不存在");
        }
        String etag = "\"" + blob.getSha256() + (variant == MediaVariant.THUMB ? "-thumb" : "") + "\"";
        long maxAge = signer.timeLeft(expiry).toSeconds();
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
            return new Served(HttpStatus.NOT_MODIFIED.value(), null, -1, null, etag, maxAge, null);
        }
        if (variant == MediaVariant.THUMB) {
            return new Served(200, blob.getContentType(), -1, null, etag, maxAge,
                    store.get(MediaKeys.thumb(blob.getSha256())));
        }
        String key = MediaKeys.original(blob.getSha256());
        long size = blob.getSizeBytes();
        if (range != null) {
            long[] bounds = bounds(range, size);
            if (bounds != null) {
                return new Served(HttpStatus.PARTIAL_CONTENT.value(), blob.getContentType(),
                        bounds[1] - bounds[0] + 1, "bytes " + bounds[0] + "-" + bounds[1] + "/" + size, etag, maxAge,
                        store.range(key, bounds[0], bounds[1]));
            }
        }
        return new Served(200, blob.getContentType(), size, null, etag, maxAge, store.get(key));
    }

    /**
     * One range ({@code bytes=a-b}, {@code bytes=a-}, {@code bytes=-n}) within the file; null for a header this does
     * not serve partially (several ranges: the whole file is an allowed answer). A range wholly past the end is 416.
     */
    static long[] bounds(String header, long size) {
        Matcher matcher = SINGLE_RANGE.matcher(header.trim());
        if (!matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
            return null;
        }
        long first;
        long last;
        try {
            if (matcher.group(1).isEmpty()) {
                long suffix = Long.parseLong(matcher.group(2));
                first = Math.max(0, size - suffix);
                last = size - 1;
            } else {
                first = Long.parseLong(matcher.group(1));
                last = matcher.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(matcher.group(2)), size - 1);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        if (first >= size || last < first || size == 0) {
            throw new RangeNotSatisfiable(size);
        }
        return new long[] {first, last};
    }

    /** 416 for a range that starts past the end of the file. */
    static final class RangeNotSatisfiable extends ApiException {
        RangeNotSatisfiable(long size) {
            super(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE, "RANGE_NOT_SATISFIABLE", "请求的范围超出文件大小");
        }
    }
}
