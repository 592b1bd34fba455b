package cn.xianfeng.auth;

import cn.xianfeng.shared.security.MemberCaller;
import cn.xianfeng.shared.web.RuleViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploading one's avatar (what {@code wx.uploadFile({name: 'file'})} sends) and serving avatars. Serving is public:
 * an {@code <image>} sends no token, and the key is unguessable. A key names one image forever, so it is cached
 * for a year.
 */
@RestController
class AvatarController {

    private final AvatarService avatars;

    AvatarController(AvatarService avatars) {
        this.avatars = avatars;
    }

    /** A form without the file part is a 422 on {@code file}; a body that is not a form at all, 415. */
    @PostMapping(path = "/api/mp/me/avatar", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    MemberView upload(MemberCaller caller, @RequestPart(name = "file", required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new RuleViolationException("VALIDATION_FAILED", "请选择图片", Map.of("file", "请选择图片"));
        }
        if (file.getSize() > AvatarImages.MAX_BYTES) {
            throw new AvatarTooLargeException("图片不能超过 2 MB");
        }
        try {
            return avatars.upload(caller.userId(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/avatars/{key}")
    ResponseEntity<byte[]> avatar(@PathVariable String key) {
        MemberAvatar avatar = avatars.find(key);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(avatar.getContentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .header("X-Content-Type-Options", "nosniff")
                .body(avatar.getBytes());
    }
}
