package cn.xianfeng.activity;

import cn.xianfeng.shared.security.MemberCaller;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
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

/** Members' activities: organising (pioneer, unit liaisons), checking in (everyone expected), attendance. */
@RestController
@RequestMapping("/api/mp")
class MpActivityController {

    private final ActivityService activities;

    MpActivityController(ActivityService activities) {
        this.activities = activities;
    }

    @PostMapping("/cobuildings/{cobuildingId}/activities")
    ResponseEntity<ActivityView> create(MemberCaller caller, @PathVariable long cobuildingId,
                                        @Valid @RequestBody ActivityRequests.CreateActivity request) {
        return answer(activities.create(caller.userId(), cobuildingId, request));
    }

    @GetMapping("/activities")
    PageResponse<ActivitySummary> list(MemberCaller caller,
                                       @RequestParam(defaultValue = "UPCOMING") ActivityWhen when,
                                       @RequestParam(required = false) Long cobuildingId, @Valid PageQuery page) {
        return activities.list(caller.userId(), when, cobuildingId, page);
    }

    @GetMapping("/activities/{id}")
    ActivityView view(MemberCaller caller, @PathVariable long id) {
        return activities.view(caller.userId(), id);
    }

    @PatchMapping("/activities/{id}")
    ActivityView update(MemberCaller caller, @PathVariable long id,
                        @Valid @RequestBody ActivityRequests.UpdateActivity request) {
        return activities.update(caller.userId(), id, request);
    }

    @PostMapping("/activities/{id}/cancel")
    ActivityView cancel(MemberCaller caller, @PathVariable long id,
                        @Valid @RequestBody ActivityRequests.Cancel request) {
        return activities.cancel(caller.userId(), id, request.reason());
    }

    @PostMapping("/activities/{id}/checkins")
    ResponseEntity<CheckinView> checkin(MemberCaller caller, @PathVariable long id,
                                        @Valid @RequestBody ActivityRequests.Checkin request) {
        return answer(activities.checkin(caller.userId(), id, request));
    }

    @GetMapping("/activities/{id}/rotating-code")
    RotatingCodeView rotatingCode(MemberCaller caller, @PathVariable long id) {
        return activities.rotatingCode(caller.userId(), id);
    }

    @GetMapping(value = "/activities/{id}/wxacode", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> miniProgramCode(MemberCaller caller, @PathVariable long id) {
        return png(activities.miniProgramCode(caller.userId(), id));
    }

    @GetMapping("/activities/{id}/attendance")
    AttendanceView attendance(MemberCaller caller, @PathVariable long id,
                              @RequestParam(defaultValue = "ALL") AttendanceFilter status, @Valid PageQuery page) {
        return activities.attendance(caller.userId(), id, status, page);
    }

    @PostMapping("/activities/{id}/checkins/{checkinId}/review")
    CheckinView review(MemberCaller caller, @PathVariable long id, @PathVariable long checkinId,
                       @Valid @RequestBody ActivityRequests.Review request) {
        return activities.review(caller.userId(), id, checkinId, request);
    }

    @PostMapping("/activities/{id}/checkins/on-behalf")
    ResponseEntity<CheckinView> onBehalf(MemberCaller caller, @PathVariable long id,
                                         @Valid @RequestBody ActivityRequests.OnBehalf request) {
        return answer(activities.onBehalf(caller.userId(), id, request));
    }

    static <T> ResponseEntity<T> answer(Created<T> created) {
        return ResponseEntity.status(created.isNew() ? HttpStatus.CREATED : HttpStatus.OK).body(created.view());
    }

    /** Bytes, not a data URL, so the phone can save it to the album and print it; private, as the activity is. */
    static ResponseEntity<byte[]> png(byte[] png) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache().cachePrivate())
                .body(png);
    }
}
