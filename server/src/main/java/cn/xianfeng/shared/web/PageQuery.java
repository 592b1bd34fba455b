package cn.xianfeng.shared.web;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Paging parameters of a list endpoint ({@code ?page=1&size=20}); bound from the query string. */
public record PageQuery(
        @Min(value = 1, message = "页码从 1 开始") Integer page,
        @Min(value = 1, message = "每页至少 1 条") @Max(value = 100, message = "每页最多 100 条") Integer size) {

    public <T> Page<T> toPage() {
        return Page.of(page == null ? 1 : page, size == null ? 20 : size);
    }
}
