package cn.xianfeng.auth;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** 成员 — a person who signed in through the mini-program, known to WeChat by an openid. */
@TableName("app_user")
class AppUser {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String openid;
    private String unionid;
    private String nickname;
    // A picture WeChat supplied; an avatar the member uploaded is avatarMediaId (see Avatars).
    private String avatarUrl;
    // Written only by AppUserMapper#setAvatarMedia, never by an updateById of a row read earlier.
    @TableField(updateStrategy = FieldStrategy.NEVER)
    private Long avatarMediaId;
    private String realName;
    private Instant lastLoginAt;
    private Instant createdAt;
    private Instant updatedAt;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    String getOpenid() {
        return openid;
    }

    void setOpenid(String openid) {
        this.openid = openid;
    }

    String getUnionid() {
        return unionid;
    }

    void setUnionid(String unionid) {
        this.unionid = unionid;
    }

    String getNickname() {
        return nickname;
    }

    void setNickname(String nickname) {
        this.nickname = nickname;
    }

    String getAvatarUrl() {
        return avatarUrl;
    }

    void setAvatarUrl(String avatarUrl) {
        this.avatarUrl = avatarUrl;
    }

    Long getAvatarMediaId() {
        return avatarMediaId;
    }

    void setAvatarMediaId(Long avatarMediaId) {
        this.avatarMediaId = avatarMediaId;
    }

    String getRealName() {
        return realName;
    }

    void setRealName(String realName) {
        this.realName = realName;
    }

    Instant getLastLoginAt() {
        return lastLoginAt;
    }

    void setLastLoginAt(Instant lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
