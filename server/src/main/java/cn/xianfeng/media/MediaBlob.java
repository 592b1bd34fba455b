package cn.xianfeng.media;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** One stored original (and its thumbnail), named by the SHA-256 of the stored bytes. */
@TableName("media_blob")
class MediaBlob {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String sha256;
    private String contentType;
    private Long sizeBytes;
    private Integer width;
    private Integer height;
    private Boolean hasThumb;
    private Instant createdAt;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    String getSha256() {
        return sha256;
    }

    void setSha256(String sha256) {
        this.sha256 = sha256;
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

    Boolean getHasThumb() {
        return hasThumb;
    }

    void setHasThumb(Boolean hasThumb) {
        this.hasThumb = hasThumb;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
