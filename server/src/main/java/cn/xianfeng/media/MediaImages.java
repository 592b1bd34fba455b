package cn.xianfeng.media;

import com.drew.imaging.jpeg.JpegSegmentType;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.springframework.stereotype.Component;

/**
 * The pixel work on uploads: EXIF read from the segment the stripper kept aside (capture time, orientation), the rare
 * re-encode of a photo whose EXIF says it is rotated, and thumbnails. Decoding is the one thing that takes memory in
 * proportion to an image, so at most {@code xf.media.processing-threads} decodes run at once, whatever the number of
 * uploads; a thumbnail decodes with source subsampling, so a 12-megapixel photo is read at about 1/8 of its pixels.
 */
@Component
class MediaImages {

    static final int THUMB_SIDE = 480;
    /** Capture times without an offset are local times of the people who take them. */
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

    private final Semaphore decoding;

    MediaImages(MediaProperties properties) {
        this.decoding = new Semaphore(Math.max(1, properties.processingThreads()), true);
        // Inside a Spring Boot jar ImageIO's registry may have been built before the jar's readers were visible:
        // TwelveMonkeys' JPEG reader (CMYK, progressive, broken ICC profiles) must be found.
        ImageIO.scanForPlugins();
        // Streams over files need no cache file of their own.
        ImageIO.setUseCache(false);
    }

    /** What the EXIF of a photo tells the server: when it was taken and how it should be turned. */
    record Exif(Instant capturedAt, int orientation) {
        static final Exif NONE = new Exif(null, 1);
    }

    static Exif exif(byte[] segment) {
        if (segment == null) {
            return Exif.NONE;
        }
        try {
            Metadata metadata = new Metadata();
            new ExifReader().readJpegSegments(List.of(segment), metadata, JpegSegmentType.APP1);
            int orientation = 1;
            ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (ifd0 != null && ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                orientation = ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            }
            Instant capturedAt = null;
            ExifSubIFDDirectory sub = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
            if (sub != null) {
                capturedAt = captureTime(sub.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL),
                        sub.getString(ExifSubIFDDirectory.TAG_TIME_ZONE_ORIGINAL));
            }
            return new Exif(capturedAt, orientation >= 1 && orientation <= 8 ? orientation : 1);
        } catch (Exception unreadable) {
            // Broken EXIF is only missing evidence, not a broken image.
            return Exif.NONE;
        }
    }

    static Instant captureTime(String dateTime, String offset) {
        if (dateTime == null) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.parse(dateTime.trim(), EXIF_TIME);
            ZoneId zone = offset == null || offset.isBlank() ? DEFAULT_ZONE : ZoneOffset.of(offset.trim());
            return local.atZone(zone).toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The photo decoded, turned as its EXIF orientation (2–8) says and encoded again as a JPEG, so it is served
     * upright with no EXIF at all. Returns its size in pixels.
     */
    int[] upright(Path source, int orientation, Path target) throws IOException {
        acquire();
        try {
            BufferedImage image = decode(source, MediaType.JPEG, 1);
            BufferedImage turned = turn(image, orientation);
            try (OutputStream out = Files.newOutputStream(target)) {
                writeJpeg(turned, out, 0.92f);
            }
            return new int[] {turned.getWidth(), turned.getHeight()};
        } finally {
            decoding.release();
        }
    }

    /** A thumbnail, longest side {@value #THUMB_SIDE} (smaller images keep their size), in the image's own format. */
    void thumbnail(Path source, MediaType type, Path target) throws IOException {
        acquire();
        try (ImageInputStream input = ImageIO.createImageInputStream(source.toFile())) {
            ImageReader reader = reader(type);
            BufferedImage image;
            try {
                reader.setInput(input, true, true);
                int longest = Math.max(reader.getWidth(0), reader.getHeight(0));
                int step = Math.max(1, longest / THUMB_SIDE);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                image = reader.read(0, param);
            } finally {
                reader.dispose();
            }
            double scale = Math.min(1.0, (double) THUMB_SIDE / Math.max(image.getWidth(), image.getHeight()));
            try (OutputStream out = Files.newOutputStream(target)) {
                Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(image).scale(scale)
                        .outputFormat(type == MediaType.PNG ? "png" : "jpg");
                if (type == MediaType.JPEG) {
                    builder.imageType(BufferedImage.TYPE_INT_RGB).outputQuality(0.8);
                }
                builder.toOutputStream(out);
            }
        } finally {
            decoding.release();
        }
    }

    private static BufferedImage decode(Path source, MediaType type, int step) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(source.toFile())) {
            ImageReader reader = reader(type);
            try {
                reader.setInput(input, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static ImageReader reader(MediaType type) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.imageIoName);
        if (!readers.hasNext()) {
            throw new IOException("No ImageIO reader for " + type);
        }
        return readers.next();
    }

    static BufferedImage turn(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swapped = orientation >= 5;
        AffineTransform transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
        BufferedImage target = new BufferedImage(swapped ? h : w, swapped ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(image, transform, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    static void writeJpeg(BufferedImage image, OutputStream out, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private void acquire() throws IOException {
        try {
            decoding.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting to decode", e);
        }
    }
}
