package cn.xianfeng.auth;

import cn.xianfeng.shared.security.MemberCaller;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/mp/auth")
class MpAuthController {

    private final MemberAuthService auth;

    MpAuthController(MemberAuthService auth) {
        this.auth = auth;
    }

    @PostMapping("/login")
    MemberLoginResponse login(@Valid @RequestBody MemberLoginRequest request) {
        return auth.login(request.code());
    }

    @PostMapping("/logout")
    ResponseEntity<Void> logout(MemberCaller caller) {
        auth.logout(caller.token());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/logout-all")
    ResponseEntity<Void> logoutEverywhere(MemberCaller caller) {
        auth.logoutEverywhere(caller.userId());
        return ResponseEntity.noContent().build();
    }
}
