package cn.xianfeng.chat;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** One of the two people of a DIRECT conversation. */
@TableName("conversation_participant")
class ConversationParticipant {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long conversationId;
    private SenderType participantType;
    private Long participantId;

    static ConversationParticipant of(long conversationId, Participant participant) {
        ConversationParticipant row = new ConversationParticipant();
        row.conversationId = conversationId;
        row.participantType = participant.type();
        row.participantId = participant.id();
        return row;
    }

    Participant participant() {
        return new Participant(participantType, participantId);
    }

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

    SenderType getParticipantType() {
        return participantType;
    }

    void setParticipantType(SenderType participantType) {
        this.participantType = participantType;
    }

    Long getParticipantId() {
        return participantId;
    }

    void setParticipantId(Long participantId) {
        this.participantId = participantId;
    }
}
