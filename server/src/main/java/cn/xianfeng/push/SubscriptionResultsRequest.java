package cn.xianfeng.push;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What {@code wx.requestSubscribeMessage} answered, per template: {@code accept}, {@code reject}, {@code ban} (the
 * member switched the template off) or {@code filter} (WeChat hid the request, e.g. a template title clash).
 */
public record SubscriptionResultsRequest(
        @NotNull(message = "请提供订阅结果") @Size(max = 20, message = "一次最多 20 条订阅结果")
        List<@Valid @NotNull(message = "订阅结果不能为空") Result> results) {

    public record Result(
            @NotBlank(message = "请提供模板 ID") @Size(max = 64, message = "模板 ID 过长") String templateId,
            @NotBlank(message = "请提供订阅结果")
            @Pattern(regexp = "accept|reject|ban|filter", message = "订阅结果只能是 accept、reject、ban 或 filter")
            String result) {
    }
}
