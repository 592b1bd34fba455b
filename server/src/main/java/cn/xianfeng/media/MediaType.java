package cn.xianfeng.media;

/** The kinds of file the server takes, told apart by their first bytes (never by name or declared type). */
enum MediaType {
    JPEG("image/jpeg", "jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    PDF("application/pdf", null, new byte[] {'%', 'P', 'D', 'F', '-'});

    /** The longest magic number: how many bytes are read before deciding. */
    static final int SNIFF_BYTES = 8;

    final String contentType;
    final String imageIoName;
    private final byte[] magic;

    MediaType(String contentType, String imageIoName, byte[] magic) {
        this.contentType = contentType;
        this.imageIoName = imageIoName;
        this.magic = magic;
    }

    boolean image() {
        return imageIoName != null;
    }

    static MediaType sniff(byte[] head, int length) {
        for (MediaType type : values()) {
            if (length >= type.magic.length && startsWith(head, type.magic)) {
                return type;
            }
        }
        return null;
    }

    static MediaType ofContentType(String contentType) {
        for (MediaType type : values()) {
            if (type.contentType.equals(contentType)) {
                return type;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
