/**
 * The programme's spine: applications (申报), their review, co-buildings (先锋号), memberships and invitations,
 * and the plaque lifecycle (授牌, 整改 with its report and re-check, 摘牌) that evaluation rounds drive through
 * {@link cn.xianfeng.cobuild.Plaques}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Co-building",
        allowedDependencies = {"admin", "auth", "media", "org", "shared", "wechat"})
package cn.xianfeng.cobuild;
