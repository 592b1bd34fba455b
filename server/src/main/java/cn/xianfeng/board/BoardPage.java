package cn.xianfeng.board;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import cn.xianfeng.cobuild.CobuildingStatus;
import cn.xianfeng.cobuild.GoalCategory;
import cn.xianfeng.cobuild.UnitRole;
import cn.xianfeng.goal.GoalStatus;
import cn.xianfeng.goal.HighlightKind;
import cn.xianfeng.goal.TaskStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The public board as one HTML page for a phone's browser (the plaque's QR code opens it): no script, the style
 * inline, light and dark by the reader's setting, every text from the database escaped. It shows the same data as
 * the JSON, and nothing that changes by itself (no "generated at"), so its ETag holds while the board does.
 */
final class BoardPage {

    private static final Map<GoalCategory, String> CATEGORIES = new EnumMap<>(Map.of(
            GoalCategory.BASE, "打造一个党建阵地",
            GoalCategory.PROBLEMS, "攻关一批技术难题",
            GoalCategory.LEADERS, "培养一批学科技术带头人",
            GoalCategory.TALENT, "输出引进一名高层次人才",
            GoalCategory.ACHIEVEMENTS, "转化一批重大科技成果"));
    private static final Map<GoalCategory, String> CATEGORY_SHORT = new EnumMap<>(Map.of(
            GoalCategory.BASE, "阵地", GoalCategory.PROBLEMS, "难题", GoalCategory.LEADERS, "带头人",
            GoalCategory.TALENT, "人才", GoalCategory.ACHIEVEMENTS, "成果"));
    private static final Map<CobuildingStatus, String> STATUSES = new EnumMap<>(Map.of(
            CobuildingStatus.ACTIVE, "共建中", CobuildingStatus.AWARDED, "已授牌",
            CobuildingStatus.RECTIFYING, "整改中", CobuildingStatus.DELISTED, "已摘牌",
            CobuildingStatus.WITHDRAWN, "已退出"));
    private static final Map<GoalStatus, String> GOAL_STATUSES = new EnumMap<>(Map.of(
            GoalStatus.ACTIVE, "进行中", GoalStatus.ACHIEVED, "已达成", GoalStatus.DROPPED, "已放弃"));
    private static final Map<TaskStatus, String> TASK_STATUSES = new EnumMap<>(Map.of(
            TaskStatus.NOT_STARTED, "未开始", TaskStatus.IN_PROGRESS, "进行中", TaskStatus.DONE, "已完成"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final String STYLE = """
            :root{--bg:#f5f6f8;--card:#fff;--text:#1f2329;--muted:#646a73;--line:#e4e6eb;--brand:#c8161d;\
            --track:#eceef1;--ok:#1a7f37;--warn:#d4380d}
            @media (prefers-color-scheme:dark){:root{--bg:#111214;--card:#1c1d20;--text:#e8e9eb;--muted:#9ba0a8;\
            --line:#2d2f33;--brand:#ff5a5f;--track:#2d2f33;--ok:#4ac26b;--warn:#ff7a45}}
            *{box-sizing:border-box}
            body{margin:0;background:var(--bg);color:var(--text);font:15px/1.6 -apple-system,"PingFang SC",\
            "Microsoft YaHei",sans-serif;-webkit-text-size-adjust:100%}
            main{max-width:720px;margin:0 auto;padding:12px}
            header,section{background:var(--card);border-radius:12px;padding:16px;margin-bottom:12px}
            h1{font-size:20px;margin:4px 0 8px;word-break:break-word}
            h2{font-size:17px;margin:0 0 12px;border-left:4px solid var(--brand);padding-left:8px}
            h3{font-size:16px;margin:0 0 4px;word-break:break-word}
            p{margin:4px 0}
            .brand{color:var(--brand);font-weight:600;font-size:13px}
            .muted,.meta{color:var(--muted);font-size:13px}
            .notice{font-size:13px;color:var(--muted);border-top:1px solid var(--line);margin-top:12px;padding-top:8px}
            .badge{display:inline-block;padding:0 8px;border-radius:10px;font-size:12px;border:1px solid currentColor}
            .bar{height:8px;background:var(--track);border-radius:4px;overflow:hidden;flex:1}
            .bar i{display:block;height:100%;background:var(--brand)}
            .row{display:flex;align-items:center;gap:8px}
            .row b{min-width:3em;text-align:right;font-size:13px}
            .cat{margin-bottom:10px}
            .cat>span{display:block;font-size:14px}
            .goal{border-top:1px solid var(--line);padding-top:12px;margin-top:12px}
            .goal:first-of-type{border-top:0;margin-top:0;padding-top:0}
            .tag{color:var(--brand);font-size:13px;margin-right:4px}
            ul{list-style:none;margin:8px 0 0;padding:0}
            li.task{border:1px solid var(--line);border-radius:8px;padding:10px;margin-bottom:8px}
            li.task.overdue{border-color:var(--warn)}
            .overdue .state{color:var(--warn)}
            .done .state{color:var(--ok)}
            .note{margin:6px 0 0;padding:6px 8px;background:var(--bg);border-radius:6px;font-size:14px;\
            word-break:break-word;white-space:pre-wrap}
            .photos{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}
            .photos img{width:72px;height:72px;object-fit:cover;border-radius:6px;display:block;background:var(--track)}
            .empty{color:var(--muted);font-size:14px}
            footer{color:var(--muted);font-size:12px;text-align:center;padding:8px 0 24px}
            """;

    private BoardPage() {
    }

    static byte[] render(BoardView board) {
        StringBuilder html = new StringBuilder(16_384);
        head(html, board.name() + " · 先锋号公示");
        header(html, board);
        if (!board.available()) {
            html.append("<section><p>").append(text(STATUSES.get(board.status())))
                    .append("，公示内容不再展示。</p></section>");
        } else {
            categories(html, board);
            goals(html, board.goals());
            checklist(html, board.checklist());
            highlights(html, board.highlights());
        }
        return foot(html);
    }

    static byte[] notFound() {
        StringBuilder html = new StringBuilder();
        head(html, "公示牌不存在");
        html.append("<section><h1>没有找到这个公示牌</h1><p class=\"muted\">请确认二维码或链接是否完整。</p></section>");
        return foot(html);
    }

    static byte[] rateLimited(long retryAfterSeconds) {
        StringBuilder html = new StringBuilder();
        head(html, "访问过于频繁");
        html.append("<section><h1>访问过于频繁</h1><p class=\"muted\">请在 ").append(retryAfterSeconds)
                .append(" 秒后刷新页面。</p></section>");
        return foot(html);
    }

    private static void head(StringBuilder html, String title) {
        html.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"color-scheme\" content=\"light dark\">")
                .append("<meta name=\"robots\" content=\"noindex\">")
                .append("<title>").append(text(title)).append("</title><style>").append(STYLE)
                .append("</style></head><body><main>");
    }

    private static byte[] foot(StringBuilder html) {
        html.append("<footer>科技筑梦先锋号 · 公示牌</footer></main></body></html>");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void header(StringBuilder html, BoardView board) {
        html.append("<header><p class=\"brand\">科技筑梦先锋号 · 公示牌</p><h1>").append(text(board.name()))
                .append("</h1><p><span class=\"badge\">").append(text(STATUSES.get(board.status()))).append("</span>");
        if (board.plaqueDate() != null) {
            html.append(" <span class=\"muted\">").append(date(board.plaqueDate())).append("授牌</span>");
        }
        html.append("</p>");
        if (board.units() != null && !board.units().isEmpty()) {
            unitLine(html, "牵头单位", board.units(), UnitRole.LEAD);
            unitLine(html, "共建单位", board.units(), UnitRole.PARTNER);
        }
        if (board.available()) {
            html.append("<p class=\"notice\">本页公开本先锋号的目标清单、任务实施进度、“八有”阵地建设情况和亮点，")
                    .append("接受社会监督。负责人仅显示姓名或昵称。</p>");
        }
        html.append("</header>");
    }

    private static void unitLine(StringBuilder html, String label, List<BoardView.Unit> units, UnitRole role) {
        String names = units.stream().filter(u -> u.role() == role).map(u -> text(u.name()))
                .collect(Collectors.joining("、"));
        if (!names.isEmpty()) {
            html.append("<p class=\"meta\">").append(label).append("：").append(names).append("</p>");
        }
    }

    private static void categories(StringBuilder html, BoardView board) {
        html.append("<section><h2>五个一 · 第").append(board.stage()).append("阶段</h2>");
        for (BoardView.Category c : board.categories()) {
            html.append("<div class=\"cat\"><span>").append(text(CATEGORIES.get(c.category())))
                    .append(" <span class=\"muted\">（").append(c.goalCount()).append("项目标）</span></span>");
            bar(html, c.completion(), CATEGORIES.get(c.category()) + "完成度");
            html.append("</div>");
        }
        html.append("</section>");
    }

    private static void goals(StringBuilder html, List<BoardView.Goal> goals) {
        html.append("<section><h2>目标清单与任务实施进度</h2>");
        if (goals.isEmpty()) {
            html.append("<p class=\"empty\">本阶段的目标尚未公布。</p>");
        }
        for (BoardView.Goal g : goals) {
            html.append("<article class=\"goal\"><h3><span class=\"tag\">").append(text(CATEGORY_SHORT.get(g.category())))
                    .append("</span>").append(text(g.title())).append("</h3>");
            if (present(g.description())) {
                html.append("<p>").append(text(g.description())).append("</p>");
            }
            html.append("<p class=\"meta\">").append(text(GOAL_STATUSES.get(g.status())));
            if (present(g.targetText())) {
                html.append(" · 目标：").append(text(g.targetText()));
            }
            if (g.targetAmount() != null) {
                html.append(" · 目标值 ").append(amount(g.targetAmount())).append(unit(g.targetUnit()))
                        .append("，已完成 ").append(amount(g.achievedAmount())).append(unit(g.targetUnit()));
            }
            if (g.targetDate() != null) {
                html.append(" · ").append(date(g.targetDate())).append("前");
            }
            html.append("</p>");
            bar(html, g.completion(), "目标完成度");
            if (g.tasks().isEmpty()) {
                html.append("<p class=\"empty\">暂无任务。</p>");
            } else {
                html.append("<ul>");
                g.tasks().forEach(t -> task(html, t));
                html.append("</ul>");
            }
            html.append("</article>");
        }
        html.append("</section>");
    }

    private static void task(StringBuilder html, BoardView.Task t) {
        String state = t.overdue() ? "已逾期" : TASK_STATUSES.get(t.status());
        String css = t.overdue() ? "task overdue" : t.status() == TaskStatus.DONE ? "task done" : "task";
        html.append("<li class=\"").append(css).append("\"><div class=\"row\"><strong style=\"flex:1\">")
                .append(text(t.title())).append("</strong><span class=\"state\">").append(text(state))
                .append("</span></div><p class=\"meta\">");
        if (!t.owners().isEmpty()) {
            html.append("负责人：").append(t.owners().stream().map(BoardPage::text).collect(Collectors.joining("、")))
                    .append(" · ");
        }
        html.append(date(t.plannedStart())).append(" 至 ").append(date(t.dueDate()));
        if (t.weight() != 1) {
            html.append(" · 权重 ").append(t.weight());
        }
        html.append("</p>");
        bar(html, t.percent(), "任务进度");
        BoardView.Progress p = t.latestProgress();
        if (p != null) {
            html.append("<p class=\"meta\">最新进展 ").append(time(p.reportedAt())).append("</p>");
            if (present(p.note())) {
                html.append("<p class=\"note\">").append(text(p.note())).append("</p>");
            }
            photos(html, p.photos(), "进展照片");
        }
        html.append("</li>");
    }

    private static void checklist(StringBuilder html, BoardView.Checklist c) {
        html.append("<section><h2>“八有”阵地建设</h2><p>已确认 <strong>").append(c.confirmed()).append("</strong> / ")
                .append(c.total()).append(" 项<span class=\"muted\">（已提交 ").append(c.ticked())
                .append(" 项）</span></p>");
        bar(html, c.total() == 0 ? 0 : Math.round(100f * c.confirmed() / c.total()), "“八有”确认比例");
        html.append("</section>");
    }

    private static void highlights(StringBuilder html, List<BoardView.Highlight> highlights) {
        if (highlights.isEmpty()) {
            return;
        }
        html.append("<section><h2>亮点</h2><ul>");
        for (BoardView.Highlight h : highlights) {
            html.append("<li class=\"task\"><strong>").append(text(h.title())).append("</strong> <span class=\"muted\">")
                    .append(h.kind() == HighlightKind.STAGE_SUMMARY ? "阶段总结" : "进展").append(" · ")
                    .append(time(h.markedAt())).append("</span>");
            if (present(h.text())) {
                html.append("<p class=\"note\">").append(text(h.text())).append("</p>");
            }
            photos(html, h.photos(), "亮点照片");
            html.append("</li>");
        }
        html.append("</ul></section>");
    }

    /** Thumbnails, each a link to its original; the links are signed and relative to this server. */
    private static void photos(StringBuilder html, List<BoardView.Photo> photos, String alt) {
        if (photos.isEmpty()) {
            return;
        }
        html.append("<div class=\"photos\">");
        int n = 0;
        for (BoardView.Photo photo : photos) {
            n++;
            html.append("<a href=\"").append(text(photo.url())).append("\"><img src=\"")
                    .append(text(photo.thumbUrl() != null ? photo.thumbUrl() : photo.url()))
                    .append("\" alt=\"").append(alt).append(n).append("\" loading=\"lazy\"></a>");
        }
        html.append("</div>");
    }

    private static void bar(StringBuilder html, int percent, String label) {
        int p = Math.max(0, Math.min(100, percent));
        html.append("<div class=\"row\" role=\"progressbar\" aria-label=\"").append(text(label))
                .append("\" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-valuenow=\"").append(p)
                .append("\"><div class=\"bar\"><i style=\"width:").append(p).append("%\"></i></div><b>")
                .append(p).append("%</b></div>");
    }

    private static String text(String value) {
        return value == null ? "" : htmlEscape(value, StandardCharsets.UTF_8.name());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String amount(BigDecimal value) {
        return value == null ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static String unit(String unit) {
        return present(unit) ? text(unit) : "";
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }

    private static String time(OffsetDateTime time) {
        return time == null ? "" : time.format(TIME);
    }
}
