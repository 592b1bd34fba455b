package cn.xianfeng.goal;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.admin.AdminScope;
import cn.xianfeng.admin.AuditLog;
import cn.xianfeng.admin.Permission;
import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.cobuild.CobuildingInfo;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.ConflictException;
import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.shared.web.RuleViolationException;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bureau's side of the 八有 checklist: reading a co-building's ticks, confirming or rejecting them (a LIAISON for
 * their own co-buildings), and keeping the item list itself.
 */
@Service
class AdminChecklistService {

    private final AdminAccess admins;
    private final AuditLog audit;
    private final GoalAccess access;
    private final CobuildingDirectory cobuildings;
    private final ChecklistItemMapper items;
    private final ChecklistTickMapper ticks;
    private final ChecklistViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdminChecklistService(AdminAccess admins, AuditLog audit, GoalAccess access, CobuildingDirectory cobuildings,
                          ChecklistItemMapper items, ChecklistTickMapper ticks, ChecklistViews views,
                          ApplicationEventPublisher events, Clock clock) {
        this.admins = admins;
        this.audit = audit;
        this.access = access;
        this.cobuildings = cobuildings;
        this.items = items;
        this.ticks = ticks;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    ChecklistView view(AdminCaller caller, long cobuildingId) {
        access.adminReads(caller, cobuildingId);
        return views.checklist(cobuildingId, false);
    }

    /** Confirms or rejects a tick; deciding again (a confirmation taken back) is allowed to the bureau. */
    @Transactional
    ChecklistEntry review(AdminCaller caller, long cobuildingId, long itemId, ReviewChecklistRequest request) {
        AdminScope scope = admins.require(caller, Permission.REVIEW_CHECKLIST);
        CobuildingInfo cobuilding = cobuildings.find(cobuildingId).orElse(null);
        if (cobuilding == null || !scope.reaches(cobuilding.bureauLiaisonId())) {
            throw new NotFoundException("COBUILDING_NOT_FOUND", "先锋号不存在");
        }
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        if (request.decision() == ChecklistReviewDecision.REJECT && comment == null) {
            throw new RuleViolationException("VALIDATION_FAILED", "驳回须说明原因",
                    Map.of("comment", "驳回时请填写意见"));
        }
        ChecklistItem item = items.findCurrent(itemId);
        if (item == null) {
            throw new NotFoundException("CHECKLIST_ITEM_NOT_FOUND", "清单项不存在或已停用");
        }
        ChecklistTick tick = ticks.lockByCobuildingAndItem(cobuildingId, itemId);
        if (tick == null) {
            throw new ConflictException("CHECKLIST_NOT_TICKED", "该项尚未填报，无法审核");
        }
        ChecklistStatus status = request.decision() == ChecklistReviewDecision.CONFIRM
                ? ChecklistStatus.CONFIRMED : ChecklistStatus.REJECTED;
        ticks.updateReview(tick.getId(), status, caller.adminId(), clock.instant(), comment);
        audit.record(caller, status == ChecklistStatus.CONFIRMED ? "checklist.confirm" : "checklist.reject",
                "checklist_tick", tick.getId(), cobuilding.name() + "：" + item.getName()
                        + (comment == null ? "" : "（" + comment + "）"));
        events.publishEvent(new ChecklistItemReviewed(cobuildingId, itemId, status));
        return views.entry(item, ticks.selectById(tick.getId()));
    }

    ChecklistItemList items(AdminCaller caller, boolean includeRetired) {
        admins.require(caller, Permission.READ_GOALS);
        return new ChecklistItemList(items.listInOrder(includeRetired).stream().map(ChecklistViews::item).toList());
    }

    @Transactional
    ChecklistItemView create(AdminCaller caller, CreateChecklistItemRequest request) {
        admins.require(caller, Permission.MANAGE_CHECKLIST);
        ChecklistItem item = new ChecklistItem();
        item.setName(request.name().strip());
        item.setDescription(blankToNull(request.description()));
        item.setPosition(request.position() != null ? request.position() : items.nextPosition());
        item.setRetired(false);
        items.insert(item);
        audit.record(caller, "checklist-item.create", "checklist_item", item.getId(), item.getName());
        return ChecklistViews.item(item);
    }

    @Transactional
    ChecklistItemView update(AdminCaller caller, long id, UpdateChecklistItemRequest request) {
        admins.require(caller, Permission.MANAGE_CHECKLIST);
        ChecklistItem item = existing(id);
        if (request.name() != null) {
            item.setName(request.name().strip());
        }
        if (request.description() != null) {
            item.setDescription(blankToNull(request.description()));
        }
        if (request.position() != null) {
            item.setPosition(request.position());
        }
        items.updateDetails(item);
        audit.record(caller, "checklist-item.update", "checklist_item", id, item.getName());
        return ChecklistViews.item(item);
    }

    /** Retires the item: it leaves every checklist, the ticks made for it stay in the database. */
    @Transactional
    void retire(AdminCaller caller, long id) {
        admins.require(caller, Permission.MANAGE_CHECKLIST);
        ChecklistItem item = existing(id);
        if (!Boolean.TRUE.equals(item.getRetired())) {
            items.retire(id);
            audit.record(caller, "checklist-item.retire", "checklist_item", id, item.getName());
        }
    }

    private ChecklistItem existing(long id) {
        ChecklistItem item = items.selectById(id);
        if (item == null) {
            throw new NotFoundException("CHECKLIST_ITEM_NOT_FOUND", "清单项不存在");
        }
        return item;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
