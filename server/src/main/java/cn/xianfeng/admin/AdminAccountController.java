package cn.xianfeng.admin;

import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admin accounts and their roles; SUPER_ADMIN only (checked in {@link AdminAccountService}). */
@RestController
@RequestMapping("/api/admin/accounts")
class AdminAccountController {

    private final AdminAccountService service;

    AdminAccountController(AdminAccountService service) {
        this.service = service;
    }

    @GetMapping
    PageResponse<AdminAccountView> list(AdminCaller caller,
                                        @RequestParam(name = "q", defaultValue = "")
                                        @Size(max = 64, message = "搜索词最多 64 个字") String q,
                                        @RequestParam(name = "role", required = false) AdminRole role,
                                        @RequestParam(name = "enabled", required = false) Boolean enabled,
                                        @Valid PageQuery paging) {
        return service.list(caller, q, role, enabled, paging);
    }

    @GetMapping("/{id}")
    AdminAccountView get(AdminCaller caller, @PathVariable long id) {
        return service.get(caller, id);
    }

    @PostMapping
    ResponseEntity<AdminAccountView> create(AdminCaller caller,
                                            @Valid @RequestBody AdminAccountCreateRequest request) {
        AdminAccountView created = service.create(caller, request);
        return ResponseEntity.created(URI.create("/api/admin/accounts/" + created.id())).body(created);
    }

    @PutMapping("/{id}/roles")
    AdminAccountView changeRoles(AdminCaller caller, @PathVariable long id,
                                 @Valid @RequestBody AdminAccountRolesRequest request) {
        return service.changeRoles(caller, id, request.roles());
    }

    @PostMapping("/{id}/disable")
    AdminAccountView disable(AdminCaller caller, @PathVariable long id) {
        return service.disable(caller, id);
    }

    @PostMapping("/{id}/enable")
    AdminAccountView enable(AdminCaller caller, @PathVariable long id) {
        return service.enable(caller, id);
    }

    @PostMapping("/{id}/reset-password")
    AdminAccountView resetPassword(AdminCaller caller, @PathVariable long id,
                                   @Valid @RequestBody AdminPasswordResetRequest request) {
        return service.resetPassword(caller, id, request.password());
    }
}
