package cn.xianfeng.push;

import cn.xianfeng.shared.security.MemberCaller;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The mini-program's side of subscribe messages: which templates to ask for, and what the member answered. */
@RestController
@RequestMapping("/api/mp/push")
class MpPushController {

    private final Subscriptions subscriptions;

    MpPushController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping("/templates")
    PushTemplateList templates(MemberCaller caller) {
        return subscriptions.templates();
    }

    @PostMapping("/subscriptions")
    ResponseEntity<Void> report(MemberCaller caller, @Valid @RequestBody SubscriptionResultsRequest request) {
        subscriptions.record(caller.userId(), request);
        return ResponseEntity.noContent().build();
    }
}
