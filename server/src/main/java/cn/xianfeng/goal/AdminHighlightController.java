package cn.xianfeng.goal;

import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The bureau's highlights (亮点): marking progress reports and stage summaries, and the list of them. */
@RestController
@RequestMapping("/api/admin")
class AdminHighlightController {

    private final AdminHighlightService highlights;

    AdminHighlightController(AdminHighlightService highlights) {
        this.highlights = highlights;
    }

    @PutMapping("/progress-reports/{id}/highlight")
    HighlightView markProgress(AdminCaller caller, @PathVariable long id,
                               @Valid @RequestBody(required = false) MarkHighlightRequest request) {
        return highlights.mark(caller, HighlightKind.PROGRESS, id, request == null ? null : request.comment());
    }

    @DeleteMapping("/progress-reports/{id}/highlight")
    ResponseEntity<Void> unmarkProgress(AdminCaller caller, @PathVariable long id) {
        highlights.unmark(caller, HighlightKind.PROGRESS, id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/stage-summaries/{id}/highlight")
    HighlightView markSummary(AdminCaller caller, @PathVariable long id,
                              @Valid @RequestBody(required = false) MarkHighlightRequest request) {
        return highlights.mark(caller, HighlightKind.STAGE_SUMMARY, id, request == null ? null : request.comment());
    }

    @DeleteMapping("/stage-summaries/{id}/highlight")
    ResponseEntity<Void> unmarkSummary(AdminCaller caller, @PathVariable long id) {
        highlights.unmark(caller, HighlightKind.STAGE_SUMMARY, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/highlights")
    PageResponse<HighlightView> list(AdminCaller caller, @RequestParam(required = false) Long cobuildingId,
                                     @RequestParam(required = false) HighlightKind kind, @Valid PageQuery page) {
        return highlights.list(caller, cobuildingId, kind, page);
    }
}
