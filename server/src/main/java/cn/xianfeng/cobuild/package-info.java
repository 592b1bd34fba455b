/**
 * The programme's spine: applications (申报), their review, co-buildings (先锋号), memberships and invitations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Co-building",
        allowedDependencies = {"admin", "auth", "org", "shared", "wechat"})
package cn.xianfeng.cobuild;
