package cn.xianfeng.activity;

import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import jakarta.validation.Valid;
import java.time.OffsetDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The bureau's activities: its own sessions across co-buildings, and every co-building's activities and attendance. */
@RestController
@RequestMapping("/api/admin/activities")
class AdminActivityController {

    private final AdminActivityService activities;

    AdminActivityController(AdminActivityService activities) {
        this.activities = activities;
    }

    @PostMapping
    ResponseEntity<ActivityView> create(AdminCaller caller,
                                        @Valid @RequestBody ActivityRequests.CreateBureauActivity request) {
        return MpActivityController.answer(activities.create(caller, request));
    }

    @GetMapping
    PageResponse<ActivitySummary> list(AdminCaller caller, @RequestParam(required = false) ActivityType type,
                                       @RequestParam(required = false) Long cobuildingId,
                                       @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
                                       @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
                                       @RequestParam(required = false) ActivityStatus status,
                                       @Valid PageQuery page) {
        return activities.list(caller, type, cobuildingId, from, to, status, page);
    }

    @GetMapping("/{id}")
    ActivityView view(AdminCaller caller, @PathVariable long id) {
        return activities.view(caller, id);
    }

    @PatchMapping("/{id}")
    ActivityView update(AdminCaller caller, @PathVariable long id,
                        @Valid @RequestBody ActivityRequests.UpdateActivity request) {
        return activities.update(caller, id, request);
    }

    @PostMapping("/{id}/cancel")
    ActivityView cancel(AdminCaller caller, @PathVariable long id, @Valid @RequestBody ActivityRequests.Cancel request) {
        return activities.cancel(caller, id, request.reason());
    }

    @GetMapping("/{id}/rotating-code")
    RotatingCodeView rotatingCode(AdminCaller caller, @PathVariable long id) {
        return activities.rotatingCode(caller, id);
    }

    @GetMapping(value = "/{id}/wxacode", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> miniProgramCode(AdminCaller caller, @PathVariable long id) {
        return MpActivityController.png(activities.miniProgramCode(caller, id));
    }

    @GetMapping("/{id}/attendance")
    AttendanceView attendance(AdminCaller caller, @PathVariable long id,
                              @RequestParam(defaultValue = "ALL") AttendanceFilter status, @Valid PageQuery page) {
        return activities.attendance(caller, id, status, page);
    }

    @PostMapping("/{id}/checkins/{checkinId}/review")
    CheckinView review(AdminCaller caller, @PathVariable long id, @PathVariable long checkinId,
                       @Valid @RequestBody ActivityRequests.Review request) {
        return activities.review(caller, id, checkinId, request);
    }

    @PostMapping("/{id}/checkins/on-behalf")
    ResponseEntity<CheckinView> onBehalf(AdminCaller caller, @PathVariable long id,
                                         @Valid @RequestBody ActivityRequests.OnBehalf request) {
        return MpActivityController.answer(activities.onBehalf(caller, id, request));
    }
}
