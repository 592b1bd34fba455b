package cn.xianfeng.org;

import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The unit database (创新主体库) for bureau staff: list, look up, correct, merge duplicates. */
@RestController
@RequestMapping("/api/admin/units")
class AdminUnitController {

    private final AdminUnitService service;

    AdminUnitController(AdminUnitService service) {
        this.service = service;
    }

    @GetMapping
    PageResponse<AdminUnitSummary> list(AdminCaller caller,
                                     @RequestParam(name = "q", defaultValue = "")
                                     @Size(max = 50, message = "搜索词最多 50 个字") String q,
                                     @RequestParam(name = "type", required = false) UnitType type,
                                     @Valid PageQuery paging) {
        return service.list(caller, q, type, paging);
    }

    @GetMapping("/{id}")
    AdminUnitView get(AdminCaller caller, @PathVariable long id) {
        return service.get(caller, id);
    }

    @PutMapping("/{id}")
    AdminUnitView update(AdminCaller caller, @PathVariable long id, @Valid @RequestBody UnitUpdateRequest request) {
        return service.update(caller, id, request);
    }

    @PostMapping("/{id}/merge")
    AdminUnitView merge(AdminCaller caller, @PathVariable long id, @Valid @RequestBody UnitMergeRequest request) {
        return service.merge(caller, id, request.intoUnitId());
    }
}
