package cn.xianfeng.media;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** One upload of one person for one purpose; its bytes are a {@link MediaBlob}. */
@TableName("media")
class Media {

    @TableId(type = IdType.AUTO)
    private Long id;
    private MediaUploaderType uploaderType;
    private Long uploaderId;
    private MediaPurpose purpose;
    private Long blobId;
    private String contentType;
    private Long sizeBytes;
    private Integer width;
    private Integer height;
    private Instant capturedAt;
    private MediaCheckStatus checkStatus;
    private String checkTraceId;
    private Integer checkAttempts;
    private Instant nextCheckAt;
    private Boolean hidden;
    private Boolean attached;
    private Instant orphanSince;
    private Instant createdAt;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    MediaUploaderType getUploaderType() {
        return uploaderType;
    }

    void setUploaderType(MediaUploaderType uploaderType) {
        this.uploaderType = uploaderType;
    }

    Long getUploaderId() {
        return uploaderId;
    }

    void setUploaderId(Long uploaderId) {
        this.uploaderId = uploaderId;
    }

    MediaPurpose getPurpose() {
        return purpose;
    }

    void setPurpose(MediaPurpose purpose) {
        this.purpose = purpose;
    }

    Long getBlobId() {
        return blobId;
    }

    void setBlobId(Long blobId) {
        this.blobId = blobId;
    }

    String getContentType() {
        return contentType;
    }

    void setContentType(String contentType) {
        this.contentType = contentType;
    }

    Long getSizeBytes() {
        return sizeBytes;
    }

    void setSizeBytes(Long sizeBytes) {
        this.sizeBytes = sizeBytes;
    }

    Integer getWidth() {
        return width;
    }

    void setWidth(Integer width) {
        this.width = width;
    }

    Integer getHeight() {
        return height;
    }

    void setHeight(Integer height) {
        this.height = height;
    }

    Instant getCapturedAt() {
        return capturedAt;
    }

    void setCapturedAt(Instant capturedAt) {
        this.capturedAt = capturedAt;
    }

    MediaCheckStatus getCheckStatus() {
        return checkStatus;
    }

    void setCheckStatus(MediaCheckStatus checkStatus) {
        this.checkStatus = checkStatus;
    }

    String getCheckTraceId() {
        return checkTraceId;
    }

    void setCheckTraceId(String checkTraceId) {
        this.checkTraceId = checkTraceId;
    }

    Integer getCheckAttempts() {
        return checkAttempts;
    }

    void setCheckAttempts(Integer checkAttempts) {
        this.checkAttempts = checkAttempts;
    }

    Instant getNextCheckAt() {
        return nextCheckAt;
    }

    void setNextCheckAt(Instant nextCheckAt) {
        this.nextCheckAt = nextCheckAt;
    }

    Boolean getHidden() {
        return hidden;
    }

    void setHidden(Boolean hidden) {
        this.hidden = hidden;
    }

    Boolean getAttached() {
        return attached;
    }

    void setAttached(Boolean attached) {
        this.attached = attached;
    }

    Instant getOrphanSince() {
        return orphanSince;
    }

    void setOrphanSince(Instant orphanSince) {
        this.orphanSince = orphanSince;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
