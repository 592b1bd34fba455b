package cn.xianfeng.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Files for the media tests, made here: photos with EXIF (GPS, capture time, orientation), broken ones, PDFs. */
public final class MediaFiles {

    public static final double GPS_LATITUDE = 31.2304;

    private MediaFiles() {
    }

    /** A JPEG with a gradient (so it compresses like a picture, not like a flat colour). */
    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB, 0), "jpeg", false, 0.9f);
    }

    /** Same size, different pixels: a file whose bytes no other upload has. */
    public static byte[] uniqueJpeg(int width, int height, long seed) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB, seed), "jpeg", false, 0.9f);
    }

    public static byte[] progressiveJpeg(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB, 7), "jpeg", true, 0.9f);
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB, 3), "png", false, 0);
    }

    /**
     * A photo-like JPEG of about {@code targetBytes}: noise compresses badly, so a 12-megapixel frame with noise at
     * high quality lands at a few megabytes, like a phone's photo.
     */
    public static byte[] photo(int width, int height, int targetBytes, long seed) {
        BufferedImage image = picture(width, height, BufferedImage.TYPE_INT_RGB, seed);
        Random random = new Random(seed);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int noise = random.nextInt(48) - 24;
                int r = clamp(((row[x] >> 16) & 0xFF) + noise);
                int g = clamp(((row[x] >> 8) & 0xFF) + noise);
                int b = clamp((row[x] & 0xFF) + noise);
                row[x] = (r << 16) | (g << 8) | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        float quality = 0.95f;
        byte[] bytes = encode(image, "jpeg", false, quality);
        while (bytes.length > targetBytes && quality > 0.5f) {
            quality -= 0.05f;
            bytes = encode(image, "jpeg", false, quality);
        }
        return bytes;
    }

    /** A JPEG with an EXIF segment: orientation, capture time (+ offset if given) and a GPS latitude. */
    public static byte[] withExif(byte[] jpeg, int orientation, String dateTimeOriginal, String offset) {
        byte[] tiff = tiff(orientation, dateTimeOriginal, offset);
        byte[] payload = new byte[6 + tiff.length];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, payload, 0, 6);
        System.arraycopy(tiff, 0, payload, 6, tiff.length);
        return insertAfterSoi(jpeg, 0xE1, payload);
    }

    /** A JPEG with a comment segment (COM) holding the text. */
    public static byte[] withComment(byte[] jpeg, String text) {
        return insertAfterSoi(jpeg, 0xFE, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A PNG with a tEXt chunk holding the text, before IEND. */
    public static byte[] withTextChunk(byte[] png, String text) {
        byte[] data = ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] typeAndData = new byte[4 + data.length];
        System.arraycopy("tEXt".getBytes(StandardCharsets.ISO_8859_1), 0, typeAndData, 0, 4);
        System.arraycopy(data, 0, typeAndData, 4, data.length);
        chunk.writeBytes(typeAndData);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        chunk.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        int iend = png.length - 12;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, iend);
        out.writeBytes(chunk.toByteArray());
        out.write(png, iend, 12);
        return out.toByteArray();
    }

    /** The first part of a file: what a dropped connection or a broken copy leaves. */
    public static byte[] truncated(byte[] file, int keep) {
        return Arrays.copyOf(file, keep);
    }

    /** A PNG whose IHDR chunk's CRC is wrong. */
    public static byte[] pngWithBadCrc(byte[] png) {
        byte[] copy = png.clone();
        copy[8 + 4 + 4 + 13] ^= 0x5A;
        return copy;
    }

    /** The PNG signature followed by garbage. */
    public static byte[] pngGarbage() {
        byte[] bytes = new byte[4096];
        new Random(11).nextBytes(bytes);
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(signature, 0, bytes, 0, 8);
        return bytes;
    }

    /**
     * A small JPEG whose frame header claims {@code width}×{@code height}: the tables and a scan of a real 8×8 image
     * with the size fields rewritten, so only a reader that trusts the header before decoding is fooled.
     */
    public static byte[] claimingSize(int width, int height) {
        byte[] jpeg = jpeg(8, 8);
        for (int i = 2; i + 9 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                jpeg[i + 5] = (byte) (height >> 8);
                jpeg[i + 6] = (byte) height;
                jpeg[i + 7] = (byte) (width >> 8);
                jpeg[i + 8] = (byte) width;
                return jpeg;
            }
        }
        throw new IllegalStateException("no SOF0");
    }

    /** A small but real-looking PDF of about {@code size} bytes. */
    public static byte[] pdf(int size) {
        StringBuilder text = new StringBuilder("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n");
        int line = 0;
        while (text.length() < size - 20) {
            text.append("% filler line ").append(line++).append('\n');
        }
        text.append("%%EOF\n");
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] tiff(int orientation, String dateTimeOriginal, String offset) {
        ByteBuffer b = ByteBuffer.allocate(200);
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0 at 8: Orientation, ExifIFD pointer, GPS pointer (42 bytes → 50).
        b.putShort((short) 3);
        entry(b, 0x0112, 3, 1, orientation << 16);
        entry(b, 0x8769, 4, 1, 50);
        entry(b, 0x8825, 4, 1, 80);
        b.putInt(0);
        // Exif IFD at 50: DateTimeOriginal, OffsetTimeOriginal (30 bytes → 80).
        b.putShort((short) 2);
        entry(b, 0x9003, 2, 20, 110);
        entry(b, 0x9011, 2, 7, 130);
        b.putInt(0);
        // GPS IFD at 80: latitude ref (inline) and latitude (30 bytes → 110).
        b.putShort((short) 2);
        entry(b, 0x0001, 2, 2, 'N' << 24);
        entry(b, 0x0002, 5, 3, 138);
        b.putInt(0);
        b.put(Arrays.copyOf((dateTimeOriginal == null ? "" : dateTimeOriginal).getBytes(StandardCharsets.US_ASCII),
                20));
        b.put(Arrays.copyOf((offset == null ? "" : offset).getBytes(StandardCharsets.US_ASCII), 7));
        b.put((byte) 0);
        b.putInt(31).putInt(1).putInt(13).putInt(1).putInt(4944).putInt(100);
        return Arrays.copyOf(b.array(), b.position());
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static byte[] insertAfterSoi(byte[] jpeg, int marker, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static BufferedImage picture(int width, int height, int type, long seed) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        Random random = new Random(seed);
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), width, height,
                new Color(random.nextInt(0xFFFFFF))));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xC8102E));
        g.fillRect(0, 0, Math.max(1, width / 4), Math.max(1, height / 4));
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format, boolean progressive, float quality) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
            try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(output);
                ImageWriteParam param = writer.getDefaultWriteParam();
                if ("jpeg".equals(format)) {
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(quality);
                    if (progressive) {
                        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
                    }
                }
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
