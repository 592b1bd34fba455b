package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** One status change of an application: who, when, why. */
@TableName("application_history")
class ApplicationHistory {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long applicationId;
    private ApplicationStatus fromStatus;
    private ApplicationStatus toStatus;
    private ActorType actorType;
    private Long actorId;
    private String comment;
    private Instant createdAt;

    /** A change the applicant made (create, submit, withdraw); members give no comment. */
    static ApplicationHistory byMember(long applicationId, ApplicationStatus from, ApplicationStatus to,
                                       long userId) {
        return of(applicationId, from, to, ActorType.MEMBER, userId, null);
    }

    /** A decision of the bureau, with the reviewer's comment. */
    static ApplicationHistory byAdmin(long applicationId, ApplicationStatus from, ApplicationStatus to, long adminId,
                                      String comment) {
        return of(applicationId, from, to, ActorType.ADMIN, adminId, comment);
    }

    private static ApplicationHistory of(long applicationId, ApplicationStatus from, ApplicationStatus to,
                                         ActorType actorType, long actorId, String comment) {
        ApplicationHistory entry = new ApplicationHistory();
        entry.setApplicationId(applicationId);
        entry.setFromStatus(from);
        entry.setToStatus(to);
        entry.setActorType(actorType);
        entry.setActorId(actorId);
        entry.setComment(comment);
        return entry;
    }

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getApplicationId() {
        return applicationId;
    }

    void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    ApplicationStatus getFromStatus() {
        return fromStatus;
    }

    void setFromStatus(ApplicationStatus fromStatus) {
        this.fromStatus = fromStatus;
    }

    ApplicationStatus getToStatus() {
        return toStatus;
    }

    void setToStatus(ApplicationStatus toStatus) {
        this.toStatus = toStatus;
    }

    ActorType getActorType() {
        return actorType;
    }

    void setActorType(ActorType actorType) {
        this.actorType = actorType;
    }

    Long getActorId() {
        return actorId;
    }

    void setActorId(Long actorId) {
        this.actorId = actorId;
    }

    String getComment() {
        return comment;
    }

    void setComment(String comment) {
        this.comment = comment;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
