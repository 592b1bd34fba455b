package cn.xianfeng.cobuild;

import cn.xianfeng.org.UnitType;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin")
class AdminCobuildingController {

    private final AdminCobuildingService cobuildings;

    AdminCobuildingController(AdminCobuildingService cobuildings) {
        this.cobuildings = cobuildings;
    }

    @GetMapping("/cobuildings")
    PageResponse<CobuildingSummary> list(AdminCaller caller,
                                         @RequestParam(required = false) CobuildingStatus status,
                                         @RequestParam(required = false) UnitType unitType,
                                         @RequestParam(required = false) Boolean liaisonVacant,
                                         @Valid PageQuery page) {
        return cobuildings.list(caller, status, unitType, liaisonVacant, page);
    }

    @GetMapping("/cobuildings/{id}")
    CobuildingView get(AdminCaller caller, @PathVariable long id) {
        return cobuildings.adminView(caller, id);
    }

    /** Its status history, newest first: who changed it, when and why. */
    @GetMapping("/cobuildings/{id}/history")
    List<CobuildingHistoryView> history(AdminCaller caller, @PathVariable long id) {
        return cobuildings.history(caller, id);
    }

    @PutMapping("/cobuildings/{id}/bureau-liaison")
    CobuildingView assignLiaison(AdminCaller caller, @PathVariable long id,
                                 @Valid @RequestBody AssignLiaison request) {
        return cobuildings.assignLiaison(caller, id, Long.parseLong(request.adminId()));
    }

    @PostMapping("/cobuildings/{id}/withdraw")
    CobuildingView withdraw(AdminCaller caller, @PathVariable long id, @Valid @RequestBody Withdraw request) {
        return cobuildings.withdraw(caller, id, request.reason().strip());
    }

    /** The unit's record in the programme: every co-building it was part of, with entry and exit. */
    @GetMapping("/units/{unitId}/cobuildings")
    List<UnitParticipation> listByUnit(AdminCaller caller, @PathVariable long unitId) {
        return cobuildings.participationOf(caller, unitId);
    }

    record AssignLiaison(@NotBlank(message = "请选择局共建联络员")
                         @Pattern(regexp = "^\\d{1,18}$", message = "账号编号不正确") String adminId) {
    }

    record Withdraw(@NotBlank(message = "请写明退出原因") @Size(max = 500, message = "原因最多 500 字") String reason) {
    }
}
