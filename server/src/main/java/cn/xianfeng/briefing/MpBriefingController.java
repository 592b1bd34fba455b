package cn.xianfeng.briefing;

import cn.xianfeng.shared.security.MemberCaller;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Policy briefings for members: those meant for them, each opened with a read receipt, and 意向申报. */
@RestController
@RequestMapping("/api/mp/briefings")
class MpBriefingController {

    private final BriefingService briefings;

    MpBriefingController(BriefingService briefings) {
        this.briefings = briefings;
    }

    @GetMapping
    PageResponse<BriefingSummary> list(MemberCaller caller, @RequestParam(required = false) BriefingCategory category,
                                       @RequestParam(required = false) String q, @Valid PageQuery page) {
        return briefings.list(caller.userId(), category, q, page);
    }

    @GetMapping("/{id}")
    BriefingView view(MemberCaller caller, @PathVariable long id) {
        return briefings.open(caller.userId(), id);
    }

    @PutMapping("/{id}/intent")
    IntentView intend(MemberCaller caller, @PathVariable long id) {
        return briefings.intend(caller.userId(), id);
    }

    @DeleteMapping("/{id}/intent")
    IntentView withdrawIntent(MemberCaller caller, @PathVariable long id) {
        return briefings.withdrawIntent(caller.userId(), id);
    }
}
