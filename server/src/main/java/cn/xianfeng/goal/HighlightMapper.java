package cn.xianfeng.goal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface HighlightMapper extends BaseMapper<Highlight> {

    default Highlight findBySource(HighlightKind kind, long sourceId) {
        return selectOne(Wrappers.<Highlight>lambdaQuery().eq(Highlight::getKind, kind)
                .eq(Highlight::getSourceId, sourceId));
    }

    /** Which of these sources are highlighted: one statement for a page of progress reports or summaries. */
    default Set<Long> highlightedOf(HighlightKind kind, Collection<Long> sourceIds) {
        Set<Long> found = new HashSet<>();
        if (!sourceIds.isEmpty()) {
            selectList(Wrappers.<Highlight>lambdaQuery().eq(Highlight::getKind, kind)
                    .in(Highlight::getSourceId, sourceIds).select(Highlight::getSourceId))
                    .forEach(h -> found.add(h.getSourceId()));
        }
        return found;
    }

    default void updateComment(long id, String comment) {
        update(Wrappers.<Highlight>lambdaUpdate().set(Highlight::getComment, comment).eq(Highlight::getId, id));
    }

    default void deleteBySource(HighlightKind kind, long sourceId) {
        delete(Wrappers.<Highlight>lambdaQuery().eq(Highlight::getKind, kind).eq(Highlight::getSourceId, sourceId));
    }

    /**
     * Newest first, optionally of one co-building, one kind, or only of some co-buildings (a LIAISON's; null means
     * any, empty means none).
     */
    default Page<Highlight> pageByFilter(Long cobuildingId, HighlightKind kind, Collection<Long> onlyCobuildings,
                                         Page<Highlight> page) {
        var query = Wrappers.<Highlight>lambdaQuery().eq(cobuildingId != null, Highlight::getCobuildingId, cobuildingId)
                .eq(kind != null, Highlight::getKind, kind);
        if (onlyCobuildings != null) {
            if (onlyCobuildings.isEmpty()) {
                query.apply("1 = 0");
            } else {
                query.in(Highlight::getCobuildingId, onlyCobuildings);
            }
        }
        return selectPage(page, query.orderByDesc(Highlight::getId));
    }

    default List<Highlight> listRecent(long cobuildingId, int limit) {
        return selectList(Wrappers.<Highlight>lambdaQuery().eq(Highlight::getCobuildingId, cobuildingId)
                .orderByDesc(Highlight::getId).last("LIMIT " + limit));
    }
}
