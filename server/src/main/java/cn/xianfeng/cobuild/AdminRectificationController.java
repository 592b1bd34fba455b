package cn.xianfeng.cobuild;

import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Rectifications (整改) the evaluations ordered, and the bureau's re-check of each. */
@RestController
@RequestMapping("/api/admin/rectifications")
class AdminRectificationController {

    private final AdminRectificationService rectifications;

    AdminRectificationController(AdminRectificationService rectifications) {
        this.rectifications = rectifications;
    }

    /** Newest first; {@code overdue=true} those whose deadline passed with no report. */
    @GetMapping
    PageResponse<RectificationSummary> list(AdminCaller caller,
                                            @RequestParam(required = false) RectificationStatus status,
                                            @RequestParam(required = false) Boolean overdue,
                                            @Valid PageQuery page) {
        return rectifications.list(caller, status, overdue, page);
    }

    @GetMapping("/{id}")
    RectificationView get(AdminCaller caller, @PathVariable long id) {
        return rectifications.get(caller, id);
    }

    @PostMapping("/{id}/review")
    RectificationView review(AdminCaller caller, @PathVariable long id,
                             @Valid @RequestBody RectificationRequests.Review request) {
        return rectifications.review(caller, id, request);
    }
}
