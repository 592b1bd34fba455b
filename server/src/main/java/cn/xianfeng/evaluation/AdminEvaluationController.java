package cn.xianfeng.evaluation;

import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Evaluation rounds (集中评估): rounds, criteria, scores, verdicts, closing, and the round's sheet. */
@RestController
@RequestMapping("/api/admin/evaluation/rounds")
class AdminEvaluationController {

    private final AdminRoundService rounds;
    private final AdminScoringService scoring;
    private final AdminSheetService sheets;

    AdminEvaluationController(AdminRoundService rounds, AdminScoringService scoring, AdminSheetService sheets) {
        this.rounds = rounds;
        this.scoring = scoring;
        this.sheets = sheets;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RoundView create(AdminCaller caller, @Valid @RequestBody CreateRoundRequest request) {
        return rounds.create(caller, request);
    }

    @GetMapping
    PageResponse<RoundSummary> list(AdminCaller caller, @Valid PageQuery page) {
        return rounds.list(caller, page);
    }

    @GetMapping("/{id}")
    RoundView view(AdminCaller caller, @PathVariable long id) {
        return rounds.view(caller, id);
    }

    @PutMapping("/{id}/criteria")
    RoundView criteria(AdminCaller caller, @PathVariable long id,
                       @RequestBody @NotNull(message = "请填写评分项")
                       @Size(min = 1, max = CriterionRequest.MAX_CRITERIA, message = "评分项为 1–20 项")
                       List<@NotNull(message = "评分项不正确") @Valid CriterionRequest> criteria) {
        return rounds.replaceCriteria(caller, id, criteria);
    }

    @PostMapping("/{id}/open")
    RoundView open(AdminCaller caller, @PathVariable long id) {
        return rounds.open(caller, id);
    }

    @PutMapping("/{id}/cobuildings/{cobuildingId}/scores")
    ScorecardView scores(AdminCaller caller, @PathVariable long id, @PathVariable long cobuildingId,
                         @Valid @RequestBody ScoreRequests.SaveScoresRequest request) {
        return scoring.saveScores(caller, id, cobuildingId, request);
    }

    @PutMapping("/{id}/cobuildings/{cobuildingId}/verdict")
    VerdictView verdict(AdminCaller caller, @PathVariable long id, @PathVariable long cobuildingId,
                        @Valid @RequestBody VerdictRequest request) {
        return scoring.setVerdict(caller, id, cobuildingId, request);
    }

    @PostMapping("/{id}/close")
    RoundView close(AdminCaller caller, @PathVariable long id) {
        return rounds.close(caller, id);
    }

    @GetMapping("/{id}/sheet")
    RoundSheet sheet(AdminCaller caller, @PathVariable long id) {
        return sheets.sheet(caller, id);
    }

    /** The sheet as an XLSX download; the permission and the round are checked before the first byte goes out. */
    @GetMapping("/{id}/sheet.xlsx")
    ResponseEntity<StreamingResponseBody> sheetXlsx(AdminCaller caller, @PathVariable long id) {
        return sheets.xlsx(caller, id);
    }
}
