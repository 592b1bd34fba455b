package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** One status change of a co-building: who, when, why. */
@TableName("cobuilding_history")
class CobuildingHistory {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long cobuildingId;
    private CobuildingStatus fromStatus;
    private CobuildingStatus toStatus;
    private ActorType actorType;
    private Long actorId;
    private PlaqueDecision decision;
    private String sourceRef;
    private String reason;
    private Instant createdAt;

    /** A change the bureau made, or one that follows from its change to an account ({@code from} null at birth). */
    static CobuildingHistory byAdmin(long cobuildingId, CobuildingStatus from, CobuildingStatus to, long adminId,
                                     String reason) {
        CobuildingHistory entry = new CobuildingHistory();
        entry.setCobuildingId(cobuildingId);
        entry.setFromStatus(from);
        entry.setToStatus(to);
        entry.setActorType(ActorType.ADMIN);
        entry.setActorId(adminId);
        entry.setReason(reason);
        return entry;
    }

    /** A plaque decision of the bureau; KEEP writes one with {@code from == to}. */
    static CobuildingHistory byDecision(long cobuildingId, CobuildingStatus from, CobuildingStatus to, long adminId,
                                        PlaqueDecision decision, String sourceRef, String reason) {
        CobuildingHistory entry = byAdmin(cobuildingId, from, to, adminId, reason);
        entry.setDecision(decision);
        entry.setSourceRef(sourceRef);
        return entry;
    }

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getCobuildingId() {
        return cobuildingId;
    }

    void setCobuildingId(Long cobuildingId) {
        this.cobuildingId = cobuildingId;
    }

    CobuildingStatus getFromStatus() {
        return fromStatus;
    }

    void setFromStatus(CobuildingStatus fromStatus) {
        this.fromStatus = fromStatus;
    }

    CobuildingStatus getToStatus() {
        return toStatus;
    }

    void setToStatus(CobuildingStatus toStatus) {
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

    PlaqueDecision getDecision() {
        return decision;
    }

    void setDecision(PlaqueDecision decision) {
        this.decision = decision;
    }

    String getSourceRef() {
        return sourceRef;
    }

    void setSourceRef(String sourceRef) {
        this.sourceRef = sourceRef;
    }

    String getReason() {
        return reason;
    }

    void setReason(String reason) {
        this.reason = reason;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
