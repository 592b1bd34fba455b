package cn.xianfeng.auth;

import cn.xianfeng.shared.security.MemberCaller;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/mp/me")
class MpMeController {

    private final MemberProfileService profiles;

    MpMeController(MemberProfileService profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    MemberView me(MemberCaller caller) {
        return profiles.me(caller.userId());
    }

    /**
     * {@code {nickname?, avatarMediaId?, realName?}}: a field left out stays, {@code ""} clears it. PUT means the
     * same (the mini-program's earlier builds send it).
     */
    @PatchMapping
    MemberView patch(MemberCaller caller, @Valid @RequestBody UpdateProfileRequest request) {
        return profiles.update(caller.userId(), request);
    }

    @PutMapping
    MemberView update(MemberCaller caller, @Valid @RequestBody UpdateProfileRequest request) {
        return profiles.update(caller.userId(), request);
    }
}
