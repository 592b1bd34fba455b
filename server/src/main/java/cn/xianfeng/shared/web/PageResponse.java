package cn.xianfeng.shared.web;

import java.util.List;
import java.util.function.Function;

/** A page of a list: {@code {items, page, size, total}}, page numbers from 1. */
public record PageResponse<T>(List<T> items, long page, long size, long total) {

    public static <E, T> PageResponse<T> of(com.baomidou.mybatisplus.core.metadata.IPage<E> page,
                                            Function<E, T> mapper) {
        return new PageResponse<>(page.getRecords().stream().map(mapper).toList(), page.getCurrent(), page.getSize(),
                page.getTotal());
    }
}
