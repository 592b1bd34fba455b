package cn.xianfeng.cobuild;

import cn.xianfeng.shared.security.MemberCaller;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The co-building's rectification (整改) and its report. */
@RestController
@RequestMapping("/api/mp/cobuildings/{id}/rectification")
class MpRectificationController {

    private final RectificationService rectifications;

    MpRectificationController(RectificationService rectifications) {
        this.rectifications = rectifications;
    }

    @GetMapping
    RectificationView get(MemberCaller caller, @PathVariable long id) {
        return rectifications.current(caller.userId(), id);
    }

    @PutMapping("/report")
    RectificationView report(MemberCaller caller, @PathVariable long id,
                             @Valid @RequestBody RectificationRequests.Report request) {
        return rectifications.report(caller.userId(), id, request);
    }
}
