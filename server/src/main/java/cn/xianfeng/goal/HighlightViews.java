package cn.xianfeng.goal;

import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.cobuild.CobuildingInfo;
import cn.xianfeng.media.MediaLinks;
import cn.xianfeng.shared.web.ApiTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Highlights with what they show, for any number of them in a fixed number of queries: the marked progress reports
 * and their tasks, the marked summaries, their photos, authors and co-buildings.
 */
@Component
class HighlightViews {

    private final HighlightMapper highlights;
    private final ProgressReportMapper reports;
    private final ProgressPhotoMapper reportPhotos;
    private final GoalTaskMapper tasks;
    private final StageSummaryMapper summaries;
    private final StageSummaryPhotoMapper summaryPhotos;
    private final GoalPhotos goalPhotos;
    private final People people;
    private final CobuildingDirectory cobuildings;

    HighlightViews(HighlightMapper highlights, ProgressReportMapper reports, ProgressPhotoMapper reportPhotos,
                   GoalTaskMapper tasks, StageSummaryMapper summaries, StageSummaryPhotoMapper summaryPhotos,
                   GoalPhotos goalPhotos, People people, CobuildingDirectory cobuildings) {
        this.highlights = highlights;
        this.reports = reports;
        this.reportPhotos = reportPhotos;
        this.tasks = tasks;
        this.summaries = summaries;
        this.summaryPhotos = summaryPhotos;
        this.goalPhotos = goalPhotos;
        this.people = people;
        this.cobuildings = cobuildings;
    }

    /** What a highlight shows, before it is dressed for the bureau or for the board. */
    private record Shown(String title, String text, List<MediaLinks> photos, Long authorId) {
    }

    List<HighlightView> views(List<Highlight> rows) {
        Map<Long, Shown> shown = shown(rows);
        Map<Long, Person> authors = people.of(shown.values().stream().map(Shown::authorId).filter(Objects::nonNull)
                .distinct().toList());
        Map<Long, CobuildingInfo> names = cobuildings.findAll(rows.stream().map(Highlight::getCobuildingId)
                .distinct().toList());
        List<HighlightView> views = new ArrayList<>();
        for (Highlight h : rows) {
            Shown s = shown.get(h.getId());
            CobuildingInfo c = names.get(h.getCobuildingId());
            views.add(new HighlightView(String.valueOf(h.getId()), h.getKind(), String.valueOf(h.getSourceId()),
                    String.valueOf(h.getCobuildingId()), c == null ? null : c.name(), s.title(), s.text(), s.photos(),
                    s.authorId() == null ? null : authors.get(s.authorId()), h.getComment(),
                    ApiTime.of(h.getMarkedAt())));
        }
        return views;
    }

    /** The co-building's latest highlights for the board, newest first. */
    List<HighlightInfo> recent(long cobuildingId, int limit) {
        return limit <= 0 ? List.of() : infos(highlights.listRecent(cobuildingId, limit));
    }

    private List<HighlightInfo> infos(List<Highlight> rows) {
        Map<Long, Shown> shown = shown(rows);
        return rows.stream().map(h -> {
            Shown s = shown.get(h.getId());
            return new HighlightInfo(h.getKind(), s.title(), s.text(), s.photos(), h.getMarkedAt());
        }).toList();
    }

    private Map<Long, Shown> shown(List<Highlight> rows) {
        List<Long> reportIds = sources(rows, HighlightKind.PROGRESS);
        List<Long> summaryIds = sources(rows, HighlightKind.STAGE_SUMMARY);
        Map<Long, ProgressReport> reportById = new HashMap<>();
        if (!reportIds.isEmpty()) {
            reports.selectByIds(reportIds).forEach(r -> reportById.put(r.getId(), r));
        }
        Map<Long, GoalTask> taskById = new HashMap<>();
        List<Long> taskIds = reportById.values().stream().map(ProgressReport::getTaskId).distinct().toList();
        if (!taskIds.isEmpty()) {
            tasks.selectByIds(taskIds).forEach(t -> taskById.put(t.getId(), t));
        }
        Map<Long, StageSummary> summaryById = new HashMap<>();
        if (!summaryIds.isEmpty()) {
            summaries.selectByIds(summaryIds).forEach(s -> summaryById.put(s.getId(), s));
        }
        Map<Long, List<Long>> reportMedia = new HashMap<>();
        reportPhotos.listByReports(reportIds).forEach(p -> reportMedia.computeIfAbsent(p.getReportId(),
                id -> new ArrayList<>()).add(p.getMediaId()));
        Map<Long, List<Long>> summaryMedia = new HashMap<>();
        summaryPhotos.listBySummaries(summaryIds).forEach(p -> summaryMedia.computeIfAbsent(p.getSummaryId(),
                id -> new ArrayList<>()).add(p.getMediaId()));
        List<Long> allMedia = new ArrayList<>();
        reportMedia.values().forEach(allMedia::addAll);
        summaryMedia.values().forEach(allMedia::addAll);
        Map<Long, MediaLinks> links = goalPhotos.links(allMedia);

        Map<Long, Shown> shown = new HashMap<>();
        for (Highlight h : rows) {
            if (h.getKind() == HighlightKind.PROGRESS) {
                ProgressReport r = reportById.get(h.getSourceId());
                GoalTask t = r == null ? null : taskById.get(r.getTaskId());
                shown.put(h.getId(), new Shown(t == null ? "" : t.getTitle(), r == null ? null : r.getNote(),
                        photos(reportMedia.get(h.getSourceId()), links), r == null ? null : r.getReporterId()));
            } else {
                StageSummary s = summaryById.get(h.getSourceId());
                shown.put(h.getId(), new Shown(s == null ? "" : "第" + s.getStage() + "阶段总结",
                        s == null ? null : s.getText(), photos(summaryMedia.get(h.getSourceId()), links),
                        s == null ? null : s.getSubmittedBy()));
            }
        }
        return shown;
    }

    private static List<Long> sources(List<Highlight> rows, HighlightKind kind) {
        return rows.stream().filter(h -> h.getKind() == kind).map(Highlight::getSourceId).distinct().toList();
    }

    private static List<MediaLinks> photos(List<Long> mediaIds, Map<Long, MediaLinks> links) {
        return mediaIds == null ? List.of() : mediaIds.stream().map(links::get).filter(Objects::nonNull).toList();
    }
}
