package cn.xianfeng.board;

import cn.xianfeng.cobuild.CobuildingStatus;
import cn.xianfeng.cobuild.GoalCategory;
import cn.xianfeng.cobuild.UnitRole;
import cn.xianfeng.goal.GoalStatus;
import cn.xianfeng.goal.HighlightKind;
import cn.xianfeng.goal.TaskStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A co-building's public board: what anyone may read about it, for public supervision. Units and people by name
 * only: no ids of people or units, no phone numbers, no openids. A withdrawn or delisted co-building shows its name,
 * status and plaque date and {@code available: false}, and nothing more (the fields below {@code available} are
 * left out of the JSON).
 */
public record BoardView(
        String publicId,
        String name,
        CobuildingStatus status,
        LocalDate plaqueDate,
        boolean available,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Unit> units,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer stage,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Category> categories,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Goal> goals,
        @JsonInclude(JsonInclude.Include.NON_NULL) Checklist checklist,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Highlight> highlights) {

    static BoardView unavailable(String publicId, String name, CobuildingStatus status, LocalDate plaqueDate) {
        return new BoardView(publicId, name, status, plaqueDate, false, null, null, null, null, null, null);
    }

    /** A unit still in the co-building: 牵头单位 (LEAD) or 共建单位 (PARTNER). */
    @Schema(name = "PublicBoardUnit")
    public record Unit(String name, UnitRole role) {
    }

    /** One of the five ones: the mean completion of its goals (DROPPED ones left out). */
    @Schema(name = "PublicBoardCategory")
    public record Category(GoalCategory category, int completion, int goalCount) {
    }

    @Schema(name = "PublicBoardGoal")
    public record Goal(String id, GoalCategory category, String title, String description, String targetText,
                       BigDecimal targetAmount, String targetUnit, BigDecimal achievedAmount, LocalDate targetDate,
                       GoalStatus status, int completion, List<Task> tasks) {
    }

    /** A row of the task progress table (任务实施进度表); its owners by display name. */
    @Schema(name = "PublicBoardTask")
    public record Task(String id, String title, List<String> owners, LocalDate plannedStart, LocalDate dueDate,
                       int weight, TaskStatus status, boolean overdue, int percent, Progress latestProgress) {
    }

    /** The latest progress report (进展) of a task, without its reporter. */
    @Schema(name = "PublicBoardProgress")
    public record Progress(int percent, String note, OffsetDateTime reportedAt, List<Photo> photos) {
    }

    /** Signed, expiring links (relative to the server) to a photo and its thumbnail. */
    @Schema(name = "PublicBoardPhoto")
    public record Photo(String id, String url, String thumbUrl) {
    }

    /** The 八有 checklist: items confirmed by the bureau, items ticked (ticked or confirmed), all current items. */
    @Schema(name = "PublicBoardChecklist")
    public record Checklist(int confirmed, int ticked, int total) {
    }

    /** A 亮点 the bureau marked: a progress report or a stage summary, without its author. */
    @Schema(name = "PublicBoardHighlight")
    public record Highlight(HighlightKind kind, String title, String text, List<Photo> photos,
                            OffsetDateTime markedAt) {
    }
}
