package cn.xianfeng.evaluation;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** One status change of a round: who moved it, when. */
@TableName("evaluation_round_history")
class RoundHistory {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long roundId;
    private RoundStatus fromStatus;
    private RoundStatus toStatus;
    private Long adminId;
    private Instant createdAt;

    static RoundHistory of(long roundId, RoundStatus from, RoundStatus to, long adminId) {
        RoundHistory h = new RoundHistory();
        h.setRoundId(roundId);
        h.setFromStatus(from);
        h.setToStatus(to);
        h.setAdminId(adminId);
        return h;
    }

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getRoundId() {
        return roundId;
    }

    void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    RoundStatus getFromStatus() {
        return fromStatus;
    }

    void setFromStatus(RoundStatus fromStatus) {
        this.fromStatus = fromStatus;
    }

    RoundStatus getToStatus() {
        return toStatus;
    }

    void setToStatus(RoundStatus toStatus) {
        this.toStatus = toStatus;
    }

    Long getAdminId() {
        return adminId;
    }

    void setAdminId(Long adminId) {
        this.adminId = adminId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
