package cn.xianfeng.chat;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** How far one reader has read a conversation. */
@TableName("conversation_read")
class ConversationRead {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long conversationId;
    private SenderType readerType;
    private Long readerId;
    private Long lastReadSeq;

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

    SenderType getReaderType() {
        return readerType;
    }

    void setReaderType(SenderType readerType) {
        this.readerType = readerType;
    }

    Long getReaderId() {
        return readerId;
    }

    void setReaderId(Long readerId) {
        this.readerId = readerId;
    }

    Long getLastReadSeq() {
        return lastReadSeq;
    }

    void setLastReadSeq(Long lastReadSeq) {
        this.lastReadSeq = lastReadSeq;
    }
}
