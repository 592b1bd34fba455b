package cn.xianfeng.goal;

import jakarta.validation.constraints.Size;

/** Why the bureau marks something as a highlight (optional). */
public record MarkHighlightRequest(@Size(max = 200, message = "点评最多 200 字") String comment) {
}
