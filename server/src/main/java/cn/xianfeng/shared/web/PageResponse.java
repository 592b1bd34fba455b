package cn.xianfeng.shared.web;

import com.baomidou.mybatisplus.core.metadata.IPage;
import java.util.List;
import java.util.function.Function;

/** A page of a list: {@code {items, page, size, total}}, page numbers from 1. */
public record PageResponse<T>(List<T> items, long page, long size, long total) {

    /** The page's rows, each made into its item. */
    public static <E, T> PageResponse<T> of(IPage<E> page, Function<E, T> mapper) {
        return all(page, page.getRecords().stream().map(mapper).toList());
    }

    /** The page's place and total with items already made from its rows, where they are made all at once. */
    public static <T> PageResponse<T> all(IPage<?> page, List<T> items) {
        return new PageResponse<>(items, page.getCurrent(), page.getSize(), page.getTotal());
    }
}
