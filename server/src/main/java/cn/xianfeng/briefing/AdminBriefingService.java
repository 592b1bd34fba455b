package cn.xianfeng.briefing;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.admin.AuditLog;
import cn.xianfeng.admin.Permission;
import cn.xianfeng.auth.MemberDirectory;
import cn.xianfeng.auth.MemberInfo;
import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.cobuild.CobuildingInfo;
import cn.xianfeng.media.MediaDirectory;
import cn.xianfeng.media.MediaInfo;
import cn.xianfeng.media.MediaPurpose;
import cn.xianfeng.media.MediaUploaderType;
import cn.xianfeng.media.MediaUsed;
import cn.xianfeng.push.PushDirectory;
import cn.xianfeng.push.PushRequested;
import cn.xianfeng.push.PushScene;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.ApiTime;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Briefings for the bureau: write drafts, publish them to their audience (resolved once, at publishing), correct
 * and withdraw them, and follow their reach. Writes need MANAGE_BRIEFINGS, reads READ_BRIEFINGS; every write is in
 * the audit log, and its events (chat's cards, push's deliveries) are published inside its transaction.
 */
@Service
class AdminBriefingService {

    private static final String PDF = "application/pdf";

    private final Briefings reads;
    private final BriefingMapper briefings;
    private final BriefingTargetMapper targets;
    private final BriefingAttachmentMapper attachments;
    private final BriefingVersionMapper versions;
    private final BriefingAudienceMapper audience;
    private final BriefingBodies bodies;
    private final CobuildingDirectory cobuildings;
    private final MemberDirectory members;
    private final MediaDirectory media;
    private final PushDirectory push;
    private final AdminAccess access;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    AdminBriefingService(Briefings reads, BriefingMapper briefings, BriefingTargetMapper targets,
                         BriefingAttachmentMapper attachments, BriefingVersionMapper versions,
                         BriefingAudienceMapper audience, BriefingBodies bodies,
                         CobuildingDirectory cobuildings, MemberDirectory members, MediaDirectory media,
                         PushDirectory push, AdminAccess access, AuditLog auditLog,
                         ApplicationEventPublisher events) {
        this.reads = reads;
        this.briefings = briefings;
        this.targets = targets;
        this.attachments = attachments;
        this.versions = versions;
        this.audience = audience;
        this.bodies = bodies;
        this.cobuildings = cobuildings;
        this.members = members;
        this.media = media;
        this.push = push;
        this.access = access;
        this.auditLog = auditLog;
        this.events = events;
    }

    @Transactional
    AdminBriefingView create(AdminCaller caller, CreateBriefingRequest request) {
        access.require(caller, Permission.MANAGE_BRIEFINGS);
        List<Long> chosen = checkTargeting(request.targeting());
        List<AttachmentRequest> files = request.attachments() == null ? List.of() : request.attachments();
        checkAttachments(files);
        Briefing b = new Briefing();
        b.setTitle(request.title().strip());
        b.setCategory(request.category());
        b.setSummary(request.summary().strip());
        setBody(b, request.body());
        b.setApplyDeadline(request.applyDeadline());
        b.setTargetScope(request.targeting().scope());
        b.setTargetUnitTypes(Briefings.storedUnitTypes(request.targeting().unitTypes()));
        b.setStatus(BriefingStatus.DRAFT);
        b.setVersion(0);
        b.setRemindCount(0);
        b.setCreatedBy(caller.adminId());
        briefings.insert(b);
        replaceTargets(b.getId(), chosen);
        replaceAttachments(b.getId(), files);
        auditLog.record(caller, "briefing.create", "briefing", b.getId(), b.getTitle());
        return reads.adminView(reads.require(b.getId()));
    }

    PageResponse<AdminBriefingSummary> list(AdminCaller caller, BriefingStatus status, BriefingCategory category,
                                            String q, PageQuery paging) {
        access.require(caller, Permission.READ_BRIEFINGS);
        return PageResponse.of(briefings.pageForAdmin(status, category, q, paging.toPage()),
                Briefings::adminSummary);
    }

    AdminBriefingView view(AdminCaller caller, long id) {
        access.require(caller, Permission.READ_BRIEFINGS);
        return reads.adminView(reads.require(id));
    }

    /** As a member will see it (not read, not intended), whatever its status. */
    BriefingView preview(AdminCaller caller, long id) {
        access.require(caller, Permission.READ_BRIEFINGS);
        return reads.memberView(reads.require(id), false, false);
    }

    @Transactional
    AdminBriefingView update(AdminCaller caller, long id, UpdateBriefingRequest request) {
        access.require(caller, Permission.MANAGE_BRIEFINGS);
        Briefing b = lock(id);
        if (b.getStatus() != BriefingStatus.DRAFT) {
            throw new BriefingExceptions.NotDraft();
        }
        List<String> changed = new ArrayList<>();
        applyContent(b, request.title(), request.category(), request.summary(), request.body(),
                request.applyDeadline(), request.clearApplyDeadline(), changed);
        if (request.targeting() != null) {
            List<Long> chosen = checkTargeting(request.targeting());
            b.setTargetScope(request.targeting().scope());
            b.setTargetUnitTypes(Briefings.storedUnitTypes(request.targeting().unitTypes()));
            replaceTargets(id, chosen);
            changed.add("targeting");
        }
        if (request.attachments() != null) {
            checkAttachments(request.attachments());
            replaceAttachments(id, request.attachments());
            changed.add("attachments");
        }
        briefings.updateDraft(b);
        auditLog.record(caller, "briefing.update", "briefing", id, String.join(",", changed));
        return reads.adminView(reads.require(id));
    }

    /**
     * Publishes a draft to the active members its targeting reaches now: they become its audience (the people who
     * may read it, and whom the funnel counts), its card goes to the groups of their co-buildings and a subscribe
     * message is asked for each of them.
     */
    @Transactional
    AdminBriefingView publish(AdminCaller caller, long id) {
        access.require(caller, Permission.MANAGE_BRIEFINGS);
        Briefing b = lock(id);
        if (b.getStatus() != BriefingStatus.DRAFT) {
            throw new BriefingExceptions.NotDraft();
        }
        Map<Long, Long> people = switch (b.getTargetScope()) {
            case ALL -> cobuildings.activeMembersOfOpenCobuildings();
            case COBUILDINGS -> cobuildings.activeMembersOf(targets.listCobuildingIds(id));
            case UNIT_TYPES -> cobuildings.activeMembersInUnitsOfTypes(Briefings.unitTypes(b.getTargetUnitTypes()));
        };
        audience.insertInChunks(people.entrySet().stream()
                .map(e -> BriefingAudience.of(id, e.getKey(), e.getValue())).toList());
        // The groups that get the card: the chosen co-buildings, or for the other scopes those through which the
        // audience was reached (recorded as targets, so corrections and withdrawal reach the same groups).
        List<Long> groups = b.getTargetScope() == TargetScope.COBUILDINGS
                ? cobuildings.findAll(targets.listCobuildingIds(id)).values().stream()
                        .filter(c -> !c.status().closed()).map(CobuildingInfo::id).sorted().toList()
                : people.values().stream().distinct().sorted().toList();
        if (b.getTargetScope() != TargetScope.COBUILDINGS) {
            replaceTargets(id, groups);
        }
        Instant now = reads.now();
        briefings.markPublished(id, now);
        b.setVersion(1);
        b.setPublishedAt(now);
        saveVersion(b, caller.adminId(), now);
        events.publishEvent(new BriefingPublished(id, 1, groups));
        List<Long> userIds = List.copyOf(people.keySet());
        if (!userIds.isEmpty()) {
            events.publishEvent(new PushRequested(PushScene.BRIEFING_PUBLISHED, "briefing:" + id, userIds,
                    pushValues(b), "id=" + id));
        }
        auditLog.record(caller, "briefing.publish", "briefing", id, "受众 " + userIds.size() + " 人");
        return reads.adminView(reads.require(id));
    }

    /** A correction after publishing: a new version (the earlier ones are kept), with a note members see in chat. */
    @Transactional
    AdminBriefingView correct(AdminCaller caller, long id, CorrectBriefingRequest request) {
        access.require(caller, Permission.MANAGE_BRIEFINGS);
        Briefing b = lock(id);
        if (b.getStatus() != BriefingStatus.PUBLISHED) {
            throw new BriefingExceptions.NotPublished();
        }
        List<String> changed = new ArrayList<>();
        applyContent(b, request.title(), request.category(), request.summary(), request.body(),
                request.applyDeadline(), request.clearApplyDeadline(), changed);
        if (request.attachments() != null) {
            checkAttachments(request.attachments());
            replaceAttachments(id, request.attachments());
        }
        Instant now = reads.now();
        b.setVersion(b.getVersion() + 1);
        b.setChangeNote(request.changeNote().strip());
        briefings.correct(b, now);
        saveVersion(b, caller.adminId(), now);
        events.publishEvent(new BriefingCorrected(id, b.getVersion(), reads.cobuildingIds(id), b.getChangeNote()));
        auditLog.record(caller, "briefing.correct", "briefing", id, "v" + b.getVersion() + "：" + b.getChangeNote());
        return reads.adminView(reads.require(id));
    }

    /** Withdraws a published briefing: members no longer find it; its card says it was withdrawn. */
    @Transactional
    AdminBriefingView unpublish(AdminCaller caller, long id) {
        access.require(caller, Permission.MANAGE_BRIEFINGS);
        Briefing b = lock(id);
        if (b.getStatus() != BriefingStatus.PUBLISHED) {
            throw new BriefingExceptions.NotPublished();
        }
        briefings.markUnpublished(id, reads.now());
        events.publishEvent(new BriefingUnpublished(id, reads.cobuildingIds(id)));
        auditLog.record(caller, "briefing.unpublish", "briefing", id, b.getTitle());
        return reads.adminView(reads.require(id));
    }

    List<BriefingVersionView> versions(AdminCaller caller, long id) {
        access.require(caller, Permission.READ_BRIEFINGS);
        reads.require(id);
        List<BriefingVersion> rows = versions.listByBriefing(id);
        Map<Long, String> names = access.displayNames(rows.stream().map(BriefingVersion::getPublishedBy).toList());
        return rows.stream().map(v -> new BriefingVersionView(v.getVersion(), v.getCategory(), v.getTitle(),
                v.getSummary(), v.getBodyMarkdown(), v.getBodyHtml(), v.getApplyDeadline(),
                v.getAttachmentMediaIds().isEmpty() ? List.of() : List.of(v.getAttachmentMediaIds().split(",")),
                v.getChangeNote(), names.get(v.getPublishedBy()), ApiTime.of(v.getPublishedAt()))).toList();
    }

    /**
     * Targeted, delivered, read and intending, overall and per co-building. Delivered: the audience members a
     * subscribe message about it (at publishing or a reminder) reached, as push recorded it.
     */
    BriefingFunnel funnel(AdminCaller caller, long id) {
        access.require(caller, Permission.READ_BRIEFINGS);
        reads.require(id);
        List<Map<String, Object>> rows = audience.reachByCobuilding(id);
        Map<Long, CobuildingInfo> names = cobuildings.findAll(rows.stream()
                .map(r -> ((Number) r.get("cobuildingId")).longValue()).toList());
        int targeted = 0;
        int read = 0;
        int intended = 0;
        List<CobuildingReach> byCobuilding = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            long cobuildingId = ((Number) row.get("cobuildingId")).longValue();
            int t = ((Number) row.get("targeted")).intValue();
            int r = ((Number) row.get("readers")).intValue();
            int i = ((Number) row.get("intending")).intValue();
            targeted += t;
            read += r;
            intended += i;
            CobuildingInfo c = names.get(cobuildingId);
            byCobuilding.add(new CobuildingReach(String.valueOf(cobuildingId), c == null ? null : c.name(), t, r,
                    rate(r, t), i));
        }
        int delivered = targeted == 0 ? 0
                : push.sentTo(PushScene.BRIEFING_PUBLISHED, "briefing:" + id, audience.listUserIds(id)).size();
        return new BriefingFunnel(targeted, delivered, read, rate(read, targeted), intended, byCobuilding);
    }

    PageResponse<UnreadMember> unread(AdminCaller caller, long id, PageQuery paging) {
        access.require(caller, Permission.READ_BRIEFINGS);
        reads.require(id);
        Page<BriefingAudience> page = audience.pageUnread(id, paging.toPage());
        List<BriefingAudience> rows = page.getRecords();
        Map<Long, MemberInfo> people = members.findAll(rows.stream().map(BriefingAudience::getUserId).toList());
        Map<Long, CobuildingInfo> groups = cobuildings.findAll(rows.stream().map(BriefingAudience::getCobuildingId)
                .distinct().toList());
        return PageResponse.all(page, rows.stream().map(a -> {
            MemberInfo m = people.get(a.getUserId());
            CobuildingInfo c = groups.get(a.getCobuildingId());
            return new UnreadMember(String.valueOf(a.getUserId()), m == null ? null : m.displayName(),
                    String.valueOf(a.getCobuildingId()), c == null ? null : c.name());
        }).toList());
    }

    /**
     * Asks push for one more subscribe message to everyone in the audience who has not opened the briefing; each
     * reminder is numbered, so it is a delivery of its own (within each person's quota) and never sent twice.
     */
    @Transactional
    RemindResult remindUnread(AdminCaller caller, long id) {
        access.require(caller, Permission.MANAGE_BRIEFINGS);
        Briefing b = lock(id);
        if (b.getStatus() != BriefingStatus.PUBLISHED) {
            throw new BriefingExceptions.NotPublished();
        }
        List<Long> unread = audience.listUnreadUserIds(id);
        if (unread.isEmpty()) {
            throw new BriefingExceptions.NothingToRemind();
        }
        int reminder = b.getRemindCount() + 1;
        briefings.setRemindCount(id, reminder);
        events.publishEvent(new PushRequested(PushScene.BRIEFING_PUBLISHED, "briefing:" + id + ":remind:" + reminder,
                unread, pushValues(b), "id=" + id));
        auditLog.record(caller, "briefing.remind", "briefing", id, "第 " + reminder + " 次提醒，" + unread.size() + " 人");
        return new RemindResult(reminder, unread.size());
    }

    private Briefing lock(long id) {
        Briefing b = briefings.lockById(id);
        if (b == null) {
            throw new BriefingExceptions.NotFound();
        }
        return b;
    }

    private void applyContent(Briefing b, String title, BriefingCategory category, String summary, String body,
                              LocalDate applyDeadline, Boolean clearApplyDeadline, List<String> changed) {
        if (title != null) {
            b.setTitle(title.strip());
            changed.add("title");
        }
        if (category != null) {
            b.setCategory(category);
            changed.add("category");
        }
        if (summary != null) {
            b.setSummary(summary.strip());
            changed.add("summary");
        }
        if (body != null) {
            setBody(b, body);
            changed.add("body");
        }
        if (Boolean.TRUE.equals(clearApplyDeadline)) {
            b.setApplyDeadline(null);
            changed.add("applyDeadline");
        } else if (applyDeadline != null) {
            b.setApplyDeadline(applyDeadline);
            changed.add("applyDeadline");
        }
    }

    private void setBody(Briefing b, String markdown) {
        BriefingBodies.Rendered rendered = bodies.render(markdown);
        b.setBodyMarkdown(markdown);
        b.setBodyHtml(rendered.html());
        b.setBodyText(rendered.text());
    }

    /** The chosen co-buildings (empty for the other scopes); 422 when the targeting cannot reach anyone. */
    private List<Long> checkTargeting(BriefingTargeting targeting) {
        return switch (targeting.scope()) {
            case ALL -> List.of();
            case UNIT_TYPES -> {
                if (targeting.unitTypes() == null || targeting.unitTypes().isEmpty()) {
                    throw new BriefingExceptions.TargetingInvalid("targeting.unitTypes", "请选择单位类型");
                }
                yield List.of();
            }
            case COBUILDINGS -> {
                if (targeting.cobuildingIds() == null || targeting.cobuildingIds().isEmpty()) {
                    throw new BriefingExceptions.TargetingInvalid("targeting.cobuildingIds", "请选择先锋号");
                }
                List<Long> ids;
                try {
                    ids = targeting.cobuildingIds().stream().map(Long::valueOf).distinct().sorted().toList();
                } catch (NumberFormatException | NullPointerException e) {
                    throw new BriefingExceptions.TargetingInvalid("targeting.cobuildingIds", "先锋号编号不正确");
                }
                Map<Long, CobuildingInfo> found = cobuildings.findAll(ids);
                if (found.size() != ids.size() || found.values().stream().anyMatch(c -> c.status().closed())) {
                    throw new BriefingExceptions.TargetingInvalid("targeting.cobuildingIds",
                            "有先锋号不存在或已退出、摘牌");
                }
                yield ids;
            }
        };
    }

    /** Each must be a PDF an admin uploaded as an ATTACHMENT, and not hidden. */
    private void checkAttachments(List<AttachmentRequest> files) {
        List<Long> ids = files.stream().map(f -> Long.valueOf(f.mediaId())).toList();
        if (ids.stream().distinct().count() != ids.size()) {
            throw new BriefingExceptions.AttachmentInvalid("附件重复");
        }
        Map<Long, MediaInfo> found = media.findAll(ids);
        for (Long mediaId : ids) {
            MediaInfo m = found.get(mediaId);
            if (m == null || m.uploader().type() != MediaUploaderType.ADMIN || m.purpose() != MediaPurpose.ATTACHMENT
                    || !PDF.equals(m.contentType()) || m.hidden()) {
                throw new BriefingExceptions.AttachmentInvalid("附件须为管理端上传的 PDF 文件");
            }
        }
    }

    private void replaceTargets(long briefingId, List<Long> cobuildingIds) {
        targets.deleteByBriefing(briefingId);
        for (Long cobuildingId : cobuildingIds) {
            BriefingTarget t = new BriefingTarget();
            t.setBriefingId(briefingId);
            t.setCobuildingId(cobuildingId);
            targets.insert(t);
        }
    }

    private void replaceAttachments(long briefingId, List<AttachmentRequest> files) {
        attachments.deleteByBriefing(briefingId);
        int position = 0;
        for (AttachmentRequest f : files) {
            BriefingAttachment a = new BriefingAttachment();
            a.setBriefingId(briefingId);
            a.setMediaId(Long.valueOf(f.mediaId()));
            a.setName(f.name().strip());
            a.setPosition(position++);
            attachments.insert(a);
        }
        if (!files.isEmpty()) {
            events.publishEvent(new MediaUsed(files.stream().map(f -> Long.valueOf(f.mediaId())).toList(), "briefing",
                    String.valueOf(briefingId)));
        }
    }

    private void saveVersion(Briefing b, long adminId, Instant at) {
        BriefingVersion v = new BriefingVersion();
        v.setBriefingId(b.getId());
        v.setVersion(b.getVersion());
        v.setTitle(b.getTitle());
        v.setCategory(b.getCategory());
        v.setSummary(b.getSummary());
        v.setBodyMarkdown(b.getBodyMarkdown());
        v.setBodyHtml(b.getBodyHtml());
        v.setApplyDeadline(b.getApplyDeadline());
        v.setAttachmentMediaIds(attachments.listByBriefing(b.getId()).stream()
                .map(a -> String.valueOf(a.getMediaId())).collect(Collectors.joining(",")));
        v.setChangeNote(b.getVersion() == 1 ? null : b.getChangeNote());
        v.setPublishedBy(adminId);
        v.setPublishedAt(at);
        versions.insert(v);
    }

    /**
     * The logical fields push maps onto the template: title, category, and the deadline when there is one (written
     * as WeChat's {@code time} fields take a date).
     */
    private static Map<String, String> pushValues(Briefing b) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", b.getTitle());
        values.put("category", b.getCategory().label());
        if (b.getApplyDeadline() != null) {
            LocalDate d = b.getApplyDeadline();
            values.put("deadline", d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日");
        }
        return values;
    }

    private static double rate(int part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 10000.0 / whole) / 10000.0;
    }
}
