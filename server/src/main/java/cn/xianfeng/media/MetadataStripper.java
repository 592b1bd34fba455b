package cn.xianfeng.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Copies an upload to the file that will be stored, leaving its metadata behind, without decoding or re-encoding a
 * pixel: the marker segments of a JPEG and the chunks of a PNG are copied one by one, and those that carry metadata are
 * dropped. The image's size is read from its header on the way, so an image claiming more than
 * {@link #MAX_PIXELS} is refused before anything decodes it. A file that ends before its end marker, or a PNG chunk
 * whose CRC is wrong, is refused as unreadable.
 * <p>
 * JPEG: dropped are APP1 (EXIF, with GPS and the device; XMP), APP13 (IPTC), COM and the vendors' APP3–APP12/APP15;
 * kept are APP0 (JFIF), APP2 (the ICC colour profile), APP14 (Adobe: how CMYK is coded), the tables, the frame and the
 * scan data. Bytes after the end marker (where files hide appended archives) are dropped too. The EXIF segment itself
 * is handed back (at most 64 KB) for the capture time and the orientation, which are kept server-side only.
 * <p>
 * PNG: dropped are eXIf, tEXt, iTXt, zTXt and tIME.
 */
final class MetadataStripper {

    static final long MAX_PIXELS = 40_000_000L;
    private static final Set<String> PNG_DROPPED = Set.of("eXIf", "tEXt", "iTXt", "zTXt", "tIME");
    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

    private MetadataStripper() {
    }

    /** What stripping found: the pixel size from the header and the EXIF segment (null when there was none). */
    record Header(Integer width, Integer height, byte[] exif) {
    }

    static Header strip(MediaType type, ByteSource in, ByteSink out) throws IOException {
        return switch (type) {
            case JPEG -> jpeg(in, out);
            case PNG -> png(in, out);
            case PDF -> {
                in.copyRest(out);
                yield new Header(null, null, null);
            }
        };
    }

    private static Header jpeg(ByteSource in, ByteSink out) throws IOException {
        if (in.readRequired() != 0xFF || in.readRequired() != 0xD8) {
            throw new MediaExceptions.ImageUnreadable();
        }
        out.write(0xFF);
        out.write(0xD8);
        Integer width = null;
        Integer height = null;
        byte[] exif = null;
        boolean inScan = false;
        while (true) {
            int marker;
            if (inScan) {
                // Entropy-coded data: copied as it is up to the next 0xFF; FF 00 (a stuffed byte) and FF D0–D7
                // (restart markers) belong to it, anything else is the next marker (progressive JPEGs have many scans).
                if (!in.copyUntilMarkerByte(out)) {
                    throw new MediaExceptions.ImageUnreadable();
                }
                in.readRequired();
                marker = in.readRequired();
                while (marker == 0xFF) {
                    marker = in.readRequired();
                }
                if (marker == 0x00 || (marker >= 0xD0 && marker <= 0xD7)) {
                    out.write(0xFF);
                    out.write(marker);
                    continue;
                }
            } else {
                if (in.readRequired() != 0xFF) {
                    throw new MediaExceptions.ImageUnreadable();
                }
                marker = in.readRequired();
                while (marker == 0xFF) {
                    marker = in.readRequired();
                }
            }
            if (marker == 0xD9) {
                if (width == null || !inScan) {
                    throw new MediaExceptions.ImageUnreadable();
                }
                out.write(0xFF);
                out.write(0xD9);
                return new Header(width, height, exif);
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                out.write(0xFF);
                out.write(marker);
                continue;
            }
            int length = in.readUnsignedShort();
            if (length < 2) {
                throw new MediaExceptions.ImageUnreadable();
            }
            int payload = length - 2;
            if (droppedJpegSegment(marker)) {
                if (marker == 0xE1 && exif == null) {
                    byte[] segment = new byte[payload];
                    in.readFully(segment, 0, payload);
                    if (startsWith(segment, EXIF_HEADER)) {
                        exif = segment;
                    }
                } else {
                    in.transfer(payload, null, null);
                }
                continue;
            }
            out.write(0xFF);
            out.write(marker);
            out.write(length >> 8);
            out.write(length & 0xFF);
            if (startOfFrame(marker)) {
                if (payload < 5) {
                    throw new MediaExceptions.ImageUnreadable();
                }
                byte[] frame = new byte[payload];
                in.readFully(frame, 0, payload);
                height = ((frame[1] & 0xFF) << 8) | (frame[2] & 0xFF);
                width = ((frame[3] & 0xFF) << 8) | (frame[4] & 0xFF);
                checkPixels(width, height);
                out.write(frame, 0, payload);
            } else {
                in.transfer(payload, out, null);
            }
            if (marker == 0xDA) {
                if (width == null) {
                    throw new MediaExceptions.ImageUnreadable();
                }
                inScan = true;
            }
        }
    }

    private static boolean droppedJpegSegment(int marker) {
        return marker == 0xFE || (marker >= 0xE1 && marker <= 0xEF && marker != 0xE2 && marker != 0xEE);
    }

    /** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC). */
    private static boolean startOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static Header png(ByteSource in, ByteSink out) throws IOException {
        byte[] signature = new byte[8];
        in.readFully(signature, 0, 8);
        out.write(signature, 0, 8);
        Integer width = null;
        Integer height = null;
        byte[] typeBytes = new byte[4];
        CRC32 crc = new CRC32();
        while (true) {
            long length = in.readUnsignedInt();
            if (length > Integer.MAX_VALUE) {
                throw new MediaExceptions.ImageUnreadable();
            }
            in.readFully(typeBytes, 0, 4);
            String type = new String(typeBytes, StandardCharsets.ISO_8859_1);
            if (width == null && (!"IHDR".equals(type) || length != 13)) {
                throw new MediaExceptions.ImageUnreadable();
            }
            crc.reset();
            crc.update(typeBytes, 0, 4);
            boolean kept = !PNG_DROPPED.contains(type);
            ByteArrayOutputStream header = null;
            if ("IHDR".equals(type)) {
                byte[] ihdr = new byte[13];
                in.readFully(ihdr, 0, 13);
                crc.update(ihdr, 0, 13);
                width = readInt(ihdr, 0);
                height = readInt(ihdr, 4);
                checkPixels(width, height);
                header = new ByteArrayOutputStream();
                header.write(ihdr, 0, 13);
            }
            if (kept) {
                writeInt(out, length);
                out.write(typeBytes, 0, 4);
                if (header != null) {
                    out.write(header.toByteArray(), 0, 13);
                } else {
                    in.transfer(length, out, crc);
                }
            } else {
                in.transfer(length, null, crc);
            }
            long stored = in.readUnsignedInt();
            if (stored != crc.getValue()) {
                throw new MediaExceptions.ImageUnreadable();
            }
            if (kept) {
                writeInt(out, stored);
            }
            if ("IEND".equals(type)) {
                return new Header(width, height, null);
            }
        }
    }

    private static void checkPixels(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new MediaExceptions.ImageUnreadable();
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new MediaExceptions.ImageTooLarge("图片尺寸过大（" + width + "×" + height + "），不能超过 4000 万像素");
        }
    }

    private static int readInt(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xFF) << 24) | ((bytes[offset + 1] & 0xFF) << 16)
                | ((bytes[offset + 2] & 0xFF) << 8) | (bytes[offset + 3] & 0xFF);
    }

    private static void writeInt(ByteSink out, long value) throws IOException {
        out.write((int) (value >>> 24) & 0xFF);
        out.write((int) (value >>> 16) & 0xFF);
        out.write((int) (value >>> 8) & 0xFF);
        out.write((int) value & 0xFF);
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
