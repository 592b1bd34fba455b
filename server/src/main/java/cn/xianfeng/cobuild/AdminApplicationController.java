package cn.xianfeng.cobuild;

import cn.xianfeng.org.UnitType;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import jakarta.validation.Valid;
import java.time.OffsetDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/applications")
class AdminApplicationController {

    private final AdminApplicationService review;

    AdminApplicationController(AdminApplicationService review) {
        this.review = review;
    }

    @GetMapping
    PageResponse<ApplicationSummary> list(
            AdminCaller caller,
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(required = false) ApplicationMode mode,
            @RequestParam(required = false) UnitType unitType,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            OffsetDateTime submittedFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            OffsetDateTime submittedTo,
            @Valid PageQuery page) {
        return review.list(caller, status, mode, unitType, submittedFrom, submittedTo, page);
    }

    @GetMapping("/{id}")
    ApplicationView get(AdminCaller caller, @PathVariable long id) {
        return review.get(caller, id);
    }

    @PostMapping("/{id}/approve")
    ApprovalView approve(AdminCaller caller, @PathVariable long id,
                                                    @Valid @RequestBody(required = false) ReviewRequests.Approve request) {
        return review.approve(caller, id, request == null ? new ReviewRequests.Approve(null, null) : request);
    }

    @PostMapping("/{id}/return")
    ApplicationView returnForChanges(AdminCaller caller, @PathVariable long id,
                                     @Valid @RequestBody ReviewRequests.Return request) {
        return review.returnForChanges(caller, id, request);
    }

    @PostMapping("/{id}/reject")
    ApplicationView reject(AdminCaller caller, @PathVariable long id,
                           @Valid @RequestBody ReviewRequests.Reject request) {
        return review.reject(caller, id, request);
    }
}
