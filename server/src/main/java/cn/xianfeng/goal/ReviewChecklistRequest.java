package cn.xianfeng.goal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bureau's decision on a tick; a rejection says why. */
public record ReviewChecklistRequest(
        @NotNull(message = "请选择确认或驳回") ChecklistReviewDecision decision,
        @Size(max = 500, message = "意见最多 500 字") String comment) {
}
