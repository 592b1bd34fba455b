package cn.xianfeng.media;

import cn.xianfeng.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/** A member's uploads: taking one, and showing one to its uploader (to nobody else: others get 404). */
@Service
class MediaService {

    private final MediaUploads uploads;
    private final MediaMapper media;
    private final MediaSigner signer;

    MediaService(MediaUploads uploads, MediaMapper media, MediaSigner signer) {
        this.uploads = uploads;
        this.media = media;
        this.signer = signer;
    }

    MediaView upload(long userId, MediaPurpose purpose, MultipartFile file) {
        return MediaView.of(uploads.upload(MediaUploader.member(userId), purpose, file), signer);
    }

    MediaView view(long userId, long mediaId) {
        Media found = media.selectById(mediaId);
        if (found == null || found.getUploaderType() != MediaUploaderType.MEMBER || found.getUploaderId() != userId) {
            throw new NotFoundException("文件不存在");
        }
        return MediaView.of(found, signer);
    }
}
