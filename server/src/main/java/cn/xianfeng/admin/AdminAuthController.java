package cn.xianfeng.admin;

import cn.xianfeng.shared.security.AdminCaller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin")
class AdminAuthController {

    private final AdminAuthService auth;

    AdminAuthController(AdminAuthService auth) {
        this.auth = auth;
    }

    @PostMapping("/auth/login")
    AdminLoginResponse login(@Valid @RequestBody AdminLoginRequest request, HttpServletRequest http) {
        // The client's address as the trusted proxies reported it (server.tomcat.remoteip).
        return auth.login(request.username(), request.password(), http.getRemoteAddr());
    }

    @PostMapping("/auth/logout")
    ResponseEntity<Void> logout(AdminCaller caller) {
        auth.logout(caller.token());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    AdminView me(AdminCaller caller) {
        return auth.me(caller.adminId(), caller.token());
    }
}
