package cn.xianfeng.media;

/** Store keys are named by content: the SHA-256 of the stored original, so identical uploads share them. */
final class MediaKeys {

    private MediaKeys() {
    }

    static String original(String sha256) {
        return "originals/" + sha256.substring(0, 2) + "/" + sha256;
    }

    static String thumb(String sha256) {
        return "thumbs/" + sha256.substring(0, 2) + "/" + sha256;
    }
}
