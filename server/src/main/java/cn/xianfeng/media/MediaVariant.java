package cn.xianfeng.media;

/** The two renditions a link can name: the stored original and the thumbnail (images only). */
enum MediaVariant {
    ORIGINAL("original"),
    THUMB("thumb");

    final String path;

    MediaVariant(String path) {
        this.path = path;
    }

    static MediaVariant ofPath(String path) {
        for (MediaVariant variant : values()) {
            if (variant.path.equals(path)) {
                return variant;
            }
        }
        return null;
    }
}
