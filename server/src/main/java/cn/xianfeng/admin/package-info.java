/** Bureau admin accounts, their roles and their login (later also the audit log). */
@org.springframework.modulith.ApplicationModule(displayName = "Admin accounts")
package cn.xianfeng.admin;
