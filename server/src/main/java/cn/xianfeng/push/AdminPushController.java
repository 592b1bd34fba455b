package cn.xianfeng.push;

import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import jakarta.validation.Valid;
import java.time.OffsetDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The bureau's subscribe-message deliveries: list (newest first), counts, retry. */
@RestController
@RequestMapping("/api/admin/push")
class AdminPushController {

    private final AdminPushService push;

    AdminPushController(AdminPushService push) {
        this.push = push;
    }

    @GetMapping("/deliveries")
    PageResponse<PushDeliveryView> list(AdminCaller caller, @RequestParam(required = false) PushScene scene,
                                        @RequestParam(required = false) DeliveryStatus status,
                                        @RequestParam(required = false)
                                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
                                        @RequestParam(required = false)
                                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
                                        @Valid PageQuery page) {
        return push.list(caller, scene, status, from, to, page);
    }

    @GetMapping("/stats")
    PushStats stats(AdminCaller caller,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    OffsetDateTime from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    OffsetDateTime to) {
        return push.stats(caller, from, to);
    }

    @PostMapping("/deliveries/{id}/retry")
    PushDeliveryView retry(AdminCaller caller, @PathVariable long id) {
        return push.retry(caller, id);
    }
}
