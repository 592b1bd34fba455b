package cn.xianfeng.goal;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.admin.AdminScope;
import cn.xianfeng.admin.AuditLog;
import cn.xianfeng.admin.Permission;
import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.shared.persistence.DuplicateKeys;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 亮点: the bureau marks progress reports and stage summaries as examples of good work (the 经验推广 phase), which
 * the public board shows; marking again changes only the comment.
 */
@Service
class AdminHighlightService {

    private final AdminAccess admins;
    private final AuditLog audit;
    private final CobuildingDirectory cobuildings;
    private final HighlightMapper highlights;
    private final HighlightViews views;
    private final ProgressReportMapper reports;
    private final StageSummaryMapper summaries;
    private final Clock clock;

    AdminHighlightService(AdminAccess admins, AuditLog audit, CobuildingDirectory cobuildings,
                          HighlightMapper highlights, HighlightViews views, ProgressReportMapper reports,
                          StageSummaryMapper summaries, Clock clock) {
        this.admins = admins;
        this.audit = audit;
        this.cobuildings = cobuildings;
        this.highlights = highlights;
        this.views = views;
        this.reports = reports;
        this.summaries = summaries;
        this.clock = clock;
    }

    @Transactional
    HighlightView mark(AdminCaller caller, HighlightKind kind, long sourceId, String comment) {
        admins.require(caller, Permission.MANAGE_HIGHLIGHTS);
        long cobuildingId = cobuildingOf(kind, sourceId);
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        Highlight existing = highlights.findBySource(kind, sourceId);
        Highlight marked;
        if (existing != null) {
            highlights.updateComment(existing.getId(), note);
            marked = highlights.selectById(existing.getId());
        } else {
            // Two marks at once: the unique (kind, source) key keeps one row; the other answers with it.
            marked = DuplicateKeys.insertOrFind(() -> inserted(caller, kind, sourceId, cobuildingId, note),
                    () -> highlights.findBySource(kind, sourceId));
        }
        audit.record(caller, "highlight.mark", target(kind), sourceId, note);
        return views.views(List.of(marked)).get(0);
    }

    @Transactional
    void unmark(AdminCaller caller, HighlightKind kind, long sourceId) {
        admins.require(caller, Permission.MANAGE_HIGHLIGHTS);
        cobuildingOf(kind, sourceId);
        if (highlights.findBySource(kind, sourceId) != null) {
            highlights.deleteBySource(kind, sourceId);
            audit.record(caller, "highlight.unmark", target(kind), sourceId, null);
        }
    }

    /** Newest first; a LIAISON sees only the highlights of the co-buildings assigned to them. */
    PageResponse<HighlightView> list(AdminCaller caller, Long cobuildingId, HighlightKind kind, PageQuery page) {
        AdminScope scope = admins.require(caller, Permission.READ_GOALS);
        List<Long> only = scope.seesAll() ? null : cobuildings.assignedToLiaison(scope.liaisonId());
        Page<Highlight> rows = highlights.pageByFilter(cobuildingId, kind, only, page.toPage());
        return PageResponse.all(rows, views.views(rows.getRecords()));
    }

    private Highlight inserted(AdminCaller caller, HighlightKind kind, long sourceId, long cobuildingId, String note) {
        Highlight h = new Highlight();
        h.setKind(kind);
        h.setSourceId(sourceId);
        h.setCobuildingId(cobuildingId);
        h.setComment(note);
        h.setMarkedBy(caller.adminId());
        h.setMarkedAt(clock.instant());
        highlights.insert(h);
        return highlights.selectById(h.getId());
    }

    private long cobuildingOf(HighlightKind kind, long sourceId) {
        if (kind == HighlightKind.PROGRESS) {
            ProgressReport report = reports.selectById(sourceId);
            if (report == null) {
                throw new GoalExceptions.ProgressNotFound();
            }
            return report.getCobuildingId();
        }
        StageSummary summary = summaries.selectById(sourceId);
        if (summary == null) {
            throw new NotFoundException("STAGE_SUMMARY_NOT_FOUND", "阶段总结不存在");
        }
        return summary.getCobuildingId();
    }

    private static String target(HighlightKind kind) {
        return kind == HighlightKind.PROGRESS ? "progress_report" : "stage_summary";
    }
}
