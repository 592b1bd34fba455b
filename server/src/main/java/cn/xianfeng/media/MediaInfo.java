package cn.xianfeng.media;

import java.time.Instant;

/**
 * What other features may know about an upload. {@code capturedAt} is the EXIF capture time (evidence for a
 * check-in photo), never served; {@code hidden}: WeChat's check judged it risky; {@code attached}: a record uses it.
 */
public record MediaInfo(long id, MediaUploader uploader, MediaPurpose purpose, String contentType,
                        Integer width, Integer height, Instant capturedAt, boolean hidden, boolean attached) {

    public boolean uploadedByMember(long userId) {
        return uploader.type() == MediaUploaderType.MEMBER && uploader.id() == userId;
    }

    public boolean uploadedByAdmin(long adminId) {
        return uploader.type() == MediaUploaderType.ADMIN && uploader.id() == adminId;
    }

    /** JPEG or PNG. */
    public boolean image() {
        return MediaType.JPEG.contentType.equals(contentType) || MediaType.PNG.contentType.equals(contentType);
    }
}
