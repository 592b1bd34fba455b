package cn.xianfeng.media;

import cn.xianfeng.shared.security.MemberCaller;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A member's uploads: what {@code wx.uploadFile({name: 'file', formData: {purpose}})} sends. */
@RestController
@RequestMapping("/api/mp/media")
class MpMediaController {

    private final MediaService media;

    MpMediaController(MediaService media) {
        this.media = media;
    }

    /** 201 with the stored upload and its signed links; the type is judged by the bytes, never the file's name. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    MediaView upload(MemberCaller caller, @RequestPart(name = "file", required = false) MultipartFile file,
                     @RequestParam(name = "purpose", required = false) String purpose) {
        return media.upload(caller.userId(), MediaPurposes.parse(purpose), file);
    }

    /** The uploader's own upload with fresh links; anyone else's is a 404. */
    @GetMapping("/{id}")
    MediaView view(MemberCaller caller, @PathVariable long id) {
        return media.view(caller.userId(), id);
    }
}
