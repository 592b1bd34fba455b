package cn.xianfeng.media;

import cn.xianfeng.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * The bureau's uploads (an attachment, a photo for a card). They are not sent to WeChat's image check
 * ({@code NOT_CHECKED}): that check judges a mini-program user by openid — an admin has none, and their uploads are
 * the bureau's own accountable content.
 */
@Service
class AdminMediaService {

    private final MediaUploads uploads;
    private final MediaMapper media;
    private final MediaSigner signer;

    AdminMediaService(MediaUploads uploads, MediaMapper media, MediaSigner signer) {
        this.uploads = uploads;
        this.media = media;
        this.signer = signer;
    }

    MediaView upload(long adminId, MediaPurpose purpose, MultipartFile file) {
        return MediaView.of(uploads.upload(MediaUploader.admin(adminId), purpose, file), signer);
    }

    MediaView view(long adminId, long mediaId) {
        Media found = media.selectById(mediaId);
        if (found == null || found.getUploaderType() != MediaUploaderType.ADMIN || found.getUploaderId() != adminId) {
            throw new NotFoundException("文件不存在");
        }
        return MediaView.of(found, signer);
    }
}
