package cn.xianfeng.cobuild;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.auth.MemberDirectory;
import cn.xianfeng.auth.MemberInfo;
import cn.xianfeng.cobuild.RectificationView.Person;
import cn.xianfeng.cobuild.RectificationView.Report;
import cn.xianfeng.cobuild.RectificationView.Review;
import cn.xianfeng.media.MediaLinks;
import cn.xianfeng.shared.web.ApiTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Assembles rectification views from the row, its photos and the names of who reported and reviewed. */
@Component
class RectificationViews {

    private final RectificationPhotoMapper photos;
    private final RectificationPhotos media;
    private final MemberDirectory members;
    private final AdminAccess admins;

    RectificationViews(RectificationPhotoMapper photos, RectificationPhotos media, MemberDirectory members,
                       AdminAccess admins) {
        this.photos = photos;
        this.media = media;
        this.members = members;
        this.admins = admins;
    }

    /** As a member sees it: who reviewed by name only (the bureau's admin ids are the bureau's). */
    RectificationView memberView(Rectification r, String cobuildingName, boolean canSubmit) {
        return view(r, cobuildingName, canSubmit, false);
    }

    RectificationView bureauView(Rectification r, String cobuildingName) {
        return view(r, cobuildingName, false, true);
    }

    private RectificationView view(Rectification r, String cobuildingName, boolean canSubmit, boolean bureau) {
        return new RectificationView(String.valueOf(r.getId()), String.valueOf(r.getCobuildingId()), cobuildingName,
                r.getOccasion(), r.getOrderNote(), ApiTime.of(r.getOrderedAt()), r.getDeadline(), r.getStatus(),
                r.getOverdueAt() != null, ApiTime.of(r.getOverdueAt()), report(r), review(r, bureau), canSubmit);
    }

    private Report report(Rectification r) {
        if (r.getSubmittedAt() == null) {
            return null;
        }
        List<Long> ids = photoIds(r.getId());
        Map<Long, MediaLinks> links = media.links(ids);
        List<MediaLinks> shown = ids.stream().map(links::get).filter(Objects::nonNull).toList();
        MemberInfo who = members.findAll(List.of(r.getSubmittedBy())).get(r.getSubmittedBy());
        return new Report(r.getReportText(), shown, new Person(String.valueOf(r.getSubmittedBy()),
                who == null ? "成员" + r.getSubmittedBy() : who.displayName()), ApiTime.of(r.getSubmittedAt()));
    }

    private Review review(Rectification r, boolean bureau) {
        if (r.getStatus().open() || r.getReviewedBy() == null) {
            return null;
        }
        String name = admins.displayName(r.getReviewedBy()).orElse("局管理员");
        return new Review(r.getStatus() == RectificationStatus.PASSED, r.getReviewComment(),
                new Person(bureau ? String.valueOf(r.getReviewedBy()) : null, name), ApiTime.of(r.getReviewedAt()));
    }

    List<Long> photoIds(long rectificationId) {
        return photos.listByRectification(rectificationId).stream().map(RectificationPhoto::getMediaId).toList();
    }
}
