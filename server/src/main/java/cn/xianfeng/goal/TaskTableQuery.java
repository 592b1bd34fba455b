package cn.xianfeng.goal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * What the progress table is asked for ({@code ?stage=&mine=&status=&overdue=&page=&size=}): one stage (the current
 * one by default), only the caller's tasks, one status, only the overdue ones (or only those that are not); up to
 * 200 rows a page, 50 by default.
 */
public record TaskTableQuery(
        @Min(value = 1, message = "阶段从 1 开始") Integer stage,
        Boolean mine,
        TaskStatus status,
        Boolean overdue,
        @Min(value = 1, message = "页码从 1 开始") Integer page,
        @Min(value = 1, message = "每页至少 1 条") @Max(value = 200, message = "每页最多 200 条") Integer size) {

    int pageOrFirst() {
        return page == null ? 1 : page;
    }

    int sizeOrDefault() {
        return size == null ? 50 : size;
    }
}
