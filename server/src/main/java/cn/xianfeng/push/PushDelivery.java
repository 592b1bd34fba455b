package cn.xianfeng.push;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** One subscribe message to one member: a row of the outbox (see V017). */
@TableName("push_delivery")
class PushDelivery {

    @TableId(type = IdType.AUTO)
    private Long id;
    private PushScene scene;
    private String refId;
    private Long userId;
    private String templateId;
    private String page;
    private String data;
    private DeliveryStatus status;
    private Integer attempts;
    private Integer claims;
    private Instant nextAttemptAt;
    private String claimToken;
    private Instant claimedAt;
    private Integer lastErrcode;
    private Instant sentAt;
    private Instant createdAt;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    PushScene getScene() {
        return scene;
    }

    void setScene(PushScene scene) {
        this.scene = scene;
    }

    String getRefId() {
        return refId;
    }

    void setRefId(String refId) {
        this.refId = refId;
    }

    Long getUserId() {
        return userId;
    }

    void setUserId(Long userId) {
        this.userId = userId;
    }

    String getTemplateId() {
        return templateId;
    }

    void setTemplateId(String templateId) {
        this.templateId = templateId;
    }

    String getPage() {
        return page;
    }

    void setPage(String page) {
        this.page = page;
    }

    String getData() {
        return data;
    }

    void setData(String data) {
        this.data = data;
    }

    DeliveryStatus getStatus() {
        return status;
    }

    void setStatus(DeliveryStatus status) {
        this.status = status;
    }

    Integer getAttempts() {
        return attempts;
    }

    void setAttempts(Integer attempts) {
        this.attempts = attempts;
    }

    Integer getClaims() {
        return claims;
    }

    void setClaims(Integer claims) {
        this.claims = claims;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    void setNextAttemptAt(Instant nextAttemptAt) {
        this.nextAttemptAt = nextAttemptAt;
    }

    String getClaimToken() {
        return claimToken;
    }

    void setClaimToken(String claimToken) {
        this.claimToken = claimToken;
    }

    Instant getClaimedAt() {
        return claimedAt;
    }

    void setClaimedAt(Instant claimedAt) {
        this.claimedAt = claimedAt;
    }

    Integer getLastErrcode() {
        return lastErrcode;
    }

    void setLastErrcode(Integer lastErrcode) {
        this.lastErrcode = lastErrcode;
    }

    Instant getSentAt() {
        return sentAt;
    }

    void setSentAt(Instant sentAt) {
        this.sentAt = sentAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
