package cn.xianfeng.goal;

import cn.xianfeng.cobuild.MemberRole;
import cn.xianfeng.shared.persistence.DuplicateKeys;
import cn.xianfeng.shared.web.ConflictException;
import cn.xianfeng.shared.web.ForbiddenException;
import cn.xianfeng.shared.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 八有 checklist of a co-building's party base (BASE goal) as its members use it: everyone reads it; the pioneer
 * and the unit liaisons tick items with photo evidence for the bureau to confirm, and may withdraw a tick until then.
 */
@Service
class ChecklistService {

    private final GoalAccess access;
    private final GoalTexts texts;
    private final ChecklistItemMapper items;
    private final ChecklistTickMapper ticks;
    private final ChecklistPhotoMapper photos;
    private final ChecklistViews views;
    private final GoalPhotos goalPhotos;
    private final Clock clock;

    ChecklistService(GoalAccess access, ChecklistItemMapper items, ChecklistTickMapper ticks,
                     ChecklistPhotoMapper photos, ChecklistViews views, GoalPhotos goalPhotos, Clock clock, GoalTexts texts) {
        this.access = access;
        this.texts = texts;
        this.items = items;
        this.ticks = ticks;
        this.photos = photos;
        this.views = views;
        this.goalPhotos = goalPhotos;
        this.clock = clock;
    }

    ChecklistView view(long userId, long cobuildingId) {
        MemberRole role = access.member(cobuildingId, userId);
        return views.checklist(cobuildingId, mayTick(role) && access.isOpen(cobuildingId));
    }

    /** A new tick, or a tick made again after a rejection (or while still waiting), with a new set of photos. */
    @Transactional
    ChecklistEntry tick(long userId, long cobuildingId, long itemId, TickChecklistRequest request) {
        ChecklistItem item = writable(userId, cobuildingId, itemId);
        List<Long> mediaIds = request.photoMediaIds().stream().map(Long::valueOf).toList();
        goalPhotos.requireOwn(userId, mediaIds);
        texts.requireSafe(userId, request.note());
        ChecklistTick tick = ticks.lockByCobuildingAndItem(cobuildingId, itemId);
        if (tick == null) {
            // Two first ticks at once: one insert wins the unique key, the other becomes a re-tick of it.
            tick = DuplicateKeys.insertOrFind(() -> inserted(cobuildingId, itemId, userId),
                    () -> ticks.lockByCobuildingAndItem(cobuildingId, itemId));
        }
        if (tick.getStatus() == ChecklistStatus.CONFIRMED) {
            throw confirmed();
        }
        ticks.updateRetick(tick.getId(), blankToNull(request.note()), userId, clock.instant());
        photos.deleteByTick(tick.getId());
        for (int i = 0; i < mediaIds.size(); i++) {
            ChecklistPhoto photo = new ChecklistPhoto();
            photo.setTickId(tick.getId());
            photo.setMediaId(mediaIds.get(i));
            photo.setPosition(i);
            photos.insert(photo);
        }
        goalPhotos.used(mediaIds, "checklist", tick.getId());
        return views.entry(item, ticks.selectById(tick.getId()));
    }

    /** Takes a tick back; nothing to take back is fine, a confirmed tick stays. */
    @Transactional
    void withdraw(long userId, long cobuildingId, long itemId) {
        writable(userId, cobuildingId, itemId);
        ChecklistTick tick = ticks.lockByCobuildingAndItem(cobuildingId, itemId);
        if (tick == null) {
            return;
        }
        if (tick.getStatus() == ChecklistStatus.CONFIRMED) {
            throw confirmed();
        }
        photos.deleteByTick(tick.getId());
        ticks.deleteById(tick.getId());
    }

    /** Member (404), pioneer or unit liaison (403), open co-building (409), current item (404): in that order. */
    private ChecklistItem writable(long userId, long cobuildingId, long itemId) {
        if (!mayTick(access.member(cobuildingId, userId))) {
            throw new ForbiddenException("只有科技党建先锋和共建联络员可以填报八有清单");
        }
        access.open(cobuildingId);
        ChecklistItem item = items.findCurrent(itemId);
        if (item == null) {
            throw new NotFoundException("CHECKLIST_ITEM_NOT_FOUND", "清单项不存在或已停用");
        }
        return item;
    }

    private ChecklistTick inserted(long cobuildingId, long itemId, long userId) {
        ChecklistTick tick = new ChecklistTick();
        tick.setCobuildingId(cobuildingId);
        tick.setItemId(itemId);
        tick.setStatus(ChecklistStatus.TICKED);
        tick.setTickedBy(userId);
        tick.setTickedAt(clock.instant());
        ticks.insert(tick);
        return tick;
    }

    private static boolean mayTick(MemberRole role) {
        return role == MemberRole.PIONEER || role == MemberRole.UNIT_LIAISON;
    }

    private static ConflictException confirmed() {
        return new ConflictException("CHECKLIST_CONFIRMED", "该项已由市科技局确认，不能再修改");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
