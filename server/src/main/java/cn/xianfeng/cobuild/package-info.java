/**
 * The programme's spine: applications (申报), their review, co-buildings (先锋号), memberships and invitations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Co-building")
package cn.xianfeng.cobuild;
