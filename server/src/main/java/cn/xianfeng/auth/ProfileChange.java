package cn.xianfeng.auth;

/**
 * The profile fields one request changes, trimmed. For each: null leaves it as it is, "" clears it, anything else
 * sets it — what {@code PATCH /api/mp/me} means by a field left out, an empty one and a filled one.
 */
record ProfileChange(String nickname, String avatarMediaId, String realName) {

    static ProfileChange of(UpdateProfileRequest request) {
        return new ProfileChange(trim(request.nickname()), trim(request.avatarMediaId()), trim(request.realName()));
    }

    boolean isEmpty() {
        return nickname == null && avatarMediaId == null && realName == null;
    }

    /** The avatar upload to set: null when the avatar is left as it is or cleared ({@link #changesAvatar} tells). */
    Long avatarMedia() {
        return avatarMediaId == null || avatarMediaId.isEmpty() ? null : Long.parseLong(avatarMediaId);
    }

    boolean changesAvatar() {
        return avatarMediaId != null;
    }

    /** The value to store for a field that is changed: "" becomes NULL. */
    static String stored(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String trim(String sent) {
        return sent == null ? null : sent.strip();
    }
}
