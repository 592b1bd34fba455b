package cn.xianfeng.chat;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** One message of a conversation, numbered by its gapless {@code seq}. */
@TableName("message")
class ChatMessage {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long conversationId;
    private Long seq;
    private SenderType senderType;
    private Long senderId;
    private MessageType type;
    private String text;
    private CardType cardType;
    private String payload;
    // An IMAGE message's upload (a media id); its links are signed when it is read.
    private Long mediaId;
    // A card's payload is replaced in place as its source changes; the version orders those replacements. Written
    // only by ChatMessageMapper#updateCardPayload (with the payload), never by an updateById of a row read earlier.
    @TableField(updateStrategy = FieldStrategy.NEVER)
    private Long cardVersion;
    private String refType;
    private String refId;
    private String clientMsgId;
    private Boolean recalled;
    private RecalledBy recalledBy;
    private ContentCheck contentCheck;
    // Written only by PendingTextChecks' targeted updates, never by an updateById of a message read earlier.
    @TableField(updateStrategy = FieldStrategy.NEVER)
    private Integer checkAttempts;
    @TableField(updateStrategy = FieldStrategy.NEVER)
    private Instant checkDueAt;
    private Instant createdAt;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getConversationId() {
        return conversationId;
    }

    void setConversationId(Long conversationId) {
        this.conversationId = conversationId;
    }

    Long getSeq() {
        return seq;
    }

    void setSeq(Long seq) {
        this.seq = seq;
    }

    SenderType getSenderType() {
        return senderType;
    }

    void setSenderType(SenderType senderType) {
        this.senderType = senderType;
    }

    Long getSenderId() {
        return senderId;
    }

    void setSenderId(Long senderId) {
        this.senderId = senderId;
    }

    MessageType getType() {
        return type;
    }

    void setType(MessageType type) {
        this.type = type;
    }

    String getText() {
        return text;
    }

    void setText(String text) {
        this.text = text;
    }

    CardType getCardType() {
        return cardType;
    }

    void setCardType(CardType cardType) {
        this.cardType = cardType;
    }

    String getPayload() {
        return payload;
    }

    void setPayload(String payload) {
        this.payload = payload;
    }

    Long getMediaId() {
        return mediaId;
    }

    void setMediaId(Long mediaId) {
        this.mediaId = mediaId;
    }

    Long getCardVersion() {
        return cardVersion;
    }

    void setCardVersion(Long cardVersion) {
        this.cardVersion = cardVersion;
    }

    String getRefType() {
        return refType;
    }

    void setRefType(String refType) {
        this.refType = refType;
    }

    String getRefId() {
        return refId;
    }

    void setRefId(String refId) {
        this.refId = refId;
    }

    String getClientMsgId() {
        return clientMsgId;
    }

    void setClientMsgId(String clientMsgId) {
        this.clientMsgId = clientMsgId;
    }

    Boolean getRecalled() {
        return recalled;
    }

    void setRecalled(Boolean recalled) {
        this.recalled = recalled;
    }

    RecalledBy getRecalledBy() {
        return recalledBy;
    }

    void setRecalledBy(RecalledBy recalledBy) {
        this.recalledBy = recalledBy;
    }

    ContentCheck getContentCheck() {
        return contentCheck;
    }

    void setContentCheck(ContentCheck contentCheck) {
        this.contentCheck = contentCheck;
    }

    Integer getCheckAttempts() {
        return checkAttempts;
    }

    void setCheckAttempts(Integer checkAttempts) {
        this.checkAttempts = checkAttempts;
    }

    Instant getCheckDueAt() {
        return checkDueAt;
    }

    void setCheckDueAt(Instant checkDueAt) {
        this.checkDueAt = checkDueAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
