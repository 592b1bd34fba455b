package cn.xianfeng.board;

import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.cobuild.PublicCobuilding;
import cn.xianfeng.goal.BoardGoal;
import cn.xianfeng.goal.BoardProgress;
import cn.xianfeng.goal.BoardTask;
import cn.xianfeng.goal.ChecklistProgress;
import cn.xianfeng.goal.GoalBoard;
import cn.xianfeng.goal.GoalDirectory;
import cn.xianfeng.goal.GoalStatus;
import cn.xianfeng.goal.HighlightInfo;
import cn.xianfeng.media.MediaLinks;
import cn.xianfeng.shared.web.ApiTime;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Puts a public board together from what the co-building and goal features tell. Reads only, each one statement or
 * a few, in autocommit: a board a moment out of step between its goals and its checklist harms no one.
 */
@Service
class BoardService {

    /** How many of the newest 亮点 the board shows. */
    static final int HIGHLIGHTS = 6;
    /** What a public id can look like (URL-safe Base64, as approval makes them); anything else is not looked up. */
    private static final Pattern PUBLIC_ID = Pattern.compile("[A-Za-z0-9_-]{1,24}");

    private final CobuildingDirectory cobuildings;
    private final GoalDirectory goals;

    BoardService(CobuildingDirectory cobuildings, GoalDirectory goals) {
        this.cobuildings = cobuildings;
        this.goals = goals;
    }

    BoardView board(String publicId) {
        PublicCobuilding cobuilding = cobuilding(publicId);
        if (cobuilding.status().closed()) {
            return BoardView.unavailable(cobuilding.publicId(), cobuilding.name(), cobuilding.status(),
                    cobuilding.plaqueDate());
        }
        long id = cobuilding.id();
        GoalBoard board = goals.board(id).orElse(new GoalBoard(1, List.of(), List.of()));
        ChecklistProgress checklist = goals.checklistProgress(id);
        List<HighlightInfo> highlights = goals.recentHighlights(id, HIGHLIGHTS);
        return new BoardView(cobuilding.publicId(), cobuilding.name(), cobuilding.status(), cobuilding.plaqueDate(),
                true,
                cobuilding.units().stream().map(u -> new BoardView.Unit(u.name(), u.role())).toList(),
                board.stage(),
                board.categories().stream()
                        .map(c -> new BoardView.Category(c.category(), c.completion(), c.goalCount())).toList(),
                board.goals().stream().filter(g -> g.status() != GoalStatus.DROPPED).map(BoardService::goal)
                        .toList(),
                new BoardView.Checklist(checklist.confirmed(), checklist.ticked(), checklist.total()),
                highlights.stream().map(h -> new BoardView.Highlight(h.kind(), h.title(), h.text(),
                        photos(h.photos()), ApiTime.of(h.markedAt()))).toList());
    }

    /** The co-building behind a public id, whatever its status; 404 {@code BOARD_NOT_FOUND} when there is none. */
    PublicCobuilding cobuilding(String publicId) {
        if (publicId == null || !PUBLIC_ID.matcher(publicId).matches()) {
            throw new BoardExceptions.NotFound();
        }
        return cobuildings.findByPublicId(publicId).orElseThrow(BoardExceptions.NotFound::new);
    }

    private static BoardView.Goal goal(BoardGoal g) {
        return new BoardView.Goal(String.valueOf(g.id()), g.category(), g.title(), g.description(), g.targetText(),
                g.targetAmount(), g.targetUnit(), g.achievedAmount(), g.targetDate(), g.status(), g.completion(),
                g.tasks().stream().map(BoardService::task).toList());
    }

    private static BoardView.Task task(BoardTask t) {
        BoardProgress p = t.latestProgress();
        return new BoardView.Task(String.valueOf(t.id()), t.title(), t.ownerNames(), t.plannedStart(), t.dueDate(),
                t.weight(), t.status(), t.overdue(), t.percent(),
                p == null ? null : new BoardView.Progress(p.percent(), p.note(), ApiTime.of(p.reportedAt()),
                        photos(p.photos())));
    }

    private static List<BoardView.Photo> photos(List<MediaLinks> links) {
        return links == null ? List.of()
                : links.stream().map(l -> new BoardView.Photo(l.id(), l.url(), l.thumbUrl())).toList();
    }
}
