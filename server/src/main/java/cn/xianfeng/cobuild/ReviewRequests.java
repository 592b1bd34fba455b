package cn.xianfeng.cobuild;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the bureau sends when it decides on an application. */
final class ReviewRequests {

    private ReviewRequests() {
    }

    /** {@code name} overrides the default "牵头单位·共建单位 先锋号". */
    record Approve(@Size(max = 100, message = "先锋号名称最多 100 字") String name,
                   @Size(max = 500, message = "审核意见最多 500 字") String comment) {
    }

    record Return(@NotBlank(message = "请写明退回修改的意见") @Size(max = 500, message = "审核意见最多 500 字")
                  String comment) {
    }

    record Reject(@NotBlank(message = "请写明不予通过的理由") @Size(max = 500, message = "理由最多 500 字")
                  String reason) {
    }
}
