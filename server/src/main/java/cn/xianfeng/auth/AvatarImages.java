package cn.xianfeng.auth;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns an uploaded avatar into one the server is willing to serve: JPEG or PNG judged by the file's first bytes
 * (never its name or declared type), decoded and drawn anew at most {@value #MAX_SIDE} pixels a side, so whatever
 * else the file carried (EXIF with GPS, comments, trailing bytes, a script) is not copied.
 */
final class AvatarImages {

    static final long MAX_BYTES = 2L * 1024 * 1024;
    static final int MAX_SIDE = 640;
    /** A small file can still claim a huge canvas; decoding one would take the server's memory and minutes. */
    private static final long MAX_PIXELS = 100_000_000L;
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private AvatarImages() {
    }

    enum Format {
        JPEG("image/jpeg", "jpeg"),
        PNG("image/png", "png");

        final String contentType;
        final String imageIoName;

        Format(String contentType, String imageIoName) {
            this.contentType = contentType;
            this.imageIoName = imageIoName;
        }
    }

    record Encoded(Format format, byte[] bytes) {
    }

    static Format sniff(byte[] bytes) {
        if (startsWith(bytes, JPEG_MAGIC)) {
            return Format.JPEG;
        }
        if (startsWith(bytes, PNG_MAGIC)) {
            return Format.PNG;
        }
        return null;
    }

    /** The image re-encoded in its own format; 415 for anything that is not a decodable JPEG or PNG. */
    static Encoded reencode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new AvatarTooLargeException("图片不能超过 2 MB");
        }
        Format format = sniff(bytes);
        if (format == null) {
            throw new AvatarTypeUnsupportedException();
        }
        BufferedImage decoded;
        try {
            decoded = decode(bytes, format);
        } catch (AvatarTooLargeException tooLarge) {
            throw tooLarge;
        } catch (IOException | RuntimeException unreadable) {
            // A truncated or forged file: ImageIO's own words stay here.
            throw new AvatarTypeUnsupportedException();
        }
        if (decoded == null) {
            throw new AvatarTypeUnsupportedException();
        }
        try {
            return new Encoded(format, encode(scaled(decoded, format), format));
        } catch (IOException e) {
            throw new IllegalStateException("Avatar could not be encoded", e);
        }
    }

    private static BufferedImage decode(byte[] bytes, Format format) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                // Metadata ignored: it is never read, so never carried over.
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    return null;
                }
                if ((long) width * height > MAX_PIXELS) {
                    throw new AvatarTooLargeException("图片尺寸过大");
                }
                // Read every n-th pixel of a large photo: the decoded image stays near twice the final size.
                int step = Math.max(1, Math.max(width, height) / (2 * MAX_SIDE));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scaled(BufferedImage source, Format format) {
        double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
        // JPEG has no alpha: a transparent corner is drawn on white rather than turning black.
        BufferedImage target = new BufferedImage(width, height,
                format == Format.PNG ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (format == Format.JPEG) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] encode(BufferedImage image, Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format.imageIoName).next();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == Format.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
