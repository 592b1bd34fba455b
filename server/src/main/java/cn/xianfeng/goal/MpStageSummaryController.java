package cn.xianfeng.goal;

import cn.xianfeng.shared.security.MemberCaller;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A co-building's stage summaries for its members. */
@RestController
@RequestMapping("/api/mp/cobuildings/{cobuildingId}/stage-summaries")
class MpStageSummaryController {

    private final StageSummaryService summaries;

    MpStageSummaryController(StageSummaryService summaries) {
        this.summaries = summaries;
    }

    @GetMapping
    StageSummaryList list(MemberCaller caller, @PathVariable long cobuildingId) {
        return summaries.list(caller.userId(), cobuildingId);
    }

    @PostMapping
    ResponseEntity<StageSummaryView> submit(MemberCaller caller, @PathVariable long cobuildingId,
                                            @Valid @RequestBody SubmitStageSummaryRequest request) {
        StageSummaryCreated created = summaries.submit(caller.userId(), cobuildingId, request);
        return ResponseEntity.status(created.isNew() ? HttpStatus.CREATED : HttpStatus.OK).body(created.view());
    }
}
