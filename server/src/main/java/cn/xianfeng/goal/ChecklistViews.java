package cn.xianfeng.goal;

import cn.xianfeng.media.MediaLinks;
import cn.xianfeng.shared.web.ApiTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Builds checklists and entries in a fixed number of queries (items, ticks, photos, people, links), whoever reads.
 */
@Component
class ChecklistViews {

    private final ChecklistItemMapper items;
    private final ChecklistTickMapper ticks;
    private final ChecklistPhotoMapper photos;
    private final People people;
    private final GoalPhotos goalPhotos;

    ChecklistViews(ChecklistItemMapper items, ChecklistTickMapper ticks, ChecklistPhotoMapper photos, People people,
                   GoalPhotos goalPhotos) {
        this.items = items;
        this.ticks = ticks;
        this.photos = photos;
        this.people = people;
        this.goalPhotos = goalPhotos;
    }

    ChecklistView checklist(long cobuildingId, boolean editable) {
        List<ChecklistItem> current = items.listInOrder(false);
        Map<Long, ChecklistTick> byItem = new HashMap<>();
        ticks.listByCobuilding(cobuildingId).forEach(t -> byItem.put(t.getItemId(), t));
        List<ChecklistTick> shown = current.stream().map(i -> byItem.get(i.getId())).filter(Objects::nonNull).toList();
        Map<Long, ChecklistEntry.Tick> tickViews = tickViews(shown);
        List<ChecklistEntry> entries = new ArrayList<>();
        int confirmed = 0;
        int ticked = 0;
        for (ChecklistItem item : current) {
            ChecklistTick tick = byItem.get(item.getId());
            if (tick != null && tick.getStatus() == ChecklistStatus.CONFIRMED) {
                confirmed++;
            }
            if (tick != null && tick.getStatus() != ChecklistStatus.REJECTED) {
                ticked++;
            }
            entries.add(entry(item, tick == null ? null : tickViews.get(tick.getId())));
        }
        return new ChecklistView(String.valueOf(cobuildingId), confirmed, ticked, current.size(), editable, entries);
    }

    ChecklistEntry entry(ChecklistItem item, ChecklistTick tick) {
        return entry(item, tick == null ? null : tickViews(List.of(tick)).get(tick.getId()));
    }

    private static ChecklistEntry entry(ChecklistItem item, ChecklistEntry.Tick tick) {
        return new ChecklistEntry(String.valueOf(item.getId()), item.getName(), item.getDescription(),
                item.getPosition(), tick);
    }

    private Map<Long, ChecklistEntry.Tick> tickViews(List<ChecklistTick> shown) {
        Map<Long, List<Long>> mediaByTick = new HashMap<>();
        photos.listByTicks(shown.stream().map(ChecklistTick::getId).toList())
                .forEach(p -> mediaByTick.computeIfAbsent(p.getTickId(), id -> new ArrayList<>()).add(p.getMediaId()));
        Map<Long, MediaLinks> links = goalPhotos.links(mediaByTick.values().stream().flatMap(List::stream).toList());
        Map<Long, Person> who = people.of(shown.stream().map(ChecklistTick::getTickedBy).distinct().toList());
        Map<Long, ChecklistEntry.Tick> views = new HashMap<>();
        for (ChecklistTick t : shown) {
            List<MediaLinks> shownPhotos = mediaByTick.getOrDefault(t.getId(), List.of()).stream().map(links::get)
                    .filter(Objects::nonNull).toList();
            views.put(t.getId(), new ChecklistEntry.Tick(t.getStatus(), t.getNote(), shownPhotos,
                    who.get(t.getTickedBy()), ApiTime.of(t.getTickedAt()), t.getReviewComment(),
                    ApiTime.of(t.getReviewedAt())));
        }
        return views;
    }

    /** The board's counts: two statements, whatever the number of items. */
    ChecklistProgress progress(long cobuildingId) {
        int confirmed = 0;
        int ticked = 0;
        for (Map<String, Object> row : ticks.countCurrentByStatus(cobuildingId)) {
            ChecklistStatus status = ChecklistStatus.valueOf((String) row.get("status"));
            int n = ((Number) row.get("n")).intValue();
            if (status == ChecklistStatus.CONFIRMED) {
                confirmed += n;
            }
            if (status != ChecklistStatus.REJECTED) {
                ticked += n;
            }
        }
        return new ChecklistProgress(confirmed, ticked, (int) items.countCurrent());
    }

    static ChecklistItemView item(ChecklistItem item) {
        return new ChecklistItemView(String.valueOf(item.getId()), item.getName(), item.getDescription(),
                item.getPosition(), Boolean.TRUE.equals(item.getRetired()));
    }
}
