package cn.xianfeng.auth;

/**
 * The profile fields one request changes, trimmed. For each: null leaves it as it is, "" clears it, anything else
 * sets it — what {@code PUT /api/mp/me} means by a field left out, an empty one and a filled one.
 */
record ProfileChange(String nickname, String avatarUrl, String realName) {

    static ProfileChange of(UpdateProfileRequest request) {
        return new ProfileChange(trim(request.nickname()), trim(request.avatarUrl()), trim(request.realName()));
    }

    boolean isEmpty() {
        return nickname == null && avatarUrl == null && realName == null;
    }

    /** The value to store for a field that is changed: "" becomes NULL. */
    static String stored(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String trim(String sent) {
        return sent == null ? null : sent.strip();
    }
}
