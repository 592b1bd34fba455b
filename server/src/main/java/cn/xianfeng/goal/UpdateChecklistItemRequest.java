package cn.xianfeng.goal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A change to a checklist item: a field left out (or null) is kept; an empty description clears it. */
public record UpdateChecklistItemRequest(
        @Size(min = 1, max = 50, message = "名称为 1 到 50 字") @Pattern(regexp = ".*\\S.*", message = "请填写名称")
        String name,
        @Size(max = 500, message = "说明最多 500 字") String description,
        @Min(value = 0, message = "位置不能为负") @Max(value = 10000, message = "位置最大 10000") Integer position) {
}
