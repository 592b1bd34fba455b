package cn.xianfeng.chat;

/** Someone who writes or reads conversations: a member (user id) or a bureau admin (admin id). */
record Participant(SenderType type, long id) {

    /** A member reading someone else's message: user ids start at 1, so this one wrote nothing. */
    static final Participant OTHER_MEMBER = new Participant(SenderType.MEMBER, 0);

    static Participant member(long userId) {
        return new Participant(SenderType.MEMBER, userId);
    }

    static Participant admin(long adminId) {
        return new Participant(SenderType.ADMIN, adminId);
    }

    boolean wrote(ChatMessage message) {
        return message.getSenderType() == type && message.getSenderId() == id;
    }

    /** "A12" / "M34": how a participant appears in a direct conversation's key. */
    String key() {
        return (type == SenderType.ADMIN ? "A" : "M") + id;
    }
}
