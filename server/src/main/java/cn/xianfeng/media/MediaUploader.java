package cn.xianfeng.media;

/** The person who uploaded a media: a member's user id or an admin's id. */
public record MediaUploader(MediaUploaderType type, long id) {

    public static MediaUploader member(long userId) {
        return new MediaUploader(MediaUploaderType.MEMBER, userId);
    }

    public static MediaUploader admin(long adminId) {
        return new MediaUploader(MediaUploaderType.ADMIN, adminId);
    }
}
