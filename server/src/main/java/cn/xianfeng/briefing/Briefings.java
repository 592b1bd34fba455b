package cn.xianfeng.briefing;

import cn.xianfeng.media.MediaDirectory;
import cn.xianfeng.media.MediaLinks;
import cn.xianfeng.org.UnitType;
import cn.xianfeng.shared.web.ApiTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Reading briefings and making their views, for the member and the bureau side alike. */
@Component
class Briefings {

    private final BriefingMapper briefings;
    private final BriefingTargetMapper targets;
    private final BriefingAttachmentMapper attachments;
    private final BriefingAudienceMapper audience;
    private final MediaDirectory media;
    private final Clock clock;

    Briefings(BriefingMapper briefings, BriefingTargetMapper targets, BriefingAttachmentMapper attachments,
              BriefingAudienceMapper audience, MediaDirectory media, Clock clock) {
        this.briefings = briefings;
        this.targets = targets;
        this.attachments = attachments;
        this.audience = audience;
        this.media = media;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(now(), ApiTime.DISPLAY_ZONE);
    }

    Briefing require(long id) {
        Briefing b = briefings.selectById(id);
        if (b == null) {
            throw new BriefingExceptions.NotFound();
        }
        return b;
    }

    /** The published briefing if the member was in its audience; else 404, whether it exists or not. */
    Briefing requireVisible(long id, long userId) {
        Briefing b = briefings.selectById(id);
        if (b == null || b.getStatus() != BriefingStatus.PUBLISHED || audience.countByBriefingAndUser(id, userId) == 0) {
            throw new BriefingExceptions.NotFound();
        }
        return b;
    }

    boolean visible(long id, long userId) {
        Briefing b = briefings.selectById(id);
        return b != null && b.getStatus() == BriefingStatus.PUBLISHED
                && audience.countByBriefingAndUser(id, userId) > 0;
    }

    /** The co-buildings whose groups got the briefing's card (or, for a draft, the ones chosen). */
    List<Long> cobuildingIds(long briefingId) {
        return targets.listCobuildingIds(briefingId);
    }

    List<BriefingAttachment> attachmentRows(long briefingId) {
        return attachments.listByBriefing(briefingId);
    }

    List<BriefingAttachmentView> attachmentViews(long briefingId) {
        List<BriefingAttachment> rows = attachments.listByBriefing(briefingId);
        Map<Long, MediaLinks> links = media.linksOf(rows.stream().map(BriefingAttachment::getMediaId).toList());
        return rows.stream().filter(a -> links.containsKey(a.getMediaId())).map(a -> {
            MediaLinks link = links.get(a.getMediaId());
            return new BriefingAttachmentView(String.valueOf(a.getMediaId()), a.getName(), link.contentType(), null,
                    link.url());
        }).toList();
    }

    BriefingTargeting targeting(Briefing b) {
        return switch (b.getTargetScope()) {
            case ALL -> new BriefingTargeting(TargetScope.ALL, null, null);
            case COBUILDINGS -> new BriefingTargeting(TargetScope.COBUILDINGS,
                    targets.listCobuildingIds(b.getId()).stream().map(String::valueOf).toList(), null);
            case UNIT_TYPES -> new BriefingTargeting(TargetScope.UNIT_TYPES, null, unitTypes(b.getTargetUnitTypes()));
        };
    }

    static Set<UnitType> unitTypes(String stored) {
        if (stored == null || stored.isBlank()) {
            return EnumSet.noneOf(UnitType.class);
        }
        return Arrays.stream(stored.split(",")).map(UnitType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(UnitType.class)));
    }

    static String storedUnitTypes(Set<UnitType> types) {
        return types == null ? "" : EnumSet.copyOf(types).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    BriefingView memberView(Briefing b, boolean read, boolean intended) {
        return new BriefingView(String.valueOf(b.getId()), b.getVersion(), b.getCategory(), b.getTitle(),
                b.getSummary(), b.getBodyHtml(), attachmentViews(b.getId()), b.getApplyDeadline(),
                ApiTime.of(b.getPublishedAt()), ApiTime.of(b.getCorrectedAt()), b.getChangeNote(), read, intended);
    }

    AdminBriefingView adminView(Briefing b) {
        return new AdminBriefingView(String.valueOf(b.getId()), b.getStatus(), b.getVersion(), b.getCategory(),
                b.getTitle(), b.getSummary(), b.getBodyMarkdown(), b.getBodyHtml(), attachmentViews(b.getId()),
                b.getApplyDeadline(), targeting(b), ApiTime.of(b.getPublishedAt()), ApiTime.of(b.getCorrectedAt()),
                b.getChangeNote(), ApiTime.of(b.getUnpublishedAt()), b.getRemindCount(), ApiTime.of(b.getCreatedAt()),
                ApiTime.of(b.getUpdatedAt()));
    }

    static AdminBriefingSummary adminSummary(Briefing b) {
        return new AdminBriefingSummary(String.valueOf(b.getId()), b.getStatus(), b.getVersion(), b.getCategory(),
                b.getTitle(), b.getApplyDeadline(), b.getTargetScope(), ApiTime.of(b.getPublishedAt()),
                ApiTime.of(b.getUpdatedAt()));
    }

    static BriefingInfo info(Briefing b) {
        return new BriefingInfo(b.getId(), b.getVersion(), b.getCategory(), b.getTitle(), b.getSummary(),
                b.getBodyText(), b.getApplyDeadline(), b.getPublishedAt());
    }
}
