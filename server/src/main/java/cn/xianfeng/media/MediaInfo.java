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

    /**
     * Whether a member may attach this upload as a photo of the given purpose (a check-in, a progress report, a
     * rectification): their own JPEG or PNG, uploaded for that purpose, not hidden by WeChat's check.
     */
    public boolean usablePhotoOf(long userId, MediaPurpose expected) {
        return uploadedByMember(userId) && !hidden && image() && purpose == expected;
    }

    /** JPEG or PNG. */
    public boolean image() {
        return MediaType.JPEG.contentType.equals(contentType) || MediaType.PNG.contentType.equals(contentType);
    }
}
