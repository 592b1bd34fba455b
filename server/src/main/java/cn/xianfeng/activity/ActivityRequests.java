package cn.xianfeng.activity;

import cn.xianfeng.shared.web.ReportedOn;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** Requests about activities and check-ins, for members and the bureau. */
final class ActivityRequests {

    static final String ID = "^\\d{1,18}$";
    static final String CLIENT_ID = "^[A-Za-z0-9_-]{8,64}$";

    private ActivityRequests() {
    }

    /** A geofence: the place's name, its point, and how far from it a check-in still counts (default 200 m). */
    record Place(@NotBlank(message = "请填写地点名称") @Size(max = 100, message = "地点名称最多 100 字") String name,
                 @NotNull(message = "请选择地点") @DecimalMin(value = "-90", message = "纬度应在 -90 到 90 之间")
                 @DecimalMax(value = "90", message = "纬度应在 -90 到 90 之间") Double latitude,
                 @NotNull(message = "请选择地点") @DecimalMin(value = "-180", message = "经度应在 -180 到 180 之间")
                 @DecimalMax(value = "180", message = "经度应在 -180 到 180 之间") Double longitude,
                 @Min(value = 20, message = "签到范围至少 20 米") @Max(value = 5000, message = "签到范围最多 5000 米")
                 Integer radiusMeters) {
    }

    /**
     * A new activity of a co-building. Without {@code expectedUserIds} (or with an empty list) it expects every active
     * member, evaluated live; the check-in window defaults to 30 minutes before the start until the end.
     */
    record CreateActivity(
            @NotBlank(message = "缺少 clientId") @Pattern(regexp = CLIENT_ID, message = "clientId 格式不正确") String clientId,
            @NotNull(message = "请选择活动类型") ActivityType type,
            @NotBlank(message = "请填写活动标题") @Size(max = 60, message = "活动标题最多 60 字") String title,
            @Size(max = 2000, message = "活动介绍最多 2000 字") String description,
            @NotNull(message = "请选择开始时间") OffsetDateTime startAt,
            @NotNull(message = "请选择结束时间") OffsetDateTime endAt,
            @Valid Place place,
            OffsetDateTime checkinOpensAt,
            OffsetDateTime checkinClosesAt,
            Boolean photoRequired,
            @Size(max = 2000, message = "应到人员最多 2000 人")
            List<@NotNull(message = "成员编号不正确") @Pattern(regexp = ID, message = "成员编号不正确") String> expectedUserIds) {
    }

    /** A bureau session for one or more co-buildings. */
    record CreateBureauActivity(
            @NotBlank(message = "缺少 clientId") @Pattern(regexp = CLIENT_ID, message = "clientId 格式不正确") String clientId,
            @NotEmpty(message = "请选择先锋号") @Size(max = 200, message = "一次最多 200 个先锋号")
            List<@NotNull(message = "先锋号编号不正确") @Pattern(regexp = ID, message = "先锋号编号不正确") String> cobuildingIds,
            @NotNull(message = "请选择活动类型") ActivityType type,
            @NotBlank(message = "请填写活动标题") @Size(max = 60, message = "活动标题最多 60 字") String title,
            @Size(max = 2000, message = "活动介绍最多 2000 字") String description,
            @NotNull(message = "请选择开始时间") OffsetDateTime startAt,
            @NotNull(message = "请选择结束时间") OffsetDateTime endAt,
            @Valid Place place,
            OffsetDateTime checkinOpensAt,
            OffsetDateTime checkinClosesAt,
            Boolean photoRequired,
            @Size(max = 2000, message = "应到人员最多 2000 人")
            List<@NotNull(message = "成员编号不正确") @Pattern(regexp = ID, message = "成员编号不正确") String> expectedUserIds) {

        CreateActivity asActivity() {
            return new CreateActivity(clientId, type, title, description, startAt, endAt, place, checkinOpensAt,
                    checkinClosesAt, photoRequired, expectedUserIds);
        }
    }

    /**
     * A change: a field left out stays as it is; a description of "" clears it. When the start or end moves and no
     * window is given, the check-in window follows the default again. {@code expectedUserIds: []} expects everyone.
     */
    record UpdateActivity(
            ActivityType type,
            @Size(min = 1, max = 60, message = "活动标题应为 1 到 60 字") String title,
            @Size(max = 2000, message = "活动介绍最多 2000 字") String description,
            OffsetDateTime startAt,
            OffsetDateTime endAt,
            @Valid Place place,
            Boolean online,
            OffsetDateTime checkinOpensAt,
            OffsetDateTime checkinClosesAt,
            Boolean photoRequired,
            @Size(max = 2000, message = "应到人员最多 2000 人")
            List<@NotNull(message = "成员编号不正确") @Pattern(regexp = ID, message = "成员编号不正确") String> expectedUserIds) {

        /**
         * A change names only what it changes, so a missing {@code place} keeps the place; {@code online: true} is how
         * an edit takes it away (the activity is then checked in without a location).
         */
        @AssertTrue(message = "线上活动不能同时设置地点")
        @ReportedOn("online")
        boolean isPlaceOrOnline() {
            return !(Boolean.TRUE.equals(online) && place != null);
        }
    }

    record Cancel(@NotBlank(message = "请填写取消原因") @Size(max = 200, message = "取消原因最多 200 字") String reason) {
    }

    /** Where the phone was, and how sure it was (metres). */
    record Location(@NotNull(message = "缺少纬度") @DecimalMin(value = "-90", message = "纬度应在 -90 到 90 之间")
                    @DecimalMax(value = "90", message = "纬度应在 -90 到 90 之间") Double latitude,
                    @NotNull(message = "缺少经度") @DecimalMin(value = "-180", message = "经度应在 -180 到 180 之间")
                    @DecimalMax(value = "180", message = "经度应在 -180 到 180 之间") Double longitude,
                    @DecimalMin(value = "0", message = "定位精度不正确") @DecimalMax(value = "100000", message = "定位精度不正确")
                    Double accuracy) {
    }

    record Checkin(
            @NotBlank(message = "缺少 clientId") @Pattern(regexp = CLIENT_ID, message = "clientId 格式不正确") String clientId,
            @NotNull(message = "请选择签到方式") CheckinMethod method,
            @Valid Location location,
            @Size(max = 32, message = "签到码不正确") String code,
            @Size(max = 9, message = "最多 9 张照片")
            List<@NotNull(message = "照片编号不正确") @Pattern(regexp = ID, message = "照片编号不正确") String> photoMediaIds) {
    }

    record Review(@NotNull(message = "请选择确认或驳回") ReviewDecision decision,
                  @Size(max = 500, message = "备注最多 500 字") String note) {
    }

    /** 补签: who, and why. */
    record OnBehalf(
            @NotBlank(message = "缺少 clientId") @Pattern(regexp = CLIENT_ID, message = "clientId 格式不正确") String clientId,
            @NotBlank(message = "请选择成员") @Pattern(regexp = ID, message = "成员编号不正确") String userId,
            @NotBlank(message = "请填写补签原因") @Size(max = 200, message = "补签原因最多 200 字") String reason) {
    }
}
