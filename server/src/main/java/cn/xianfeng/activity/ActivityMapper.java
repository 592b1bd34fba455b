package cn.xianfeng.activity;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Instant;
import java.util.Collection;
import java.util.stream.Collectors;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ActivityMapper extends BaseMapper<Activity> {

    default Activity findByClient(ActorType organizerType, long organizerId, String clientId) {
        return selectOne(Wrappers.<Activity>lambdaQuery().eq(Activity::getOrganizerType, organizerType)
                .eq(Activity::getOrganizerId, organizerId).eq(Activity::getClientId, clientId));
    }

    default Activity lockById(long id) {
        return selectOne(Wrappers.<Activity>lambdaQuery().eq(Activity::getId, id).last("FOR UPDATE"));
    }

    /**
     * The activities of these co-buildings: upcoming ones (not yet ended) soonest first, past ones latest first.
     * The ids are numbers from our own tables, so they are written into the sub-select as they are.
     */
    default Page<Activity> pageForCobuildings(Collection<Long> cobuildingIds, boolean upcoming, Instant now,
                                              Page<Activity> page) {
        LambdaQueryWrapper<Activity> query = Wrappers.<Activity>lambdaQuery()
                .inSql(Activity::getId, "SELECT activity_id FROM activity_cobuilding WHERE cobuilding_id IN ("
                        + ids(cobuildingIds) + ")");
        if (upcoming) {
            query.ge(Activity::getEndAt, now).orderByAsc(Activity::getStartAt).orderByAsc(Activity::getId);
        } else {
            query.lt(Activity::getEndAt, now).orderByDesc(Activity::getStartAt).orderByDesc(Activity::getId);
        }
        return selectPage(page, query);
    }

    /** The bureau's list, latest start first; statuses other than CANCELLED are not cancelled and by the clock. */
    default Page<Activity> pageByFilter(AdminActivityFilter filter, Instant now, Page<Activity> page) {
        LambdaQueryWrapper<Activity> query = Wrappers.<Activity>lambdaQuery()
                .eq(filter.type() != null, Activity::getType, filter.type())
                .ge(filter.from() != null, Activity::getStartAt, filter.from())
                .lt(filter.to() != null, Activity::getStartAt, filter.to());
        if (filter.cobuildingIds() != null) {
            if (filter.cobuildingIds().isEmpty()) {
                query.apply("1 = 0");
            } else {
                query.inSql(Activity::getId, "SELECT activity_id FROM activity_cobuilding WHERE cobuilding_id IN ("
                        + ids(filter.cobuildingIds()) + ")");
            }
        }
        if (filter.status() != null) {
            switch (filter.status()) {
                case CANCELLED -> query.isNotNull(Activity::getCancelledAt);
                case SCHEDULED -> query.isNull(Activity::getCancelledAt).gt(Activity::getStartAt, now);
                case ONGOING -> query.isNull(Activity::getCancelledAt).le(Activity::getStartAt, now)
                        .gt(Activity::getEndAt, now);
                case ENDED -> query.isNull(Activity::getCancelledAt).le(Activity::getEndAt, now);
            }
        }
        return selectPage(page, query.orderByDesc(Activity::getStartAt).orderByDesc(Activity::getId));
    }

    /**
     * Every editable column written as given (a description or a place may be cleared), and the revision moved on,
     * so that cards made from the activity can tell this state from the one before.
     */
    default void applyChange(Activity a) {
        update(Wrappers.<Activity>lambdaUpdate()
                .set(Activity::getType, a.getType()).set(Activity::getTitle, a.getTitle())
                .set(Activity::getDescription, a.getDescription())
                .set(Activity::getStartAt, a.getStartAt()).set(Activity::getEndAt, a.getEndAt())
                .set(Activity::getPlaceName, a.getPlaceName()).set(Activity::getLatitude, a.getLatitude())
                .set(Activity::getLongitude, a.getLongitude()).set(Activity::getRadiusMeters, a.getRadiusMeters())
                .set(Activity::getCheckinOpensAt, a.getCheckinOpensAt())
                .set(Activity::getCheckinClosesAt, a.getCheckinClosesAt())
                .set(Activity::getPhotoRequired, a.getPhotoRequired())
                .set(Activity::getExpectedScope, a.getExpectedScope())
                .setSql("revision = revision + 1")
                .eq(Activity::getId, a.getId()));
    }

    default void cancel(long id, String reason, Instant at) {
        update(Wrappers.<Activity>lambdaUpdate().set(Activity::getCancelledAt, at).set(Activity::getCancelReason, reason)
                .setSql("revision = revision + 1").eq(Activity::getId, id));
    }

    private static String ids(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
