package cn.xianfeng.evaluation;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import java.time.LocalDate;

/** The bureau's verdict on one co-building of a round, applied when the round closes. */
@TableName("evaluation_verdict")
class EvaluationVerdict {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long roundId;
    private Long cobuildingId;
    private Verdict verdict;
    private LocalDate deadline;
    private String note;
    private Long setBy;
    private Instant setAt;

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

    Long getCobuildingId() {
        return cobuildingId;
    }

    void setCobuildingId(Long cobuildingId) {
        this.cobuildingId = cobuildingId;
    }

    Verdict getVerdict() {
        return verdict;
    }

    void setVerdict(Verdict verdict) {
        this.verdict = verdict;
    }

    LocalDate getDeadline() {
        return deadline;
    }

    void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    String getNote() {
        return note;
    }

    void setNote(String note) {
        this.note = note;
    }

    Long getSetBy() {
        return setBy;
    }

    void setSetBy(Long setBy) {
        this.setBy = setBy;
    }

    Instant getSetAt() {
        return setAt;
    }

    void setSetAt(Instant setAt) {
        this.setAt = setAt;
    }
}
