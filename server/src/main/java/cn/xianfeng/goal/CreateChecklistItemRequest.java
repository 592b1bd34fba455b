package cn.xianfeng.goal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new checklist item; without a position it goes last. */
public record CreateChecklistItemRequest(
        @NotBlank(message = "请填写名称") @Size(max = 50, message = "名称最多 50 字") String name,
        @Size(max = 500, message = "说明最多 500 字") String description,
        @Min(value = 0, message = "位置不能为负") @Max(value = 10000, message = "位置最大 10000") Integer position) {
}
