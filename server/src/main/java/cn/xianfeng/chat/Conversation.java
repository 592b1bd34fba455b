package cn.xianfeng.chat;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** A conversation: a co-building's GROUP chat, or a DIRECT one between two people. */
@TableName("conversation")
class Conversation {

    @TableId(type = IdType.AUTO)
    private Long id;
    private ConversationType type;
    private Long cobuildingId;
    private String directKey;
    private String title;
    private Long maxSeq;
    private Instant lastMessageAt;
    private Instant createdAt;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    ConversationType getType() {
        return type;
    }

    void setType(ConversationType type) {
        this.type = type;
    }

    Long getCobuildingId() {
        return cobuildingId;
    }

    void setCobuildingId(Long cobuildingId) {
        this.cobuildingId = cobuildingId;
    }

    String getDirectKey() {
        return directKey;
    }

    void setDirectKey(String directKey) {
        this.directKey = directKey;
    }

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    Long getMaxSeq() {
        return maxSeq;
    }

    void setMaxSeq(Long maxSeq) {
        this.maxSeq = maxSeq;
    }

    Instant getLastMessageAt() {
        return lastMessageAt;
    }

    void setLastMessageAt(Instant lastMessageAt) {
        this.lastMessageAt = lastMessageAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
