/**
 * Bureau admin accounts, their roles and their login, the {@link cn.xianfeng.admin.Permission}s other features ask
 * for, and the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin accounts",
        allowedDependencies = {"shared"})
package cn.xianfeng.admin;
