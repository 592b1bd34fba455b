package cn.xianfeng.media;

import cn.xianfeng.shared.security.AdminCaller;
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

/** The bureau's uploads, with the same rules as members'. Any signed-in admin may upload; using one is checked where it is used. */
@RestController
@RequestMapping("/api/admin/media")
class AdminMediaController {

    private final AdminMediaService media;

    AdminMediaController(AdminMediaService media) {
        this.media = media;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    MediaView upload(AdminCaller caller, @RequestPart(name = "file", required = false) MultipartFile file,
                     @RequestParam(name = "purpose", required = false) String purpose) {
        return media.upload(caller.adminId(), MediaPurposes.parse(purpose), file);
    }

    @GetMapping("/{id}")
    MediaView view(AdminCaller caller, @PathVariable long id) {
        return media.view(caller.adminId(), id);
    }
}
