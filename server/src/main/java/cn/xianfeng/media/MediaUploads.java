package cn.xianfeng.media;

import cn.xianfeng.shared.web.RuleViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes one upload from the multipart part (which Tomcat has spooled to a temporary file) to a stored media:
 * <ol>
 * <li>the type from the first bytes; the bytes copied once, metadata left out, hashed and counted on the way
 *     ({@link MetadataStripper}), the pixel size checked from the header;</li>
 * <li>only when the EXIF orientation is not "upright": decoded, turned and encoded again;</li>
 * <li>when no stored blob has the same SHA-256: the thumbnail made and both files put into the {@link MediaStore}
 *     (a second upload of the same file skips this, the expensive part);</li>
 * <li>in one short transaction: the blob row (locked, so a deletion of the same blob waits) and the media row.</li>
 * </ol>
 * Nothing holds the whole file in memory, and the decoding steps queue behind {@link MediaImages}' permits. No
 * connection is held while the file is processed.
 */
@Component
class MediaUploads {

    private final MediaMapper media;
    private final MediaBlobMapper blobs;
    private final MediaStore store;
    private final MediaImages images;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxBytes;

    MediaUploads(MediaMapper media, MediaBlobMapper blobs, MediaStore store, MediaImages images,
                 TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock,
                 MediaProperties properties) {
        this.media = media;
        this.blobs = blobs;
        this.store = store;
        this.images = images;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.maxBytes = properties.maxBytes().toBytes();
    }

    Media upload(MediaUploader uploader, MediaPurpose purpose, MultipartFile file) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (file == null || file.isEmpty()) {
            errors.put("file", "请选择文件");
        }
        if (purpose == null) {
            errors.put("purpose", "请说明用途");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("VALIDATION_FAILED", "请选择文件并说明用途", errors);
        }
        if (file.getSize() > maxBytes) {
            throw new MediaExceptions.FileTooLarge("文件不能超过 " + (maxBytes / (1024 * 1024)) + " MB");
        }
        List<Path> temporary = new ArrayList<>();
        try {
            return store(uploader, purpose, file, temporary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (Path path : temporary) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // The temporary directory is cleaned by the system too.
                }
            }
        }
    }

    private Media store(MediaUploader uploader, MediaPurpose purpose, MultipartFile file, List<Path> temporary)
            throws IOException {
        Path stripped = temp(temporary);
        MediaType type;
        MetadataStripper.Header header;
        String sha256;
        long size;
        try (InputStream in = file.getInputStream(); ByteSink sink = new ByteSink(stripped)) {
            ByteSource source = new ByteSource(in, maxBytes);
            byte[] head = new byte[MediaType.SNIFF_BYTES];
            type = MediaType.sniff(head, source.peekHead(head));
            if (type == null || (type == MediaType.PDF && purpose != MediaPurpose.ATTACHMENT)) {
                throw new MediaExceptions.TypeUnsupported(purpose == MediaPurpose.ATTACHMENT
                        ? "只支持 JPG、PNG 图片或 PDF 文件" : "只支持 JPG 或 PNG 图片");
            }
            header = MetadataStripper.strip(type, source, sink);
            sha256 = sink.finish();
            size = sink.size();
        }
        MediaImages.Exif exif = type == MediaType.JPEG ? MediaImages.exif(header.exif()) : MediaImages.Exif.NONE;
        Path original = stripped;
        Integer width = header.width();
        Integer height = header.height();
        if (exif.orientation() != 1) {
            Path turned = temp(temporary);
            int[] upright = decoding(() -> images.upright(stripped, exif.orientation(), turned));
            original = turned;
            width = upright[0];
            height = upright[1];
            sha256 = sha256(original);
            size = Files.size(original);
        }
        Candidate candidate = new Candidate(type, original, sha256, size, width, height);
        boolean stored = false;
        if (blobs.findBySha256(sha256) == null) {
            putObjects(candidate, temporary);
            stored = true;
        }
        boolean alreadyStored = stored;
        Media row = transaction.execute(status -> {
            MediaBlob blob = blobs.lockBySha256(candidate.sha256());
            if (blob == null) {
                if (!alreadyStored) {
                    // The blob seen a moment ago was deleted meanwhile (its last media went): store it again.
                    putObjectsUnchecked(candidate, temporary);
                }
                blobs.insertIgnoring(candidate.blob());
                blob = blobs.lockBySha256(candidate.sha256());
            }
            Media created = new Media();
            created.setUploaderType(uploader.type());
            created.setUploaderId(uploader.id());
            created.setPurpose(purpose);
            created.setBlobId(blob.getId());
            created.setContentType(blob.getContentType());
            created.setSizeBytes(blob.getSizeBytes());
            created.setWidth(blob.getWidth());
            created.setHeight(blob.getHeight());
            created.setCapturedAt(exif.capturedAt());
            boolean checked = type.image() && uploader.type() == MediaUploaderType.MEMBER;
            created.setCheckStatus(checked ? MediaCheckStatus.PENDING : MediaCheckStatus.NOT_CHECKED);
            created.setCheckAttempts(0);
            // Due at once: submitted right after commit, and by the retry job if that fails or the server stops.
            created.setNextCheckAt(checked ? clock.instant() : null);
            created.setHidden(false);
            created.setAttached(false);
            created.setOrphanSince(clock.instant());
            created.setCreatedAt(clock.instant());
            media.insert(created);
            events.publishEvent(new MediaUploaded(created.getId()));
            return created;
        });
        return row;
    }

    /** What is about to become a blob. */
    private record Candidate(MediaType type, Path file, String sha256, long size, Integer width, Integer height) {

        MediaBlob blob() {
            MediaBlob blob = new MediaBlob();
            blob.setSha256(sha256);
            blob.setContentType(type.contentType);
            blob.setSizeBytes(size);
            blob.setWidth(width);
            blob.setHeight(height);
            blob.setHasThumb(type.image());
            return blob;
        }
    }

    /** The thumbnail first: an image that cannot be decoded is refused before anything is stored. */
    private void putObjects(Candidate candidate, List<Path> temporary) throws IOException {
        if (candidate.type().image()) {
            Path thumb = temp(temporary);
            decoding(() -> {
                images.thumbnail(candidate.file(), candidate.type(), thumb);
                return null;
            });
            store.put(MediaKeys.thumb(candidate.sha256()), thumb, candidate.type().contentType);
        }
        store.put(MediaKeys.original(candidate.sha256()), candidate.file(), candidate.type().contentType);
    }

    private void putObjectsUnchecked(Candidate candidate, List<Path> temporary) {
        try {
            putObjects(candidate, temporary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Decoding<T> {
        T run() throws IOException;
    }

    /**
     * A decoder that fails — a truncated scan, a corrupt zlib stream, a reader's internal error on forged input —
     * means the file is unreadable: a 422, never a 500. The decoder's own words stay here.
     */
    private static <T> T decoding(Decoding<T> work) {
        try {
            return work.run();
        } catch (IOException | RuntimeException e) {
            throw new MediaExceptions.ImageUnreadable();
        }
    }

    private static Path temp(List<Path> temporary) throws IOException {
        Path path = Files.createTempFile("xf-media-", ".tmp");
        temporary.add(path);
        return path;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
