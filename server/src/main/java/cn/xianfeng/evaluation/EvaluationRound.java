package cn.xianfeng.evaluation;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import java.time.YearMonth;

/** An evaluation round as stored; see {@link RoundStatus} for its life. */
@TableName("evaluation_round")
class EvaluationRound {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Integer year;
    private RoundTerm term;
    private String title;
    private RoundStatus status;
    private YearMonth periodFrom;
    private YearMonth periodTo;
    private Integer participants;
    private String clientId;
    private Long createdBy;
    private Long openedBy;
    private Instant openedAt;
    private Long closedBy;
    private Instant closedAt;
    private Instant createdAt;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Integer getYear() {
        return year;
    }

    void setYear(Integer year) {
        this.year = year;
    }

    RoundTerm getTerm() {
        return term;
    }

    void setTerm(RoundTerm term) {
        this.term = term;
    }

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    RoundStatus getStatus() {
        return status;
    }

    void setStatus(RoundStatus status) {
        this.status = status;
    }

    YearMonth getPeriodFrom() {
        return periodFrom;
    }

    void setPeriodFrom(YearMonth periodFrom) {
        this.periodFrom = periodFrom;
    }

    YearMonth getPeriodTo() {
        return periodTo;
    }

    void setPeriodTo(YearMonth periodTo) {
        this.periodTo = periodTo;
    }

    Integer getParticipants() {
        return participants;
    }

    void setParticipants(Integer participants) {
        this.participants = participants;
    }

    String getClientId() {
        return clientId;
    }

    void setClientId(String clientId) {
        this.clientId = clientId;
    }

    Long getCreatedBy() {
        return createdBy;
    }

    void setCreatedBy(Long createdBy) {
        this.createdBy = createdBy;
    }

    Long getOpenedBy() {
        return openedBy;
    }

    void setOpenedBy(Long openedBy) {
        this.openedBy = openedBy;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    void setOpenedAt(Instant openedAt) {
        this.openedAt = openedAt;
    }

    Long getClosedBy() {
        return closedBy;
    }

    void setClosedBy(Long closedBy) {
        this.closedBy = closedBy;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    void setClosedAt(Instant closedAt) {
        this.closedAt = closedAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
