package cn.xianfeng.media;

/**
 * Signed, expiring links to show a media: what views put in JSON. URLs are relative ({@code /api/media/...}); the
 * mini-program prefixes its API base. {@code thumbUrl} is null for a PDF.
 */
public record MediaLinks(String id, String contentType, String url, String thumbUrl, Integer width, Integer height) {
}
