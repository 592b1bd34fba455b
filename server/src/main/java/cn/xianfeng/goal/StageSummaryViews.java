package cn.xianfeng.goal;

import cn.xianfeng.media.MediaLinks;
import cn.xianfeng.shared.web.ApiTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Builds stage summaries with their photos, authors, highlight marks and the goals they set. */
@Component
class StageSummaryViews {

    private final GoalMapper goals;
    private final StageSummaryMapper summaries;
    private final StageSummaryPhotoMapper photos;
    private final HighlightMapper highlights;
    private final GoalPhotos goalPhotos;
    private final People people;
    private final GoalReads reads;

    StageSummaryViews(GoalMapper goals, StageSummaryMapper summaries, StageSummaryPhotoMapper photos,
                      HighlightMapper highlights, GoalPhotos goalPhotos, People people, GoalReads reads) {
        this.goals = goals;
        this.summaries = summaries;
        this.photos = photos;
        this.highlights = highlights;
        this.goalPhotos = goalPhotos;
        this.people = people;
        this.reads = reads;
    }

    StageSummaryList list(long cobuildingId, boolean mayEdit) {
        int current = goals.currentStage(cobuildingId);
        return new StageSummaryList(current, mayEdit, views(summaries.listByCobuilding(cobuildingId)));
    }

    StageSummaryView view(StageSummary summary) {
        return views(List.of(summary)).get(0);
    }

    private List<StageSummaryView> views(List<StageSummary> rows) {
        List<Long> ids = rows.stream().map(StageSummary::getId).toList();
        Map<Long, List<Long>> mediaBySummary = new HashMap<>();
        photos.listBySummaries(ids).forEach(p -> mediaBySummary.computeIfAbsent(p.getSummaryId(),
                id -> new ArrayList<>()).add(p.getMediaId()));
        Map<Long, MediaLinks> links = goalPhotos.links(mediaBySummary.values().stream().flatMap(List::stream).toList());
        Map<Long, Person> who = people.of(rows.stream().map(StageSummary::getSubmittedBy).distinct().toList());
        Set<Long> highlighted = highlights.highlightedOf(HighlightKind.STAGE_SUMMARY, ids);
        List<StageSummaryView> views = new ArrayList<>();
        for (StageSummary s : rows) {
            List<MediaLinks> shown = mediaBySummary.getOrDefault(s.getId(), List.of()).stream().map(links::get)
                    .filter(Objects::nonNull).toList();
            views.add(new StageSummaryView(String.valueOf(s.getId()), String.valueOf(s.getCobuildingId()),
                    s.getStage(), s.getText(), shown, who.get(s.getSubmittedBy()), ApiTime.of(s.getSubmittedAt()),
                    highlighted.contains(s.getId()), nextGoals(s)));
        }
        return views;
    }

    /** The goals of the stage after the summary's, as the goal list orders them. */
    private List<GoalSummary> nextGoals(StageSummary s) {
        GoalReads.Loaded loaded = reads.loadStage(s.getCobuildingId(), s.getStage() + 1);
        return loaded.goalsById.values().stream()
                .sorted(Comparator.comparing(Goal::getCategory).thenComparing(Goal::getId))
                .map(loaded::summary).toList();
    }
}
