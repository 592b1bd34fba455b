package cn.xianfeng.push;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.admin.AuditLog;
import cn.xianfeng.admin.Permission;
import cn.xianfeng.auth.MemberDirectory;
import cn.xianfeng.auth.MemberInfo;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.ApiTime;
import cn.xianfeng.shared.web.ConflictException;
import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;

/** The bureau's view of push: deliveries with filters, counts per scene and status, and a retry of the ones that failed. */
@Service
class AdminPushService {

    private final PushDeliveryMapper deliveries;
    private final AdminAccess access;
    private final AuditLog audit;
    private final MemberDirectory members;
    private final PushWorker worker;
    private final Clock clock;

    AdminPushService(PushDeliveryMapper deliveries, AdminAccess access, AuditLog audit, MemberDirectory members,
                     PushWorker worker, Clock clock) {
        this.deliveries = deliveries;
        this.access = access;
        this.audit = audit;
        this.members = members;
        this.worker = worker;
        this.clock = clock;
    }

    PageResponse<PushDeliveryView> list(AdminCaller caller, PushScene scene, DeliveryStatus status,
                                        OffsetDateTime from, OffsetDateTime to, PageQuery page) {
        access.require(caller, Permission.READ_PUSH);
        Page<PushDelivery> rows = deliveries.pageByFilter(scene, status, instant(from), instant(to), page.toPage());
        Map<Long, MemberInfo> people = members.findAll(rows.getRecords().stream().map(PushDelivery::getUserId)
                .distinct().toList());
        return PageResponse.of(rows, d -> view(d, people.get(d.getUserId())));
    }

    PushStats stats(AdminCaller caller, OffsetDateTime from, OffsetDateTime to) {
        access.require(caller, Permission.READ_PUSH);
        Map<PushScene, Map<DeliveryStatus, Integer>> counts = new EnumMap<>(PushScene.class);
        for (PushScene scene : PushScene.values()) {
            Map<DeliveryStatus, Integer> byStatus = new EnumMap<>(DeliveryStatus.class);
            for (DeliveryStatus s : DeliveryStatus.values()) {
                byStatus.put(s, 0);
            }
            counts.put(scene, byStatus);
        }
        deliveries.countBySceneAndStatus(instant(from), instant(to)).forEach(row -> counts
                .get(PushScene.valueOf((String) row.get("scene")))
                .put(DeliveryStatus.valueOf((String) row.get("status")), ((Number) row.get("n")).intValue()));
        List<PushSceneStats> items = counts.entrySet().stream().map(e -> new PushSceneStats(e.getKey(), e.getValue(),
                e.getValue().values().stream().mapToInt(Integer::intValue).sum())).toList();
        return new PushStats(from, to, items);
    }

    /** FAILED or NO_QUOTA back to PENDING, due at once (audited); 409 in any other state. */
    @Transactional
    PushDeliveryView retry(AdminCaller caller, long id) {
        access.require(caller, Permission.MANAGE_PUSH);
        PushDelivery before = deliveries.selectById(id);
        if (before == null) {
            throw new NotFoundException("DELIVERY_NOT_FOUND", "推送记录不存在");
        }
        if (deliveries.retry(id, clock.instant()) == 0) {
            throw new ConflictException("DELIVERY_NOT_RETRYABLE", "只有发送失败或无订阅次数的推送可以重试");
        }
        audit.record(caller, "push.retry", "push_delivery", id,
                before.getScene() + " " + before.getRefId() + " " + before.getStatus());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                worker.kick();
            }
        });
        PushDelivery after = deliveries.selectById(id);
        return view(after, members.findAll(List.of(after.getUserId())).get(after.getUserId()));
    }

    private static PushDeliveryView view(PushDelivery d, MemberInfo member) {
        return new PushDeliveryView(String.valueOf(d.getId()), d.getScene(), d.getRefId(),
                String.valueOf(d.getUserId()), member == null ? null : member.displayName(), d.getTemplateId(),
                d.getStatus(), d.getAttempts() == null ? 0 : d.getAttempts(), d.getLastErrcode(),
                d.getStatus() == DeliveryStatus.PENDING ? ApiTime.of(d.getNextAttemptAt()) : null,
                ApiTime.of(d.getSentAt()), ApiTime.of(d.getCreatedAt()));
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
