package cn.xianfeng.media;

import cn.xianfeng.shared.web.ApiTime;
import java.time.OffsetDateTime;

/**
 * One upload as its uploader sees it, with fresh signed links. A hidden upload (WeChat judged it risky) has no links:
 * {@code hidden} and {@code checkStatus: RISKY} tell the uploader why. {@code capturedAt}: when the photo says it was
 * taken (from its EXIF, which is itself never served).
 */
public record MediaView(String id, MediaPurpose purpose, String contentType, long size, Integer width, Integer height,
                        String url, String thumbUrl, OffsetDateTime capturedAt, MediaCheckStatus checkStatus,
                        boolean hidden, OffsetDateTime createdAt) {

    static MediaView of(Media media, MediaSigner signer) {
        boolean hidden = Boolean.TRUE.equals(media.getHidden());
        MediaLinks links = hidden ? null : MediaDirectory.links(media, signer, signer.expiry());
        return new MediaView(Long.toString(media.getId()), media.getPurpose(), media.getContentType(),
                media.getSizeBytes(), media.getWidth(), media.getHeight(), links == null ? null : links.url(),
                links == null ? null : links.thumbUrl(), ApiTime.of(media.getCapturedAt()), media.getCheckStatus(),
                hidden, ApiTime.of(media.getCreatedAt()));
    }
}
