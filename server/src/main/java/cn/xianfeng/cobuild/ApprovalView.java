package cn.xianfeng.cobuild;

/** An approved application and the co-building it created. */
public record ApprovalView(ApplicationView application, String cobuildingId) {
}
