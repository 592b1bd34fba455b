package cn.xianfeng.auth;

import cn.xianfeng.shared.security.AdminCaller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** BUREAU_ADMIN ends a member's sign-ins on every device (checked in {@link AdminMemberSessionService}). */
@RestController
@RequestMapping("/api/admin/members")
class AdminMemberSessionController {

    private final AdminMemberSessionService sessions;

    AdminMemberSessionController(AdminMemberSessionService sessions) {
        this.sessions = sessions;
    }

    @PostMapping("/{id}/sessions/end")
    ResponseEntity<Void> endSessions(AdminCaller caller, @PathVariable long id) {
        sessions.endSessions(caller, id);
        return ResponseEntity.noContent().build();
    }
}
