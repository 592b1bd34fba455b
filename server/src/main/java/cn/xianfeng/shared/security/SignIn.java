package cn.xianfeng.shared.security;

/**
 * One live sign-in, as something that holds on to it (an open socket) keeps it: the subject and the hash of its token,
 * never the token itself. Ask {@link TokenService#isLive} whether it still stands.
 */
public record SignIn(Audience audience, long subjectId, String tokenHash) {

    @Override
    public String toString() {
        return "SignIn[" + audience + " " + subjectId + "]";
    }
}
