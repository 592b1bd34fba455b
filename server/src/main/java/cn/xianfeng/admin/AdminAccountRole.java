package cn.xianfeng.admin;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** One role held by one admin account. */
@TableName("admin_account_role")
class AdminAccountRole {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long adminId;
    private AdminRole role;

    AdminAccountRole() {
    }

    AdminAccountRole(Long adminId, AdminRole role) {
        this.adminId = adminId;
        this.role = role;
    }

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getAdminId() {
        return adminId;
    }

    void setAdminId(Long adminId) {
        this.adminId = adminId;
    }

    AdminRole getRole() {
        return role;
    }

    void setRole(AdminRole role) {
        this.role = role;
    }
}
