package cn.xianfeng.cobuild;

import cn.xianfeng.shared.security.MemberCaller;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The pioneer's 群公告 for the co-building's group chat. */
@RestController
class MpAnnouncementController {

    private final AnnouncementService announcements;

    MpAnnouncementController(AnnouncementService announcements) {
        this.announcements = announcements;
    }

    @PutMapping("/api/mp/cobuildings/{id}/announcement")
    AnnouncementView update(MemberCaller caller, @PathVariable long id,
                            @Valid @RequestBody AnnouncementRequest request) {
        return announcements.update(caller.userId(), id, request.text());
    }
}
