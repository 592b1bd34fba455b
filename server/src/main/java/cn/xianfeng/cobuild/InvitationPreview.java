package cn.xianfeng.cobuild;

/**
 * What the join page shows before the 加入 button: enough to know where the code leads, nothing about anyone but the
 * pioneer's chosen nickname (null if they set none).
 */
public record InvitationPreview(String cobuildingName, String leadUnitName, int memberCount, String pioneerName) {
}
