/** Bureau admin accounts, their roles and their login, the role checks other features use, and the audit log. */
@org.springframework.modulith.ApplicationModule(displayName = "Admin accounts")
package cn.xianfeng.admin;
