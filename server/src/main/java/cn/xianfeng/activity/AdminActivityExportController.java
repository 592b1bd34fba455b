package cn.xianfeng.activity;

import cn.xianfeng.shared.security.AdminCaller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Spreadsheets (XLSX) of activities for the bureau. {@code from}/{@code to}: months ("2026-03") or days
 * ("2026-03-05"), both inclusive, by the activities' start; at most 36 months; without them the last six whole months
 * and the current one.
 */
@RestController
@RequestMapping("/api/admin")
class AdminActivityExportController {

    private final ActivityExports exports;

    AdminActivityExportController(ActivityExports exports) {
        this.exports = exports;
    }

    /** 应到/实到/迟到/异常/缺席: everyone of the attendance list, one row each. */
    @GetMapping("/activities/{id}/attendance.xlsx")
    ResponseEntity<StreamingResponseBody> attendance(AdminCaller caller, @PathVariable long id) {
        return exports.attendance(caller, id);
    }

    @GetMapping("/activities.xlsx")
    ResponseEntity<StreamingResponseBody> activities(AdminCaller caller, @RequestParam(required = false) String from,
                                                     @RequestParam(required = false) String to) {
        return exports.activities(caller, from, to);
    }

    /** Every check-in at the period's activities, streamed: a city's year is a million rows. */
    @GetMapping("/checkins.xlsx")
    ResponseEntity<StreamingResponseBody> checkins(AdminCaller caller, @RequestParam(required = false) String from,
                                                   @RequestParam(required = false) String to) {
        return exports.checkins(caller, from, to);
    }
}
