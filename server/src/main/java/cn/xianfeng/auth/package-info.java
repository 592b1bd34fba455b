/**
 * Members of the mini-program: WeChat login, bearer tokens, the member's own profile (its avatar an upload of the
 * media feature). Other features learn about a member through {@link cn.xianfeng.auth.MemberDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Member auth",
        allowedDependencies = {"admin", "media", "shared", "wechat"})
package cn.xianfeng.auth;
