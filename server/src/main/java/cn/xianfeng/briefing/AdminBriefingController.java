package cn.xianfeng.briefing;

import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The bureau's policy briefings: drafts, publishing, corrections, withdrawal, and each one's reach. */
@RestController
@RequestMapping("/api/admin/briefings")
class AdminBriefingController {

    private final AdminBriefingService briefings;

    AdminBriefingController(AdminBriefingService briefings) {
        this.briefings = briefings;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AdminBriefingView create(AdminCaller caller, @Valid @RequestBody CreateBriefingRequest request) {
        return briefings.create(caller, request);
    }

    @GetMapping
    PageResponse<AdminBriefingSummary> list(AdminCaller caller,
                                            @RequestParam(required = false) BriefingStatus status,
                                            @RequestParam(required = false) BriefingCategory category,
                                            @RequestParam(required = false) String q, @Valid PageQuery page) {
        return briefings.list(caller, status, category, q, page);
    }

    @GetMapping("/{id}")
    AdminBriefingView view(AdminCaller caller, @PathVariable long id) {
        return briefings.view(caller, id);
    }

    @PatchMapping("/{id}")
    AdminBriefingView update(AdminCaller caller, @PathVariable long id,
                             @Valid @RequestBody UpdateBriefingRequest request) {
        return briefings.update(caller, id, request);
    }

    @GetMapping("/{id}/preview")
    BriefingView preview(AdminCaller caller, @PathVariable long id) {
        return briefings.preview(caller, id);
    }

    @PostMapping("/{id}/publish")
    AdminBriefingView publish(AdminCaller caller, @PathVariable long id) {
        return briefings.publish(caller, id);
    }

    @PostMapping("/{id}/unpublish")
    AdminBriefingView unpublish(AdminCaller caller, @PathVariable long id) {
        return briefings.unpublish(caller, id);
    }

    @PostMapping("/{id}/corrections")
    AdminBriefingView correct(AdminCaller caller, @PathVariable long id,
                              @Valid @RequestBody CorrectBriefingRequest request) {
        return briefings.correct(caller, id, request);
    }

    @GetMapping("/{id}/versions")
    BriefingVersionList versions(AdminCaller caller, @PathVariable long id) {
        return new BriefingVersionList(briefings.versions(caller, id));
    }

    @GetMapping("/{id}/funnel")
    BriefingFunnel funnel(AdminCaller caller, @PathVariable long id) {
        return briefings.funnel(caller, id);
    }

    @GetMapping("/{id}/unread")
    PageResponse<UnreadMember> unread(AdminCaller caller, @PathVariable long id, @Valid PageQuery page) {
        return briefings.unread(caller, id, page);
    }

    @PostMapping("/{id}/remind-unread")
    RemindResult remindUnread(AdminCaller caller, @PathVariable long id) {
        return briefings.remindUnread(caller, id);
    }
}
