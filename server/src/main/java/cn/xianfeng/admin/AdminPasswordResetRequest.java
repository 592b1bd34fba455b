package cn.xianfeng.admin;

import jakarta.validation.constraints.NotNull;

public record AdminPasswordResetRequest(@NotNull(message = "请设置新密码") @AdminPassword String password) {

    @Override
    public String toString() {
        return "AdminPasswordResetRequest[password=***]";
    }
}
