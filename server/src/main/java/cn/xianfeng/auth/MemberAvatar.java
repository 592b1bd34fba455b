package cn.xianfeng.auth;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** A member's avatar image as the server re-encoded it, served at {@code /api/avatars/{avatarKey}}. */
@TableName("member_avatar")
class MemberAvatar {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String avatarKey;
    private Long userId;
    private String contentType;
    private byte[] bytes;
    private Instant createdAt;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    String getAvatarKey() {
        return avatarKey;
    }

    void setAvatarKey(String avatarKey) {
        this.avatarKey = avatarKey;
    }

    Long getUserId() {
        return userId;
    }

    void setUserId(Long userId) {
        this.userId = userId;
    }

    String getContentType() {
        return contentType;
    }

    void setContentType(String contentType) {
        this.contentType = contentType;
    }

    byte[] getBytes() {
        return bytes;
    }

    void setBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
