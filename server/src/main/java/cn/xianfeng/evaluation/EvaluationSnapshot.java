package cn.xianfeng.evaluation;

/**
 * A co-building as it stood when the round was created: its measures (metrics, JSON) and key columns. Written once
 * by {@link SnapshotMapper#insertAll}, which has no update statement.
 */
class EvaluationSnapshot {

    private Long id;
    private Long roundId;
    private Long cobuildingId;
    private String name;
    private String status;
    private String leadUnitType;
    private Long bureauLiaisonId;
    private String metrics;

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

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    String getStatus() {
        return status;
    }

    void setStatus(String status) {
        this.status = status;
    }

    String getLeadUnitType() {
        return leadUnitType;
    }

    void setLeadUnitType(String leadUnitType) {
        this.leadUnitType = leadUnitType;
    }

    Long getBureauLiaisonId() {
        return bureauLiaisonId;
    }

    void setBureauLiaisonId(Long bureauLiaisonId) {
        this.bureauLiaisonId = bureauLiaisonId;
    }

    String getMetrics() {
        return metrics;
    }

    void setMetrics(String metrics) {
        this.metrics = metrics;
    }
}
